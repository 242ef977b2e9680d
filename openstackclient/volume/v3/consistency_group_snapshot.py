"""Consistency group snapshots: create, delete, list, show.

Cinder's older API for ``volume group snapshot``s of consistency groups
(``/cgsnapshots``), still served by Cinder 29.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.volume.v3 import common
from openstackclient.volume.v3 import consistency_group as cg

STATUSES = ('available', 'error', 'creating', 'deleting', 'error_deleting')

#: OSC labels ``show`` with the attribute names.
COLUMNS = tuple(Column(name, name) for name in (
    'consistencygroup_id', 'created_at', 'description', 'id', 'name',
    'status'))


def find_snapshot(volume, name_or_id):
    return common.find(volume, 'consistency_group_snapshot', name_or_id)


class CreateConsistencyGroupSnapshot(base.ShowOne):
    """Create new consistency group snapshot"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('snapshot_name', metavar='<snapshot-name>',
                            nargs='?',
                            help='Name of new consistency group snapshot '
                                 '(default: none)')
        parser.add_argument(
            '--consistency-group', metavar='<consistency-group>',
            help='Consistency group to snapshot (name or ID) (default: '
                 'the one named <snapshot-name>)')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of this consistency group '
                                 'snapshot')
        return parser

    def take_action(self, parsed_args):
        source = parsed_args.consistency_group or parsed_args.snapshot_name
        if not source:
            raise errors.UsageError(
                'Give the consistency group: --consistency-group <name>')
        volume = common.client(self.app)
        group = cg.find_consistency_group(volume, source)
        attrs = {'consistencygroup_id': group.id}
        if parsed_args.snapshot_name is not None:
            attrs['name'] = parsed_args.snapshot_name
        if parsed_args.description is not None:
            attrs['description'] = parsed_args.description
        return cols.show(volume.create_consistency_group_snapshot(**attrs),
                         COLUMNS)


class DeleteConsistencyGroupSnapshot(multi.MultiResourceAction):
    """Delete consistency group snapshot(s)"""

    resource = 'consistency group snapshot'

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        volume.delete_consistency_group_snapshot(
            find_snapshot(volume, name_or_id), ignore_missing=False)


class ListConsistencyGroupSnapshot(base.ResourceLister):
    """List consistency group snapshots"""

    columns = (
        Column('id', 'ID'),
        Column('status', 'Status'),
        Column('consistencygroup_id', 'ConsistencyGroup ID', long=True),
        Column('name', 'Name'),
        Column('description', 'Description', long=True),
        Column('created_at', 'Created At', long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_all_projects_option(parser)
        parser.add_argument(
            '--status', metavar='<status>', choices=STATUSES,
            help='Filters results by a status ("available", "error", '
                 '"creating", "deleting" or "error_deleting")')
        parser.add_argument(
            '--consistency-group', metavar='<consistency-group>',
            help='Filters results by a consistency group (name or ID)')
        return parser

    def list_resources(self, parsed_args):
        volume = common.client(self.app)
        query = {}
        if parsed_args.all_projects:
            query['all_tenants'] = 1
        if parsed_args.status:
            query['status'] = parsed_args.status
        if parsed_args.consistency_group:
            query['consistencygroup_id'] = cg.find_consistency_group(
                volume, parsed_args.consistency_group).id
        return cg.raw_list(volume, '/cgsnapshots/detail', 'cgsnapshots',
                           query)


class ShowConsistencyGroupSnapshot(base.ShowOne):
    """Display consistency group snapshot details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'consistency_group_snapshot',
            metavar='<consistency-group-snapshot>',
            help='Consistency group snapshot to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        snapshot = find_snapshot(common.client(self.app),
                                 parsed_args.consistency_group_snapshot)
        return cols.show(snapshot, COLUMNS)
