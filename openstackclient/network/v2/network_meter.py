"""Network v2 meters (metering labels): count the traffic of a project's
routers; the rules (``network meter rule``) say which traffic."""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('is_shared', 'Shared'),
)


def find_meter(network, name_or_id):
    """The meter with this name or ID."""
    return common.find(network, 'metering_label', name_or_id,
                       kind='network meter')


class CreateMeter(base.ShowOne):
    """Create network meter"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of meter')
        parser.add_argument('--description', metavar='<description>',
                            help='Create description for meter')
        common.add_project_options(parser)
        common.add_toggle(parser, '--share', '--no-share', 'shared',
                          'Share meter between projects',
                          'Do not share meter between projects')
        return parser

    def take_action(self, parsed_args):
        attrs = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            shared=parsed_args.shared,
            project_id=common.project_id(self.app, parsed_args))
        return common.fields(
            common.client(self.app).create_metering_label(**attrs))


class DeleteMeter(common.NetworkDelete):
    """Delete network meter"""

    resource = 'network meter'
    sdk_resource = 'metering_label'
    metavar = '<meter>'


class ListMeter(common.Paginated, base.ResourceLister):
    """List network meters"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).metering_labels(
            **pagination.query(parsed_args))


class ShowMeter(base.ShowOne):
    """Show network meter"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('meter', metavar='<meter>',
                            help='Meter to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return common.fields(find_meter(common.client(self.app),
                                        parsed_args.meter))
