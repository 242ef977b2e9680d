"""Network v2 router NDP proxies: publish an internal IPv6 address of a
router's port on its external network (extension ``l3-ndp-proxy``).

Neutron takes an NDP proxy only on a router with ``enable_ndp_proxy`` set
(``router create/set --enable-ndp-proxy``), whose external network has an
IPv6 subnet, for a port with an IPv6 address on a subnet the router has an
interface on, both in the same IPv6 address scope.

Neutron filters NDP proxies by name only (the router, port, address and
project are refused as filters, HTTP 400), so ``list`` asks for the name
and picks the rest here.
"""

import ipaddress

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

KIND = 'NDP proxy'

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('router_id', 'Router ID'),
    Column('ip_address', 'IP Address'),
    Column('project_id', 'Project'),
)


def find_ndp_proxy(network, name_or_id):
    """The NDP proxy with this name or ID."""
    return common.find(network, 'ndp_proxy', name_or_id, kind=KIND)


def _same_address(left, right):
    """Whether two IP addresses are equal (``2001:db8::1`` whichever way
    it is written)."""
    try:
        return ipaddress.ip_address(left) == ipaddress.ip_address(right)
    except ValueError:
        return left == right


def _add_description(parser):
    parser.add_argument(
        '--description', metavar='<description>',
        help='Text to describe/contextualize the use of the NDP proxy '
             'configuration')


class CreateNDPProxy(base.ShowOne):
    """Create NDP proxy"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'router', metavar='<router>',
            help='Router to associate with this NDP proxy (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New NDP proxy name')
        parser.add_argument(
            '--port', metavar='<port>', required=True,
            help='Port to associate with this NDP proxy (name or ID)')
        parser.add_argument(
            '--ip-address', metavar='<ip-address>',
            help='The IPv6 address that is to be proxied. In case the port '
                 'has multiple addresses assigned, use this option to '
                 'select which address is to be used.')
        _add_description(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name,
            router_id=common.find_id(network, 'router', parsed_args.router),
            port_id=common.find_id(network, 'port', parsed_args.port),
            ip_address=parsed_args.ip_address,
            description=parsed_args.description,
        )
        return common.fields(network.create_ndp_proxy(**attrs))


class DeleteNDPProxy(common.NetworkDelete):
    """Delete NDP proxy"""

    resource = KIND
    resource_plural = 'NDP proxies'
    sdk_resource = 'ndp_proxy'


class ListNDPProxy(base.ResourceLister):
    """List NDP proxies"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--router', metavar='<router>',
            help='List only NDP proxies associated with the specified '
                 'router (name or ID)')
        parser.add_argument(
            '--port', metavar='<port>',
            help='List only NDP proxies associated with the specified port '
                 '(name or ID)')
        parser.add_argument(
            '--ip-address', metavar='<ip-address>',
            help='List only NDP proxies associated with the specified IPv6 '
                 'address')
        common.add_project_options(
            parser, 'List only NDP proxies with the specified project (name '
                    'or ID)')
        parser.add_argument(
            '--name', metavar='<name>',
            help='List only NDP proxies with the specified name')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        wanted = common.changed(
            router_id=common.find_id(network, 'router', parsed_args.router),
            port_id=common.find_id(network, 'port', parsed_args.port),
            project_id=common.project_id(self.app, parsed_args),
        )
        address = parsed_args.ip_address
        query = common.changed(name=parsed_args.name)
        for proxy in network.ndp_proxies(**query):
            if any(getattr(proxy, key) != value
                   for key, value in wanted.items()):
                continue
            if address is not None and not _same_address(proxy.ip_address,
                                                         address):
                continue
            yield proxy


class SetNDPProxy(base.Command):
    """Set NDP proxy properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'ndp_proxy', metavar='<ndp-proxy>',
            help='The ID or name of the NDP proxy to update')
        parser.add_argument('--name', metavar='<name>',
                            help='Set NDP proxy name')
        _add_description(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        proxy = find_ndp_proxy(network, parsed_args.ndp_proxy)
        changes = common.changed(name=parsed_args.name,
                                 description=parsed_args.description)
        if changes:
            network.update_ndp_proxy(proxy, **changes)


class ShowNDPProxy(base.ShowOne):
    """Display NDP proxy details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('ndp_proxy', metavar='<ndp-proxy>',
                            help='The ID or name of the NDP proxy')
        return parser

    def take_action(self, parsed_args):
        proxy = find_ndp_proxy(common.client(self.app),
                               parsed_args.ndp_proxy)
        return common.fields(proxy)
