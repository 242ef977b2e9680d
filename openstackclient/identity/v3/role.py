"""Identity v3 roles: create, delete, list, set, show; add and remove
role assignments (grants) of users and groups on projects, domains and
the system."""

import logging
from urllib import parse

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import rest

LOG = logging.getLogger(__name__)

# As OSC 10.5: a role is shown without its options.
SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('name', 'name'),
    Column('domain_id', 'domain_id'),
    Column('description', 'description'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
)

#: ``role list --domain``: the domain's name on every row.
DOMAIN_LIST_COLUMNS = LIST_COLUMNS + (Column('domain', 'Domain'),)

#: The only system scope Keystone has.
SYSTEM_SCOPES = ('all',)


def add_role_domain_option(parser, help_text):
    """Add ``--domain`` naming the domain of a domain-specific role."""
    parser.add_argument('--domain', metavar='<domain>', help=help_text)


class CreateRole(base.ResourceShowOne):
    """Create new role"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<role-name>',
                            help='New role name')
        parser.add_argument('--description', metavar='<description>',
                            help='New role description')
        add_role_domain_option(
            parser, 'Make a domain-specific role of this domain (name or ID)')
        common.add_or_show_option(parser, 'role')
        common.add_immutable_option(parser)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name,
            description=parsed_args.description,
            domain_id=common.domain_id(identity, parsed_args.domain),
            options=common.resource_options(parsed_args) or None,
        )
        try:
            return identity.create_role(**attrs)
        except Exception as exc:
            if not (parsed_args.or_show and common.is_conflict(exc)):
                raise
        LOG.info('Returning existing role %s', parsed_args.name)
        return common.find_role(identity, parsed_args.name,
                                parsed_args.domain)


class DeleteRole(multi.MultiResourceAction):
    """Delete role(s)"""

    resource = 'role'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_role_domain_option(
            parser, 'Domain of the roles, for domain-specific role names '
            '(name or ID)')
        return parser

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)
        # The domain is looked up once, not once per role.
        self.filters = common.changed(
            domain_id=common.domain_id(self.identity, parsed_args.domain))

    def act(self, parsed_args, name_or_id):
        role = lookup.find(self.identity.find_role, name_or_id, kind='role',
                           **self.filters)
        self.identity.delete_role(role.id, ignore_missing=False)


class ListRole(base.ResourceLister):
    """List roles"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--domain', metavar='<domain>',
            help='List the domain-specific roles of this domain '
                 '(name or ID)')
        return parser

    def get_columns(self, parsed_args):
        if parsed_args.domain is not None:
            return list(DOMAIN_LIST_COLUMNS)
        return super().get_columns(parsed_args)

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        if parsed_args.domain is None:
            return identity.roles()
        domain = common.find_domain(identity, parsed_args.domain)
        return ({'id': role.id, 'name': role.name, 'domain': domain.name}
                for role in identity.roles(domain_id=domain.id))


class SetRole(base.Command):
    """Set role properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('role', metavar='<role>',
                            help='Role to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New role name')
        parser.add_argument('--description', metavar='<description>',
                            help='New role description')
        add_role_domain_option(
            parser, 'Domain of the role, for a domain-specific role name '
            '(name or ID)')
        common.add_immutable_option(parser)
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        role = common.find_role(identity, parsed_args.role, parsed_args.domain)
        changes = common.changed(
            name=parsed_args.name,
            description=parsed_args.description,
            options=common.resource_options(parsed_args) or None,
        )
        if changes:
            identity.update_role(role.id, **changes)


class ShowRole(base.ResourceShowOne):
    """Display role details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('role', metavar='<role>',
                            help='Role to display (name or ID)')
        add_role_domain_option(
            parser, 'Domain of the role, for a domain-specific role name '
            '(name or ID)')
        return parser

    def get_resource(self, parsed_args):
        return common.find_role(common.client(self.app), parsed_args.role,
                                parsed_args.domain)


def add_actor_and_target_options(parser):
    """``--system|--domain|--project`` and ``--user|--group``, each at
    most once, with the options that scope their names."""
    target = parser.add_mutually_exclusive_group()
    target.add_argument('--system', metavar='<system>',
                        choices=SYSTEM_SCOPES,
                        help='On the system (the only system is: all)')
    target.add_argument('--domain', metavar='<domain>',
                        help='On this domain (name or ID)')
    target.add_argument('--project', metavar='<project>',
                        help='On this project (name or ID)')
    actor = parser.add_mutually_exclusive_group()
    actor.add_argument('--user', metavar='<user>',
                       help='For this user (name or ID)')
    actor.add_argument('--group', metavar='<group>',
                       help='For this group (name or ID)')
    for kind in ('group', 'project', 'user'):
        common.add_domain_scope_option(parser, kind)
    parser.add_argument(
        '--inherited', action='store_true', default=False,
        help='Grant to the projects under the domain or project '
             '(OS-INHERIT) instead of to it')


def grant_path(role_id, actor, actor_id, target, target_id,
               inherited=False):
    """The Keystone path of one role grant.

    ``actor`` is ``'users'`` or ``'groups'``; ``target`` is
    ``'projects'``, ``'domains'`` or ``'system'`` (``target_id``
    ``'all'``). ``inherited`` grants apply to the projects below.
    """
    def q(value):
        return parse.quote(str(value), safe='')

    if target == 'system':
        return f'/system/{actor}/{q(actor_id)}/roles/{q(role_id)}'
    path = (f'/{target}/{q(target_id)}/{actor}/{q(actor_id)}'
            f'/roles/{q(role_id)}')
    if inherited:
        return f'/OS-INHERIT{path}/inherited_to_projects'
    return path


class _References:
    """Turns names into IDs for a grant, as OSC does: a name this user may
    not look up (HTTP 403) is sent as given, for the server to judge;
    with ``must_exist`` False, so is one that matches nothing (a grant of
    a deleted user can still be removed by its ID)."""

    def __init__(self, identity, must_exist):
        self.identity = identity
        self.must_exist = must_exist
        #: The first lookup refused, if any.
        self.refused = None

    def __call__(self, find, name_or_id, *scope, required=False):
        try:
            return find(self.identity, name_or_id, *scope).id
        except Exception as exc:
            code = errors.exit_code_for(exc)
            if code == errors.FORBIDDEN:
                self.refused = self.refused or exc
                return name_or_id
            if code == errors.NOT_FOUND and not (required or self.must_exist):
                return name_or_id
            raise

    def send(self, method, path):
        """The grant request. A 404 after a refused lookup is reported as
        that refusal: a name sent as an ID is bound not to be found."""
        try:
            rest.call(self.identity, method, path)
        except Exception as exc:
            if (self.refused is not None
                    and errors.exit_code_for(exc) == errors.NOT_FOUND):
                raise self.refused from exc
            raise


class _GrantCommand(base.Command):
    """Add or remove one role assignment."""

    #: The HTTP method: 'put' grants, 'delete' revokes.
    method = 'put'
    #: False: name unknown users, groups, projects and domains by ID.
    must_exist = True

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('role', metavar='<role>',
                            help='Role to assign or remove (name or ID)')
        add_actor_and_target_options(parser)
        common.add_domain_scope_option(parser, 'role')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if not (args.user or args.group) or not (
                args.system or args.domain or args.project):
            raise errors.UsageError(
                'Give one of --user or --group, and one of --project, '
                '--domain or --system')
        ref = _References(common.client(self.app), self.must_exist)
        role_id = ref(common.find_role, args.role, args.role_domain,
                      required=True)
        if args.user:
            actor = 'users'
            actor_id = ref(common.find_user, args.user, args.user_domain)
        else:
            actor = 'groups'
            actor_id = ref(common.find_group, args.group, args.group_domain)
        if args.system:
            target, target_id = 'system', args.system
            if args.inherited:
                LOG.warning('--inherited does not apply to a system role '
                            'assignment and is ignored')
        elif args.domain:
            target = 'domains'
            target_id = ref(common.find_domain, args.domain)
        else:
            target = 'projects'
            target_id = ref(common.find_project, args.project,
                            args.project_domain)
        ref.send(self.method, grant_path(
            role_id, actor, actor_id, target, target_id,
            inherited=args.inherited and target != 'system'))


class AddRole(_GrantCommand):
    """Assign a role to a user or group on the system, a domain or a
    project"""

    method = 'put'


class RemoveRole(_GrantCommand):
    """Remove a role assignment of a user or group from the system, a
    domain or a project"""

    method = 'delete'
    must_exist = False
