"""Identity v3 groups: create, delete, list, set, show, and membership."""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import scoped

SHOW_COLUMNS = (
    Column('description', 'description'),
    Column('domain_id', 'domain_id'),
    Column('id', 'id'),
    Column('name', 'name'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('domain_id', 'Domain ID', long=True),
    Column('description', 'Description', long=True),
)


def _add_domain_option(parser):
    parser.add_argument('--domain', metavar='<domain>',
                        help='Domain that owns the group (name or ID)')


def _add_member_scope_options(parser):
    common.add_domain_scope_option(parser, 'group')
    common.add_domain_scope_option(parser, 'user')


class _Membership(multi.MultiResourceAction):
    """Add users to, or remove them from, one group."""

    resource = 'user'
    #: Help for the ``<group>`` argument.
    group_help = 'Group (name or ID)'

    def add_leading_arguments(self, parser):
        parser.add_argument('group', metavar='<group>', help=self.group_help)

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_member_scope_options(parser)
        return parser

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)
        self.group_id = common.find_group(
            self.identity, parsed_args.group, parsed_args.group_domain).id
        self.user_domain_id = common.domain_id(self.identity,
                                               parsed_args.user_domain)

    def user_id(self, name_or_id):
        return scoped.find_in_domain(self.identity, 'user', name_or_id,
                                     self.user_domain_id).id


class AddUserToGroup(_Membership):
    """Add user(s) to a group"""

    verb, past = 'add', 'added'
    group_help = 'Group to add the user(s) to (name or ID)'

    def act(self, parsed_args, name_or_id):
        self.identity.add_user_to_group(self.user_id(name_or_id),
                                        self.group_id)


class RemoveUserFromGroup(_Membership):
    """Remove user(s) from a group"""

    verb, past = 'remove', 'removed'
    group_help = 'Group to remove the user(s) from (name or ID)'

    def act(self, parsed_args, name_or_id):
        self.identity.remove_user_from_group(self.user_id(name_or_id),
                                             self.group_id)


class CheckUserInGroup(base.Command):
    """Check user membership in group

    Prints '<user> in group <group>' on standard output, or '<user> not in
    group <group>' on standard error; both exit with 0, as with OSC.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Group to check (name or ID)')
        parser.add_argument('user', metavar='<user>',
                            help='User to check (name or ID)')
        _add_member_scope_options(parser)
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        # A user who may not look these up can still ask with IDs.
        user_id = common.id_or_name(common.find_user, identity,
                                    parsed_args.user, parsed_args.user_domain)
        group_id = common.id_or_name(common.find_group, identity,
                                     parsed_args.group,
                                     parsed_args.group_domain)
        try:
            member = identity.check_user_in_group(user_id, group_id)
        except Exception as exc:
            if type(exc).__name__ != 'ForbiddenException':
                raise
            member = False
        if member:
            self.app.stdout.write(
                f'{parsed_args.user} in group {parsed_args.group}\n')
        else:
            self.app.stderr.write(
                f'{parsed_args.user} not in group {parsed_args.group}\n')


class CreateGroup(base.ResourceShowOne):
    """Create new group"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<group-name>',
                            help='New group name')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain to own the group (name or ID)')
        parser.add_argument('--description', metavar='<description>',
                            help='Group description')
        common.add_or_show_option(parser, 'group')
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        domain_id = common.domain_id(identity, parsed_args.domain)
        attrs = common.changed(name=parsed_args.name, domain_id=domain_id,
                               description=parsed_args.description or None)
        return scoped.create_or_show(identity, 'group', parsed_args, attrs)


class DeleteGroup(scoped.ScopedDelete):
    """Delete group(s)"""

    resource = 'group'


class ListGroup(base.ResourceLister):
    """List groups"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--domain', metavar='<domain>',
                            help='List groups of this domain (name or ID)')
        parser.add_argument('--user', metavar='<user>',
                            help='List groups this user is in (name or ID)')
        common.add_domain_scope_option(parser, 'user')
        return parser

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        domain_id = common.domain_id(identity, parsed_args.domain)
        if parsed_args.user is None:
            return identity.groups(**common.changed(domain_id=domain_id))
        user = common.find_user(identity, parsed_args.user,
                                parsed_args.user_domain)
        groups = identity.user_groups(user.id)
        if domain_id is None:
            return groups
        # Keystone lists all of a user's groups; keep this domain's.
        return (group for group in groups if group.domain_id == domain_id)


class SetGroup(base.Command):
    """Set group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Group to change (name or ID)')
        _add_domain_option(parser)
        parser.add_argument('--name', metavar='<name>',
                            help='New group name')
        parser.add_argument('--description', metavar='<description>',
                            help='New group description')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        group = common.find_group(identity, parsed_args.group,
                                  parsed_args.domain)
        changes = common.changed(name=parsed_args.name,
                                 description=parsed_args.description)
        if changes:
            identity.update_group(group.id, **changes)


class ShowGroup(base.ResourceShowOne):
    """Display group details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Group to display (name or ID)')
        _add_domain_option(parser)
        return parser

    def get_resource(self, parsed_args):
        return common.find_group(common.client(self.app), parsed_args.group,
                                 parsed_args.domain)
