"""Network v2 address groups: named sets of IP addresses and networks,
for security group rules (``--remote-address-group``)."""

import argparse
import ipaddress

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('project_id', 'Project'),
    Column('addresses', 'Addresses', common.ListColumn),
)
FORMATTERS = {'addresses': common.ListColumn}


def cidr(text):
    """argparse type: an IP address or network in CIDR notation
    (``10.0.0.1`` -> ``10.0.0.1/32``)."""
    try:
        return str(ipaddress.ip_interface(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an IP address or CIDR, got '{text}'") from None


def add_address_option(parser, what, *, default=None):
    parser.add_argument(
        '--address', metavar='<ip-address>', dest='addresses', type=cidr,
        action='append', default=default,
        help=f'IP address or CIDR {what} '
             '(repeat option to give multiple addresses)')


def find_address_group(network, name_or_id):
    """The address group with this name or ID."""
    return common.find(network, 'address_group', name_or_id)


def show(group):
    """An address group as OSC shows it."""
    return common.fields(group, formatters=FORMATTERS)


class CreateAddressGroup(base.ShowOne):
    """Create a new Address Group"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New address group name')
        parser.add_argument('--description', metavar='<description>',
                            help='New address group description')
        add_address_option(parser, 'in the address group', default=[])
        common.add_project_options(parser)
        return parser

    def take_action(self, parsed_args):
        attrs = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            addresses=parsed_args.addresses,
            project_id=common.project_id(self.app, parsed_args))
        return show(common.client(self.app).create_address_group(**attrs))


class DeleteAddressGroup(common.NetworkDelete):
    """Delete address group(s)"""

    resource = 'address group'
    sdk_resource = 'address_group'


class ListAddressGroup(common.Paginated, base.ResourceLister):
    """List address groups"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='List only address groups of this name')
        common.add_project_options(
            parser, 'List address groups of this project (name or ID)')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            name=parsed_args.name,
            project_id=common.project_id(self.app, parsed_args))
        query.update(pagination.query(parsed_args))
        return common.client(self.app).address_groups(**query)


class SetAddressGroup(base.Command):
    """Set address group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('address_group', metavar='<address-group>',
                            help='Address group to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set address group name')
        parser.add_argument('--description', metavar='<description>',
                            help='Set address group description')
        add_address_option(parser, 'to add to the address group')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        group = find_address_group(network, parsed_args.address_group)
        changes = common.changed(name=parsed_args.name,
                                 description=parsed_args.description)
        if changes:
            network.update_address_group(group, **changes)
        if parsed_args.addresses:
            network.add_addresses_to_address_group(group,
                                                   parsed_args.addresses)


class ShowAddressGroup(base.ShowOne):
    """Display address group details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('address_group', metavar='<address-group>',
                            help='Address group to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_address_group(common.client(self.app),
                                       parsed_args.address_group))


class UnsetAddressGroup(base.Command):
    """Unset address group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('address_group', metavar='<address-group>',
                            help='Address group to modify (name or ID)')
        add_address_option(parser, 'to remove from the address group')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        group = find_address_group(network, parsed_args.address_group)
        if parsed_args.addresses:
            network.remove_addresses_from_address_group(
                group, parsed_args.addresses)
