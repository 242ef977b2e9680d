"""Block storage v3 resource filters: list, show (3.33).

The filters Cinder accepts when listing each kind of resource (volumes,
backups, snapshots, ...), as its ``resource_query_filters_file`` says.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.volume.v3 import common

MICROVERSION = '3.33'

COLUMNS = (
    cols.Column('resource', 'Resource'),
    cols.Column('filters', 'Filters', cols.ListColumn),
)


class ListBlockStorageResourceFilter(base.ResourceLister):
    """List block storage resource filters"""

    columns = COLUMNS

    def list_resources(self, parsed_args):
        return common.client_at(
            self.app, MICROVERSION,
            'block storage resource filter list').resource_filters()


class ShowBlockStorageResourceFilter(base.ShowOne):
    """Show filters for a block storage resource type"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('resource', metavar='<resource>',
                            help='Resource to show filters for (name).')
        return parser

    def take_action(self, parsed_args):
        volume = common.client_at(self.app, MICROVERSION,
                                  'block storage resource filter show')
        found = list(volume.resource_filters(resource=parsed_args.resource))
        if not found:
            raise errors.NotFoundError(
                f"No resource filter with a name of "
                f"'{parsed_args.resource}' exists.")
        return cols.show(found[0], COLUMNS)
