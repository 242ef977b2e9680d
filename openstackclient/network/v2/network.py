"""Network v2 networks: create, delete, list, set, show, unset."""

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common


class RouterExternalColumn(cliff_columns.FormattableColumn):
    """``External``/``Internal`` for people, the boolean for machines."""

    def human_readable(self):
        return 'External' if self._value else 'Internal'


# The API's names for the SDK's attributes, as OSC shows them.
RENAMES = {
    'subnet_ids': 'subnets',
    'provider_network_type': 'provider:network_type',
    'provider_physical_network': 'provider:physical_network',
    'provider_segmentation_id': 'provider:segmentation_id',
    'ipv4_address_scope_id': 'ipv4_address_scope',
    'ipv6_address_scope_id': 'ipv6_address_scope',
    'is_vlan_transparent': 'is_vlan_transparent',
    'is_vlan_qinq': 'is_vlan_qinq',
}

FORMATTERS = {
    'admin_state_up': common.AdminStateColumn,
    'availability_zone_hints': common.ListColumn,
    'availability_zones': common.ListColumn,
    'router:external': RouterExternalColumn,
    'subnets': common.ListColumn,
    'tags': common.ListColumn,
}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('status', 'Status', long=True),
    Column('project_id', 'Project', long=True),
    Column('is_admin_state_up', 'State', common.AdminStateColumn, long=True),
    Column('is_shared', 'Shared', long=True),
    Column('subnet_ids', 'Subnets', common.ListColumn),
    Column('provider_network_type', 'Network Type', long=True),
    Column('is_router_external', 'Router Type', RouterExternalColumn,
           long=True),
    Column('availability_zones', 'Availability Zones', common.ListColumn,
           long=True),
    Column('tags', 'Tags', common.ListColumn, long=True),
)


def network_fields(network):
    """``(labels, values)`` of a network, as OSC's network show."""
    return common.fields(network, RENAMES, FORMATTERS)


def find_network(network, name_or_id):
    """The network with this name or ID."""
    return common.find(network, 'network', name_or_id)


def _add_options(parser, create):
    """The options create and set share."""
    common.add_toggle(
        parser, '--enable', '--disable', 'admin_state',
        'Enable network' + (' (default)' if create else ''),
        'Disable network', default=True if create else None)
    common.add_toggle(
        parser, '--share', '--no-share', 'shared',
        'Share the network between projects',
        'Do not share the network between projects')
    parser.add_argument('--description', metavar='<description>',
                        help='Network description')
    parser.add_argument('--mtu', metavar='<mtu>', type=int,
                        help='Maximum transmission unit (MTU) of the network')
    common.add_toggle(
        parser, '--enable-port-security', '--disable-port-security',
        'port_security',
        'Enable port security by default for ports created on this network'
        + (' (default)' if create else ''),
        'Disable port security by default for ports created on this '
        'network')
    common.add_toggle(
        parser, '--external', '--internal', 'external',
        'The network has an external routing facility that is not managed '
        'by the networking service (e.g. provider networks)',
        'Opposite of --external' + (' (default)' if create else ''))
    common.add_toggle(
        parser, '--default', '--no-default', 'default',
        'Use the network as the default external network',
        'Do not use the network as the default external network')
    parser.add_argument(
        '--provider-network-type', metavar='<provider-network-type>',
        help='The physical mechanism by which the virtual network is '
             'implemented: flat, geneve, gre, local, vlan or vxlan')
    parser.add_argument(
        '--provider-physical-network', metavar='<provider-physical-network>',
        dest='physical_network',
        help='Name of the physical network over which the virtual network '
             'is implemented')
    parser.add_argument(
        '--provider-segment', metavar='<provider-segment>', dest='segment',
        help='VLAN ID for VLAN networks or tunnel ID for GENEVE/GRE/VXLAN '
             'networks')
    common.add_toggle(
        parser, '--transparent-vlan', '--no-transparent-vlan',
        'transparent_vlan', 'Make the network VLAN transparent',
        'Do not make the network VLAN transparent')
    parser.add_argument('--dns-domain', metavar='<dns-domain>',
                        help='Set DNS domain for this network (requires DNS '
                             'integration extension)')


def _attrs(network, parsed_args):
    """The SDK attributes the shared options give."""
    attrs = common.changed(
        is_admin_state_up=parsed_args.admin_state,
        is_shared=parsed_args.shared,
        description=parsed_args.description,
        mtu=parsed_args.mtu,
        is_port_security_enabled=parsed_args.port_security,
        is_router_external=parsed_args.external,
        is_default=parsed_args.default,
        provider_network_type=parsed_args.provider_network_type,
        provider_physical_network=parsed_args.physical_network,
        provider_segmentation_id=parsed_args.segment,
        is_vlan_transparent=parsed_args.transparent_vlan,
        dns_domain=parsed_args.dns_domain,
    )
    if getattr(parsed_args, 'no_qos_policy', False):
        attrs['qos_policy_id'] = None
    elif parsed_args.qos_policy is not None:
        attrs['qos_policy_id'] = common.find_id(
            network, 'qos_policy', parsed_args.qos_policy, kind='QoS policy')
    return attrs


class CreateNetwork(base.ShowOne):
    """Create new network"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', help='New network name')
        common.add_project_options(parser)
        _add_options(parser, create=True)
        parser.add_argument(
            '--availability-zone-hint', metavar='<availability-zone>',
            dest='availability_zone_hints', action='append',
            help='Availability Zone in which to create this network (repeat '
                 'option to set multiple availability zones)')
        parser.add_argument(
            '--qos-policy', metavar='<qos-policy>',
            help='QoS policy to attach to this network (name or ID)')
        common.add_tag_options(parser, 'network', 'create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = _attrs(network, parsed_args)
        attrs.update(common.changed(
            name=parsed_args.name,
            project_id=common.project_id(self.app, parsed_args),
            availability_zone_hints=parsed_args.availability_zone_hints,
        ))
        made = network.create_network(**attrs)
        made = common.set_tags(network, made, parsed_args, 'create')
        return network_fields(made)


class DeleteNetwork(common.NetworkDelete):
    """Delete network(s)"""

    resource = 'network'
    sdk_resource = 'network'


class ListNetwork(common.Paginated, base.ResourceLister):
    """List networks"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_toggle(
            parser, '--external', '--internal', 'external',
            'List only external networks', 'List only internal networks')
        parser.add_argument('--name', metavar='<name>',
                            help='List only networks of this name')
        common.add_toggle(
            parser, '--enable', '--disable', 'admin_state',
            'List only enabled networks', 'List only disabled networks')
        common.add_project_options(
            parser, 'List only networks of this project (name or ID)')
        common.add_toggle(
            parser, '--share', '--no-share', 'shared',
            'List only networks shared between projects',
            'List only networks not shared between projects')
        parser.add_argument(
            '--status', metavar='<status>',
            choices=('ACTIVE', 'BUILD', 'DOWN', 'ERROR'),
            help='List only networks of this status '
                 '(ACTIVE, BUILD, DOWN, ERROR)')
        parser.add_argument(
            '--provider-network-type', metavar='<provider-network-type>',
            help='List only networks of this physical mechanism')
        parser.add_argument(
            '--provider-physical-network',
            metavar='<provider-physical-network>', dest='physical_network',
            help='List only networks on this physical network')
        parser.add_argument(
            '--provider-segment', metavar='<provider-segment>',
            dest='segment',
            help='List only networks of this VLAN or tunnel ID')
        common.add_tag_filter_options(parser, 'network')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            is_router_external=parsed_args.external,
            name=parsed_args.name,
            is_admin_state_up=parsed_args.admin_state,
            project_id=common.project_id(self.app, parsed_args),
            is_shared=parsed_args.shared,
            status=parsed_args.status,
            provider_network_type=parsed_args.provider_network_type,
            provider_physical_network=parsed_args.physical_network,
            provider_segmentation_id=parsed_args.segment,
        )
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        return common.client(self.app).networks(**query)


class SetNetwork(base.Command):
    """Set network properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('network', metavar='<network>',
                            help='Network to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set network name')
        _add_options(parser, create=False)
        qos = parser.add_mutually_exclusive_group()
        qos.add_argument(
            '--qos-policy', metavar='<qos-policy>',
            help='QoS policy to attach to this network (name or ID)')
        qos.add_argument('--no-qos-policy', action='store_true',
                         help='Remove the QoS policy attached to this network')
        common.add_tag_options(parser, 'network', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_network(network, parsed_args.network)
        attrs = _attrs(network, parsed_args)
        if parsed_args.name is not None:
            attrs['name'] = parsed_args.name
        if attrs:
            network.update_network(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'set')


class ShowNetwork(base.ShowOne):
    """Show network details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('network', metavar='<network>',
                            help='Network to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return network_fields(
            find_network(common.client(self.app), parsed_args.network))


class UnsetNetwork(base.Command):
    """Unset network properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('network', metavar='<network>',
                            help='Network to modify (name or ID)')
        common.add_tag_options(parser, 'network', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_network(network, parsed_args.network)
        common.set_tags(network, obj, parsed_args, 'unset')
