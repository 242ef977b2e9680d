"""Network v2 segments: the physical networks and segmentation IDs a
network spans (segments plugin)."""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

NETWORK_TYPES = ('flat', 'geneve', 'gre', 'local', 'vlan', 'vxlan')

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('network_id', 'Network'),
    Column('network_type', 'Network Type'),
    Column('segmentation_id', 'Segment'),
    Column('physical_network', 'Physical Network', long=True),
)


def find_segment(network, name_or_id):
    """The network segment with this name or ID."""
    return common.find(network, 'segment', name_or_id,
                       kind='network segment')


class CreateNetworkSegment(base.ShowOne):
    """Create new network segment"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New network segment name')
        parser.add_argument('--description', metavar='<description>',
                            help='Network segment description')
        parser.add_argument(
            '--physical-network', metavar='<physical-network>',
            help='Physical network name of this network segment')
        parser.add_argument(
            '--segment', metavar='<segment>', type=int,
            help='Segment identifier for this network segment, based on '
                 'the network type: VLAN ID for vlan, tunnel ID for geneve, '
                 'gre and vxlan (default: one Neutron picks)')
        parser.add_argument(
            '--network', metavar='<network>', required=True,
            help='Network this network segment belongs to (name or ID)')
        parser.add_argument(
            '--network-type', metavar='<network-type>', required=True,
            choices=NETWORK_TYPES,
            help='Network type of this network segment: '
                 + ', '.join(NETWORK_TYPES))
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            physical_network=parsed_args.physical_network,
            segmentation_id=parsed_args.segment,
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            network_type=parsed_args.network_type)
        return common.fields(network.create_segment(**attrs))


class DeleteNetworkSegment(common.NetworkDelete):
    """Delete network segment(s)"""

    resource = 'network segment'
    sdk_resource = 'segment'


class ListNetworkSegment(common.Paginated, base.ResourceLister):
    """List network segments"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--network', metavar='<network>',
            help='List network segments of this network (name or ID)')
        parser.add_argument(
            '--network-type', metavar='<network-type>',
            choices=NETWORK_TYPES,
            help='List network segments of this network type: '
                 + ', '.join(NETWORK_TYPES))
        parser.add_argument(
            '--physical-network', metavar='<physical-network>',
            help='List network segments of this physical network')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            network_type=parsed_args.network_type,
            physical_network=parsed_args.physical_network)
        query.update(pagination.query(parsed_args))
        return network.segments(**query)


class SetNetworkSegment(base.Command):
    """Set network segment properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('segment', metavar='<network-segment>',
                            help='Network segment to modify (name or ID)')
        parser.add_argument('--description', metavar='<description>',
                            help='Set network segment description')
        parser.add_argument('--name', metavar='<name>',
                            help='Set network segment name')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        segment = find_segment(network, parsed_args.segment)
        changes = common.changed(name=parsed_args.name,
                                 description=parsed_args.description)
        if changes:
            network.update_segment(segment, **changes)


class ShowNetworkSegment(base.ShowOne):
    """Display network segment details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('segment', metavar='<network-segment>',
                            help='Network segment to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return common.fields(find_segment(common.client(self.app),
                                          parsed_args.segment))
