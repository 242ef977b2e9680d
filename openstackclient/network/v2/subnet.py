"""Network v2 subnets: create, delete, list, set, show, unset."""

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common


class AllocationPoolsColumn(cliff_columns.FormattableColumn):
    """``start-end`` pairs, comma-joined; the list of dicts for machines."""

    def human_readable(self):
        return ','.join(f"{pool['start']}-{pool['end']}"
                        for pool in self._value or ())


class HostRoutesColumn(cliff_columns.FormattableColumn):
    """``destination='..', gateway='..'`` per route; dicts for machines."""

    def human_readable(self):
        return ', '.join(
            f"destination='{route['destination']}', "
            f"gateway='{route['nexthop']}'" for route in self._value or ())


RENAMES = {'subnet_pool_id': 'subnetpool_id'}

FORMATTERS = {
    'allocation_pools': AllocationPoolsColumn,
    'dns_nameservers': common.ListColumn,
    'host_routes': HostRoutesColumn,
    'service_types': common.ListColumn,
    'tags': common.ListColumn,
}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('network_id', 'Network'),
    Column('cidr', 'Subnet'),
    Column('project_id', 'Project', long=True),
    Column('is_dhcp_enabled', 'DHCP', long=True),
    Column('dns_nameservers', 'Name Servers', common.ListColumn, long=True),
    Column('allocation_pools', 'Allocation Pools', AllocationPoolsColumn,
           long=True),
    Column('host_routes', 'Host Routes', HostRoutesColumn, long=True),
    Column('ip_version', 'IP Version', long=True),
    Column('gateway_ip', 'Gateway', long=True),
    Column('service_types', 'Service Types', common.ListColumn, long=True),
    Column('tags', 'Tags', common.ListColumn, long=True),
)


def subnet_fields(subnet):
    """``(labels, values)`` of a subnet, as OSC's subnet show."""
    return common.fields(subnet, RENAMES, FORMATTERS)


def find_subnet(network, name_or_id):
    """The subnet with this name or ID."""
    return common.find(network, 'subnet', name_or_id)


def _route(route):
    """``--host-route`` value -> the API's ``destination``/``nexthop``."""
    return {'destination': route['destination'], 'nexthop': route['gateway']}


def _add_list_options(parser, unset):
    verb = 'remove from' if unset else 'add to'
    parser.add_argument(
        '--allocation-pool', metavar='start=<ip-address>,end=<ip-address>',
        dest='allocation_pools', action='append',
        type=common.key_value_type('start', 'end',
                                   required=('start', 'end')),
        help=f'Allocation pool IP addresses to {verb} this subnet '
             '(repeat option for multiple pools)')
    parser.add_argument(
        '--dns-nameserver', metavar='<dns-nameserver>',
        dest='dns_nameservers', action='append',
        help=f'DNS server to {verb} this subnet (repeat option for '
             'multiple DNS servers)')
    parser.add_argument(
        '--host-route', metavar='destination=<subnet>,gateway=<ip-address>',
        dest='host_routes', action='append',
        type=common.key_value_type(
            'destination', 'gateway', required=('destination', 'gateway')),
        help=f'Additional route to {verb} this subnet: destination is a '
             'CIDR, gateway the next hop IP address (repeat option for '
             'multiple routes)')
    parser.add_argument(
        '--service-type', metavar='<service-type>', dest='service_types',
        action='append',
        help=f'Service type to {verb} this subnet, e.g. network:floatingip_'
             'agent_gateway (repeat option for multiple service types)')


def _add_common_options(parser, create):
    common.add_toggle(
        parser, '--dhcp', '--no-dhcp', 'dhcp',
        'Enable DHCP' + (' (default)' if create else ''), 'Disable DHCP')
    common.add_toggle(
        parser, '--dns-publish-fixed-ip', '--no-dns-publish-fixed-ip',
        'dns_publish_fixed_ip',
        'Enable publishing fixed IPs in DNS',
        'Disable publishing fixed IPs in DNS')
    parser.add_argument(
        '--gateway', metavar='<gateway>',
        help='The gateway IP address, or "none" for no gateway'
             + (' ("auto", the default, lets Neutron choose one)'
                if create else ''))
    parser.add_argument(
        '--network-segment', metavar='<network-segment>',
        help='Network segment to associate with this subnet (name or ID)')
    parser.add_argument('--description', metavar='<description>',
                        help='Subnet description')


def _gateway(value):
    """``--gateway`` -> the SDK's ``gateway_ip`` (None: no gateway)."""
    return None if value.lower() == 'none' else value


def _common_attrs(network, parsed_args):
    attrs = common.changed(
        is_dhcp_enabled=parsed_args.dhcp,
        dns_publish_fixed_ip=parsed_args.dns_publish_fixed_ip,
        description=parsed_args.description,
    )
    gateway = parsed_args.gateway
    if gateway is not None and gateway.lower() != 'auto':
        attrs['gateway_ip'] = _gateway(gateway)
    if parsed_args.network_segment is not None:
        attrs['segment_id'] = common.find_id(network, 'segment',
                                             parsed_args.network_segment)
    return attrs


class CreateSubnet(base.ShowOne):
    """Create a subnet"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', help='New subnet name')
        common.add_project_options(parser)
        pool = parser.add_mutually_exclusive_group()
        pool.add_argument(
            '--subnet-pool', metavar='<subnet-pool>',
            help='Subnet pool from which this subnet will obtain a CIDR '
                 '(name or ID)')
        pool.add_argument(
            '--use-prefix-delegation', action='store_true',
            help='Use prefix delegation if IP is IPv6 format and IP would '
                 'be delegated externally')
        pool.add_argument(
            '--use-default-subnet-pool', action='store_true',
            help='Use default subnet pool for --ip-version')
        parser.add_argument(
            '--prefix-length', metavar='<prefix-length>', type=int,
            help='Prefix length for subnet allocation from subnet pool')
        parser.add_argument(
            '--subnet-range', metavar='<subnet-range>',
            help='Subnet range in CIDR notation (required if --subnet-pool '
                 'is not specified, optional otherwise)')
        _add_common_options(parser, create=True)
        parser.add_argument(
            '--ip-version', type=int, choices=(4, 6), default=4,
            help='IP version (default is 4); with --subnet-pool it must '
                 'match the pool')
        parser.add_argument(
            '--ipv6-ra-mode', choices=('dhcpv6-stateful',
                                       'dhcpv6-stateless', 'slaac'),
            help='IPv6 RA (Router Advertisement) mode')
        parser.add_argument(
            '--ipv6-address-mode', choices=('dhcpv6-stateful',
                                            'dhcpv6-stateless', 'slaac'),
            help='IPv6 address mode')
        parser.add_argument(
            '--network', metavar='<network>', required=True,
            help='Network this subnet belongs to (name or ID)')
        _add_list_options(parser, unset=False)
        common.add_tag_options(parser, 'subnet', 'create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        if (parsed_args.subnet_range is None and parsed_args.subnet_pool
                is None and not parsed_args.use_default_subnet_pool
                and not parsed_args.use_prefix_delegation):
            raise errors.UsageError(
                'give --subnet-range, or a subnet pool (--subnet-pool, '
                '--use-default-subnet-pool, --use-prefix-delegation)')
        attrs = _common_attrs(network, parsed_args)
        attrs.update(common.changed(
            name=parsed_args.name,
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            project_id=common.project_id(self.app, parsed_args),
            ip_version=parsed_args.ip_version,
            cidr=parsed_args.subnet_range,
            prefix_length=parsed_args.prefix_length,
            ipv6_ra_mode=parsed_args.ipv6_ra_mode,
            ipv6_address_mode=parsed_args.ipv6_address_mode,
            allocation_pools=parsed_args.allocation_pools,
            dns_nameservers=parsed_args.dns_nameservers,
            service_types=parsed_args.service_types,
        ))
        if parsed_args.host_routes:
            attrs['host_routes'] = [_route(r) for r in parsed_args.host_routes]
        if parsed_args.subnet_pool is not None:
            attrs['subnet_pool_id'] = common.find_id(
                network, 'subnet_pool', parsed_args.subnet_pool)
        elif parsed_args.use_prefix_delegation:
            attrs['subnet_pool_id'] = 'prefix_delegation'
        elif parsed_args.use_default_subnet_pool:
            attrs['use_default_subnet_pool'] = True
        made = network.create_subnet(**attrs)
        made = common.set_tags(network, made, parsed_args, 'create')
        return subnet_fields(made)


class DeleteSubnet(common.NetworkDelete):
    """Delete subnet(s)"""

    resource = 'subnet'
    sdk_resource = 'subnet'


class ListSubnet(common.Paginated, base.ResourceLister):
    """List subnets"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--ip-version', type=int, choices=(4, 6),
            help='List only subnets of this IP version (4 or 6)')
        common.add_toggle(parser, '--dhcp', '--no-dhcp', 'dhcp',
                          'List only subnets with DHCP enabled',
                          'List only subnets with DHCP disabled')
        parser.add_argument(
            '--service-type', metavar='<service-type>', dest='service_types',
            action='append',
            help='List only subnets of this service type (repeat option for '
                 'several)')
        common.add_project_options(
            parser, 'List only subnets of this project (name or ID)')
        parser.add_argument(
            '--network', metavar='<network>',
            help='List only subnets of this network (name or ID)')
        parser.add_argument('--gateway', metavar='<gateway>',
                            help='List only subnets of this gateway IP')
        parser.add_argument('--name', metavar='<name>',
                            help='List only subnets of this name')
        parser.add_argument(
            '--subnet-range', metavar='<subnet-range>',
            help='List only subnets of this range (CIDR notation)')
        parser.add_argument(
            '--subnet-pool', metavar='<subnet-pool>',
            help='List only subnets of this subnet pool (name or ID)')
        common.add_tag_filter_options(parser, 'subnet')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            ip_version=parsed_args.ip_version,
            is_dhcp_enabled=parsed_args.dhcp,
            project_id=common.project_id(self.app, parsed_args),
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            gateway_ip=parsed_args.gateway,
            name=parsed_args.name,
            cidr=parsed_args.subnet_range,
            subnet_pool_id=common.find_id(network, 'subnet_pool',
                                          parsed_args.subnet_pool),
        )
        if parsed_args.service_types:
            query['service_types'] = parsed_args.service_types
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        return network.subnets(**query)


class SetSubnet(base.Command):
    """Set subnet properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('subnet', metavar='<subnet>',
                            help='Subnet to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Updated name of the subnet')
        _add_common_options(parser, create=False)
        _add_list_options(parser, unset=False)
        parser.add_argument(
            '--no-allocation-pool', action='store_true',
            help='Remove all allocation pools first (with --allocation-pool '
                 'to replace them)')
        parser.add_argument(
            '--no-dns-nameservers', action='store_true',
            help='Remove all DNS servers first (with --dns-nameserver to '
                 'replace them)')
        parser.add_argument(
            '--no-host-route', action='store_true',
            help='Remove all host routes first (with --host-route to '
                 'replace them)')
        common.add_tag_options(parser, 'subnet', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_subnet(network, parsed_args.subnet)
        attrs = _common_attrs(network, parsed_args)
        if parsed_args.name is not None:
            attrs['name'] = parsed_args.name
        lists = (
            ('allocation_pools', parsed_args.no_allocation_pool, None),
            ('dns_nameservers', parsed_args.no_dns_nameservers, None),
            ('host_routes', parsed_args.no_host_route, _route),
            ('service_types', False, None),
        )
        for attr, clear, convert in lists:
            given = getattr(parsed_args, attr) or []
            if convert:
                given = [convert(item) for item in given]
            if clear or given:
                current = [] if clear else list(getattr(obj, attr) or [])
                attrs[attr] = current + [g for g in given
                                         if g not in current]
        if attrs:
            network.update_subnet(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'set')


class ShowSubnet(base.ShowOne):
    """Display subnet details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('subnet', metavar='<subnet>',
                            help='Subnet to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return subnet_fields(
            find_subnet(common.client(self.app), parsed_args.subnet))


class UnsetSubnet(base.Command):
    """Unset subnet properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('subnet', metavar='<subnet>',
                            help='Subnet to modify (name or ID)')
        _add_list_options(parser, unset=True)
        common.add_tag_options(parser, 'subnet', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_subnet(network, parsed_args.subnet)
        attrs = {}
        lists = (
            ('allocation_pools', 'allocation pool', None),
            ('dns_nameservers', 'DNS server', None),
            ('host_routes', 'host route', _route),
            ('service_types', 'service type', None),
        )
        for attr, what, convert in lists:
            given = getattr(parsed_args, attr) or []
            if not given:
                continue
            if convert:
                given = [convert(item) for item in given]
            current = list(getattr(obj, attr) or [])
            for item in given:
                if item not in current:
                    raise errors.NotFoundError(
                        f"Subnet '{parsed_args.subnet}' has no {what} "
                        f"{_describe(item)}")
            attrs[attr] = [item for item in current if item not in given]
        if attrs:
            network.update_subnet(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'unset')


def _describe(item):
    if isinstance(item, dict):
        return ','.join(f'{k}={v}' for k, v in item.items())
    return str(item)
