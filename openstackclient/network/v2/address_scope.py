"""Network v2 address scopes: create, delete, list, set, show.

Subnet pools in one address scope share an address space: Neutron routes
between them without NAT and keeps their prefixes from overlapping.
"""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('ip_version', 'IP Version'),
    Column('is_shared', 'Shared'),
    Column('project_id', 'Project'),
)


def find_address_scope(network, name_or_id):
    """The address scope with this name or ID."""
    return common.find(network, 'address_scope', name_or_id)


class CreateAddressScope(base.ShowOne):
    """Create new address scope"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New address scope name')
        parser.add_argument(
            '--ip-version', type=int, choices=(4, 6), default=4,
            help='IP version of the address scope: 4 or 6 (default: 4)')
        common.add_project_options(parser)
        common.add_toggle(parser, '--share', '--no-share', 'shared',
                          'Share the address scope between projects',
                          'Do not share the address scope (default)')
        return parser

    def take_action(self, parsed_args):
        attrs = common.changed(
            name=parsed_args.name, ip_version=parsed_args.ip_version,
            shared=parsed_args.shared,
            project_id=common.project_id(self.app, parsed_args))
        scope = common.client(self.app).create_address_scope(**attrs)
        return common.fields(scope)


class DeleteAddressScope(common.NetworkDelete):
    """Delete address scope(s)"""

    resource = 'address scope'
    sdk_resource = 'address_scope'


class ListAddressScope(common.Paginated, base.ResourceLister):
    """List address scopes"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='List only address scopes of this name')
        parser.add_argument(
            '--ip-version', type=int, choices=(4, 6),
            help='List only address scopes of this IP version: 4 or 6')
        common.add_project_options(
            parser, 'List only address scopes of this project (name or ID)')
        common.add_toggle(parser, '--share', '--no-share', 'shared',
                          'List only address scopes shared between projects',
                          'List only address scopes not shared')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            name=parsed_args.name, ip_version=parsed_args.ip_version,
            is_shared=parsed_args.shared,
            project_id=common.project_id(self.app, parsed_args))
        query.update(pagination.query(parsed_args))
        return common.client(self.app).address_scopes(**query)


class SetAddressScope(base.Command):
    """Set address scope properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('address_scope', metavar='<address-scope>',
                            help='Address scope to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set address scope name')
        common.add_toggle(parser, '--share', '--no-share', 'shared',
                          'Share the address scope between projects',
                          'Stop sharing the address scope')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        scope = find_address_scope(network, parsed_args.address_scope)
        changes = common.changed(name=parsed_args.name,
                                 shared=parsed_args.shared)
        if changes:
            network.update_address_scope(scope, **changes)


class ShowAddressScope(base.ShowOne):
    """Display address scope details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('address_scope', metavar='<address-scope>',
                            help='Address scope to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        scope = find_address_scope(common.client(self.app),
                                   parsed_args.address_scope)
        return common.fields(scope)
