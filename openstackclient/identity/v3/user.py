"""Identity v3 users: create, delete, list, set, show; password set.

Passwords are registered with ``cli.redact`` as soon as they are known,
so neither ``--debug`` nor a log file ever shows them.
"""

import getpass
import logging

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli import redact
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import scoped

LOG = logging.getLogger(__name__)

NO_PASSWORD = ('No password given: the user will not be able to sign in '
               'with a password')

SHOW_COLUMNS = (
    Column('default_project_id', 'default_project_id'),
    Column('domain_id', 'domain_id'),
    Column('email', 'email'),
    Column('is_enabled', 'enabled'),
    Column('id', 'id'),
    Column('name', 'name'),
    Column('description', 'description'),
    Column('password_expires_at', 'password_expires_at'),
    Column('options', 'options'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('default_project_id', 'Project', long=True),
    Column('domain_id', 'Domain', long=True),
    Column('description', 'Description', long=True),
    Column('email', 'Email', long=True),
    Column('is_enabled', 'Enabled', long=True),
)

# Keystone's per-user options: (option key, flag turning it on, flag
# turning it off, help for each). Flags and dests are OSC's.
USER_OPTIONS = (
    ('ignore_lockout_failure_attempts',
     'ignore-lockout-failure-attempts', 'no-ignore-lockout-failure-attempts',
     'Never lock the user out after failed sign-in attempts',
     'Lock the user out after too many failed sign-in attempts'),
    ('ignore_password_expiry',
     'ignore-password-expiry', 'no-ignore-password-expiry',
     'Let the user keep signing in with an expired password',
     'Stop the user signing in with an expired password'),
    ('ignore_change_password_upon_first_use',
     'ignore-change-password-upon-first-use',
     'no-ignore-change-password-upon-first-use',
     'Do not make the user change their password at first sign-in',
     'Make the user change their password at first sign-in'),
    ('lock_password',
     'enable-lock-password', 'disable-lock-password',
     'Stop the user changing their own password',
     'Let the user change their own password'),
    ('multi_factor_auth_enabled',
     'enable-multi-factor-auth', 'disable-multi-factor-auth',
     'Require multi-factor authentication for the user',
     'Do not require multi-factor authentication for the user'),
)


def _dest(flag):
    return flag.replace('-', '_')


def read_password(app, prompt, *, confirm, hint):
    """A password typed at a terminal; a one-line error without one.

    ``hint`` says which option to use instead (a script has no terminal).
    """
    stdin = app.stdin
    if not (hasattr(stdin, 'isatty') and stdin.isatty()):
        raise errors.UsageError(
            f'Cannot prompt for a password: standard input is not a '
            f'terminal; {hint}')
    try:
        password = getpass.getpass(prompt)
        if confirm and getpass.getpass('Repeat ' + prompt) != password:
            raise errors.UsageError('The passwords typed do not match')
    except EOFError:
        raise errors.UsageError(f'No password was typed; {hint}') from None
    redact.add_secret(password)
    return password


def _given_password(app, parsed_args):
    """The new password of create/set: option, prompt or None."""
    if parsed_args.password_prompt:
        return read_password(app, 'User Password:', confirm=True,
                             hint='use --password')
    redact.add_secret(parsed_args.password)
    return parsed_args.password


def add_user_options(parser):
    """Add the account, password and option flags create and set share."""
    parser.add_argument('--project', metavar='<project>',
                        help='Default project (name or ID)')
    common.add_domain_scope_option(parser, 'project')
    parser.add_argument('--password', metavar='<password>',
                        help='Password of the user')
    parser.add_argument('--password-prompt', action='store_true',
                        help='Ask for the password at the terminal')
    parser.add_argument('--email', metavar='<email-address>',
                        help='Email address of the user')
    parser.add_argument('--description', metavar='<description>',
                        help='Description of the user')
    for _key, on, off, on_help, off_help in USER_OPTIONS:
        pair = parser.add_mutually_exclusive_group()
        pair.add_argument(f'--{on}', dest=_dest(on), action='store_true',
                          help=on_help)
        pair.add_argument(f'--{off}', dest=_dest(off), action='store_true',
                          help=off_help)
    parser.add_argument(
        '--multi-factor-auth-rule', metavar='<rule>',
        dest='multi_factor_auth_rules', action='append', default=[],
        help='Auth methods that together satisfy multi-factor '
             'authentication, comma-separated: password,totp (repeat '
             'option for alternative rules)',
    )


def user_options(parsed_args):
    """The ``options`` body for the flags given (empty if none)."""
    options = {}
    for key, on, off, _on_help, _off_help in USER_OPTIONS:
        if getattr(parsed_args, _dest(on)):
            options[key] = True
        elif getattr(parsed_args, _dest(off)):
            options[key] = False
    rules = [rule.split(',') for rule in parsed_args.multi_factor_auth_rules]
    if rules:
        options['multi_factor_auth_rules'] = rules
    return options


def _default_project_id(identity, parsed_args):
    if parsed_args.project is None:
        return None
    return common.find_project(identity, parsed_args.project,
                               parsed_args.project_domain).id


class CreateUser(base.ResourceShowOne):
    """Create new user"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', help='New user name')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain to own the user (name or ID)')
        add_user_options(parser)
        common.add_enable_options(parser, 'user', create=True)
        common.add_or_show_option(parser, 'user')
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        domain_id = common.domain_id(identity, parsed_args.domain)
        password = _given_password(self.app, parsed_args)
        if not password:
            LOG.warning(NO_PASSWORD)
        attrs = common.changed(
            domain_id=domain_id,
            default_project_id=_default_project_id(identity, parsed_args),
            description=parsed_args.description or None,
            email=parsed_args.email or None,
            password=password or None,
            options=user_options(parsed_args) or None,
        )
        attrs.update(name=parsed_args.name, is_enabled=parsed_args.is_enabled)
        return scoped.create_or_show(identity, 'user', parsed_args, attrs)


class DeleteUser(scoped.ScopedDelete):
    """Delete user(s)"""

    resource = 'user'


class ListUser(base.ResourceLister):
    """List users"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--domain', metavar='<domain>',
                            help='List users of this domain (name or ID)')
        member_of = parser.add_mutually_exclusive_group()
        member_of.add_argument(
            '--group', metavar='<group>',
            help='List members of this group (name or ID)')
        member_of.add_argument(
            '--project', metavar='<project>',
            help='List users with a role on this project (name or ID)')
        enabled = parser.add_mutually_exclusive_group()
        enabled.add_argument(
            '--enabled', dest='is_enabled', action='store_true',
            default=None,
            help='List only enabled users (not with --group or --project)')
        enabled.add_argument(
            '--disabled', dest='is_enabled', action='store_false',
            help='List only disabled users (not with --group or --project)')
        pagination.add_options(parser)
        return parser

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        paging = pagination.query(parsed_args)
        if parsed_args.project is not None and (
                'limit' in paging or 'marker' in paging):
            raise errors.UsageError(
                '--limit and --marker cannot be used with --project')
        domain_id = common.domain_id(identity, parsed_args.domain)
        if parsed_args.group is not None:
            group = scoped.find_in_domain(identity, 'group',
                                          parsed_args.group, domain_id)
            return identity.group_users(group.id, **paging)
        if parsed_args.project is not None:
            project = scoped.find_in_domain(identity, 'project',
                                            parsed_args.project, domain_id)
            return self._project_users(identity, project.id,
                                       paging.get('max_items'))
        return identity.users(**common.changed(
            domain_id=domain_id, is_enabled=parsed_args.is_enabled),
            **paging)

    @staticmethod
    def _project_users(identity, project_id, max_items=None):
        """Users with a role on the project, each once, in the order the
        assignments name them."""
        user_ids = {}
        for assignment in identity.role_assignments(
                scope_project_id=project_id):
            if assignment.user:
                user_ids.setdefault(assignment.user['id'])
        ids = list(user_ids)[:max_items]
        return [identity.get_user(user_id) for user_id in ids]


class SetUser(base.Command):
    """Set user properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('user', metavar='<user>',
                            help='User to change (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New user name')
        parser.add_argument(
            '--domain', metavar='<domain>',
            help='Domain that owns the user (name or ID), to tell apart '
                 'users of the same name')
        add_user_options(parser)
        common.add_enable_options(parser, 'user')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        password = _given_password(self.app, parsed_args)
        if password == '':
            LOG.warning(NO_PASSWORD)
        user = common.find_user(identity, parsed_args.user,
                                parsed_args.domain)
        changes = common.changed(
            name=parsed_args.name,
            email=parsed_args.email,
            description=parsed_args.description,
            password=password or None,
            default_project_id=_default_project_id(identity, parsed_args),
            is_enabled=parsed_args.is_enabled,
            options=user_options(parsed_args) or None,
        )
        if changes:
            identity.update_user(user.id, **changes)


class SetUserPassword(base.Command):
    """Change the signed-in user's password"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--password', metavar='<new-password>',
                            help='New password (asked for if not given)')
        parser.add_argument(
            '--original-password', metavar='<original-password>',
            help='Current password (asked for if not given)')
        return parser

    def take_action(self, parsed_args):
        current = parsed_args.original_password
        if current is None:
            current = read_password(self.app, 'Current Password:',
                                    confirm=False,
                                    hint='use --original-password')
        redact.add_secret(current)
        new = parsed_args.password
        if new is None:
            new = read_password(self.app, 'New Password:', confirm=True,
                                hint='use --password')
        redact.add_secret(new)
        if new == '':
            LOG.warning(NO_PASSWORD)
        identity = common.client(self.app)
        # This signs in, so a 401 below is about the original password.
        user_id = identity.get_user_id()
        try:
            identity.update_password(user_id, current_password=current,
                                     password=new)
        except Exception as exc:
            if errors.exit_code_for(exc) != errors.AUTH:
                raise
            raise errors.AuthError(
                'Password not changed: the original password is not '
                'correct (HTTP 401)') from exc


class ShowUser(base.ResourceShowOne):
    """Display user details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('user', metavar='<user>',
                            help='User to display (name or ID)')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain that owns the user (name or ID)')
        return parser

    def get_resource(self, parsed_args):
        return common.find_user(common.client(self.app), parsed_args.user,
                                parsed_args.domain)
