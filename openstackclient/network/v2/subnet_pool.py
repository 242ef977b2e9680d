"""Network v2 subnet pools: create, delete, list, set, show, unset.

A subnet pool hands out subnets from its prefixes; ``subnet create
--subnet-pool`` takes the next free block of the asked size. ``subnet
pool add network`` onboards the subnets a network already has into a pool
(Neutron's ``subnet_onboard`` extension): their CIDRs join its prefixes.
"""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('prefixes', 'Prefixes', common.ListColumn),
    Column('default_prefix_length', 'Default Prefix Length', long=True),
    Column('address_scope_id', 'Address Scope', long=True),
    Column('is_default', 'Default Subnet Pool', long=True),
    Column('is_shared', 'Shared', long=True),
    Column('tags', 'Tags', common.ListColumn, long=True),
)

#: Show labels: the API's short names for the prefix lengths.
RENAMES = {
    'default_prefix_length': 'default_prefixlen',
    'maximum_prefix_length': 'max_prefixlen',
    'minimum_prefix_length': 'min_prefixlen',
}
FORMATTERS = {'prefixes': common.ListColumn, 'tags': common.ListColumn}


def find_subnet_pool(network, name_or_id):
    """The subnet pool with this name or ID."""
    return common.find(network, 'subnet_pool', name_or_id)


def show(pool):
    """A subnet pool as OSC shows it."""
    return common.fields(pool, RENAMES, FORMATTERS)


def add_pool_options(parser, *, create):
    """Prefixes, prefix lengths, description and default quota."""
    parser.add_argument(
        '--pool-prefix', metavar='<pool-prefix>', dest='prefixes',
        action='append', required=create,
        help='Set subnet pool prefixes (in CIDR notation) '
             '(repeat option to set multiple prefixes)')
    for option, what in (('default', 'Default'), ('min', 'Minimum'),
                         ('max', 'Maximum')):
        parser.add_argument(
            f'--{option}-prefix-length', type=int,
            metavar=f'<{option}-prefix-length>',
            help=f'{what} prefix length of the subnets the pool hands out')
    parser.add_argument('--description', metavar='<description>',
                        help='Set subnet pool description')
    parser.add_argument(
        '--default-quota', type=int, metavar='<num-ip-addresses>',
        help='Set the default quota of addresses a project may take from '
             'this pool (IPv4 addresses, or /64 prefixes for IPv6)')
    common.add_toggle(
        parser, '--default', '--no-default', 'is_default',
        'Make this the default subnet pool of its IP version',
        'Make this subnet pool not the default')


def pool_attrs(parsed_args):
    """The body of the pool options, only those given."""
    return common.changed(
        default_prefix_length=parsed_args.default_prefix_length,
        minimum_prefix_length=parsed_args.min_prefix_length,
        maximum_prefix_length=parsed_args.max_prefix_length,
        description=parsed_args.description,
        default_quota=parsed_args.default_quota,
        is_default=parsed_args.is_default,
    )


class CreateSubnetPool(base.ShowOne):
    """Create subnet pool"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of the new subnet pool')
        add_pool_options(parser, create=True)
        common.add_project_options(parser)
        parser.add_argument(
            '--address-scope', metavar='<address-scope>',
            help='Put the subnet pool in this address scope (name or ID); '
                 'its prefixes must be unique within the scope')
        common.add_toggle(parser, '--share', '--no-share', 'shared',
                          'Share the subnet pool between projects',
                          'Do not share the subnet pool (default)')
        common.add_tag_options(parser, 'subnet pool', 'create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = pool_attrs(parsed_args)
        attrs.update(common.changed(
            name=parsed_args.name, prefixes=parsed_args.prefixes,
            shared=parsed_args.shared,
            address_scope_id=common.find_id(
                network, 'address_scope', parsed_args.address_scope),
            project_id=common.project_id(self.app, parsed_args)))
        pool = network.create_subnet_pool(**attrs)
        pool = common.set_tags(network, pool, parsed_args, 'create')
        return show(pool)


class DeleteSubnetPool(common.NetworkDelete):
    """Delete subnet pool(s)"""

    resource = 'subnet pool'
    sdk_resource = 'subnet_pool'


class ListSubnetPool(common.Paginated, base.ResourceLister):
    """List subnet pools"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_toggle(parser, '--share', '--no-share', 'shared',
                          'List subnet pools shared between projects',
                          'List subnet pools not shared between projects')
        common.add_toggle(parser, '--default', '--no-default', 'is_default',
                          'List the default subnet pools',
                          'List subnet pools that are not the default')
        common.add_project_options(
            parser, 'List subnet pools of this project (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='List only subnet pools of this name')
        parser.add_argument(
            '--address-scope', metavar='<address-scope>',
            help='List only subnet pools of this address scope (name or ID)')
        common.add_tag_filter_options(parser, 'subnet pool')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            is_shared=parsed_args.shared, is_default=parsed_args.is_default,
            project_id=common.project_id(self.app, parsed_args),
            name=parsed_args.name,
            address_scope_id=common.find_id(
                network, 'address_scope', parsed_args.address_scope))
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        return network.subnet_pools(**query)


class SetSubnetPool(base.Command):
    """Set subnet pool properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('subnet_pool', metavar='<subnet-pool>',
                            help='Subnet pool to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set subnet pool name')
        add_pool_options(parser, create=False)
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--address-scope', metavar='<address-scope>',
            help='Move the subnet pool to this address scope (name or ID)')
        group.add_argument(
            '--no-address-scope', action='store_true',
            help='Take the subnet pool out of its address scope')
        common.add_tag_options(parser, 'subnet pool', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        pool = find_subnet_pool(network, parsed_args.subnet_pool)
        attrs = pool_attrs(parsed_args)
        if parsed_args.name is not None:
            attrs['name'] = parsed_args.name
        if parsed_args.prefixes:
            # New prefixes are added to those the pool has.
            attrs['prefixes'] = list(pool.prefixes or []) + [
                prefix for prefix in parsed_args.prefixes
                if prefix not in (pool.prefixes or [])]
        if parsed_args.no_address_scope:
            attrs['address_scope_id'] = None
        elif parsed_args.address_scope is not None:
            attrs['address_scope_id'] = common.find_id(
                network, 'address_scope', parsed_args.address_scope)
        if attrs:
            pool = network.update_subnet_pool(pool, **attrs)
        common.set_tags(network, pool, parsed_args, 'set')


class ShowSubnetPool(base.ShowOne):
    """Display subnet pool details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('subnet_pool', metavar='<subnet-pool>',
                            help='Subnet pool to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_subnet_pool(common.client(self.app),
                                     parsed_args.subnet_pool))


class UnsetSubnetPool(base.Command):
    """Unset subnet pool properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('subnet_pool', metavar='<subnet-pool>',
                            help='Subnet pool to modify (name or ID)')
        common.add_tag_options(parser, 'subnet pool', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        pool = find_subnet_pool(network, parsed_args.subnet_pool)
        common.set_tags(network, pool, parsed_args, 'unset')


class AddNetworkSubnetPool(base.Command):
    """Onboard network subnets into a subnet pool"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'network', metavar='<network>',
            help='Onboard all subnets of this network (name or ID)')
        parser.add_argument(
            'subnetpool', metavar='<subnetpool>',
            help='Subnet pool to onboard the subnets into (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        pool = find_subnet_pool(network, parsed_args.subnetpool)
        net = common.find(network, 'network', parsed_args.network)
        network.onboard_network_subnets(pool, net)
