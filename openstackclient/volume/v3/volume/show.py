"""volume show and volume summary."""

from openstackclient.cli import base
from openstackclient.cli.columns import DictColumn
from openstackclient.volume.v3 import _format
from openstackclient.volume.v3 import common


class ShowVolume(base.ShowOne):
    """Display volume details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume', metavar='<volume>',
                            help='Volume to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.find(common.client(self.app), 'volume',
                             parsed_args.volume)
        return _format.volume_fields(volume)


class VolumeSummary(base.ShowOne):
    """Show a summary of all volumes in this deployment"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_all_projects_option(parser)
        return parser

    def take_action(self, parsed_args):
        common.require(self.app, '3.12', 'volume summary')
        volume = common.client(self.app)
        summary = volume.summary(parsed_args.all_projects)
        labels = ['Total Count', 'Total Size']
        values = [summary.total_count, summary.total_size]
        if common.supports(self.app, '3.36'):
            labels.append('Metadata')
            values.append(DictColumn(summary.metadata))
        return labels, values
