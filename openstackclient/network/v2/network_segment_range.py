"""Network v2 segment ranges: the VLAN IDs and tunnel IDs Neutron may
give project networks, shared or for one project (network_segment_range
plugin)."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

NETWORK_TYPES = ('geneve', 'gre', 'vlan', 'vxlan')


def id_ranges(ids):
    """Segment IDs as runs, as OSC shows them: [1, 2, 3, 7] ->
    ['1-3', '7']."""
    runs = []
    for number in sorted(int(i) for i in ids or ()):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return [str(a) if a == b else f'{a}-{b}' for a, b in runs]


def available_column(ids):
    """The available IDs, as runs."""
    return common.ListColumn(id_ranges(ids))


def used_column(used):
    """``{project ID: IDs}`` with the IDs as runs."""
    return common.DictColumn({project: ','.join(id_ranges(ids))
                              for project, ids in (used or {}).items()})


FORMATTERS = {'available': available_column, 'used': used_column,
              'tags': common.ListColumn}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('default', 'Default'),
    Column('shared', 'Shared'),
    Column('project_id', 'Project ID'),
    Column('network_type', 'Network Type'),
    Column('physical_network', 'Physical Network'),
    Column('minimum', 'Minimum ID'),
    Column('maximum', 'Maximum ID'),
    Column('used', 'Used', used_column, long=True),
    Column('available', 'Available', available_column, long=True),
)


def find_range(network, name_or_id):
    """The network segment range with this name or ID."""
    return common.find(network, 'network_segment_range', name_or_id)


def add_id_options(parser, *, create):
    for option, what in (('minimum', 'Minimum'), ('maximum', 'Maximum')):
        parser.add_argument(
            f'--{option}', metavar=f'<{option}-segmentation-id>', type=int,
            required=create,
            help=f'{what} segment identifier of the range (inclusive): '
                 'VLAN ID for vlan, tunnel ID for geneve, gre and vxlan')


class CreateNetworkSegmentRange(base.ShowOne):
    """Create new network segment range"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of new network segment range')
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--private', dest='private', action='store_true',
            help='The range is for one project only (--project, default: '
                 'the current project)')
        group.add_argument(
            '--shared', dest='private', action='store_false',
            help='The range is shared by all projects (default)')
        common.add_project_options(
            parser, 'The project of a --private range (name or ID)')
        parser.add_argument(
            '--network-type', metavar='<network-type>', required=True,
            choices=NETWORK_TYPES,
            help='Network type of the range: ' + ', '.join(NETWORK_TYPES))
        parser.add_argument(
            '--physical-network', metavar='<physical-network-name>',
            help='Physical network of the range (vlan only)')
        add_id_options(parser, create=True)
        return parser

    def take_action(self, parsed_args):
        if parsed_args.project is not None and not parsed_args.private:
            raise errors.UsageError('--project is only allowed with '
                                    '--private')
        network = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name, network_type=parsed_args.network_type,
            physical_network=parsed_args.physical_network,
            minimum=parsed_args.minimum, maximum=parsed_args.maximum)
        attrs['shared'] = not parsed_args.private
        if parsed_args.private:
            attrs['project_id'] = (common.project_id(self.app, parsed_args)
                                   or network.get_project_id())
        return common.fields(network.create_network_segment_range(**attrs),
                             formatters=FORMATTERS)


class DeleteNetworkSegmentRange(common.NetworkDelete):
    """Delete network segment range(s)"""

    resource = 'network segment range'
    sdk_resource = 'network_segment_range'


class ListNetworkSegmentRange(common.Paginated, base.ResourceLister):
    """List network segment ranges"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        used = parser.add_mutually_exclusive_group()
        used.add_argument('--used', action='store_true',
                          help='List ranges with segments in use')
        used.add_argument('--unused', action='store_true',
                          help='List ranges with no segment in use')
        available = parser.add_mutually_exclusive_group()
        available.add_argument(
            '--available', action='store_true',
            help='List ranges with segments still available')
        available.add_argument(
            '--unavailable', action='store_true',
            help='List ranges with no segment available')
        return parser

    def list_resources(self, parsed_args):
        ranges = common.client(self.app).network_segment_ranges(
            **pagination.query(parsed_args))
        # Neutron does not filter on these: the client does, as OSC does.
        for item in ranges:
            if parsed_args.used and not item.used:
                continue
            if parsed_args.unused and item.used:
                continue
            if parsed_args.available and not item.available:
                continue
            if parsed_args.unavailable and item.available:
                continue
            yield item


class SetNetworkSegmentRange(base.Command):
    """Set network segment range properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'network_segment_range', metavar='<network-segment-range>',
            help='Network segment range to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set network segment range name')
        add_id_options(parser, create=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        item = find_range(network, parsed_args.network_segment_range)
        changes = common.changed(name=parsed_args.name,
                                 minimum=parsed_args.minimum,
                                 maximum=parsed_args.maximum)
        if changes:
            network.update_network_segment_range(item, **changes)


class ShowNetworkSegmentRange(base.ShowOne):
    """Display network segment range details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'network_segment_range', metavar='<network-segment-range>',
            help='Network segment range to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return common.fields(find_range(common.client(self.app),
                                        parsed_args.network_segment_range),
                             formatters=FORMATTERS)
