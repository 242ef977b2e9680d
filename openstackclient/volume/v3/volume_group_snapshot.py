"""Volume group snapshots: create, delete, list, show (3.14+).

One snapshot of every volume of a volume group, taken together; a new
group can be made from it (``volume group create --group-snapshot``).
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.volume.v3 import common
from openstackclient.volume.v3 import volume_group

VERSION = '3.14'

COLUMNS = (
    Column('id', 'ID'),
    Column('status', 'Status'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('group_id', 'Group'),
    Column('group_type_id', 'Group Type'),
)


def client(app, command):
    return common.client_at(app, VERSION,
                            f"'volume group snapshot {command}'")


def find_group_snapshot(volume, name_or_id):
    return common.find(volume, 'group_snapshot', name_or_id,
                       kind='volume group snapshot')


class CreateVolumeGroupSnapshot(base.ShowOne):
    """Create a volume group snapshot (--os-volume-api-version 3.14 or
    greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume_group', metavar='<volume_group>',
                            help='Name or ID of volume group to create a '
                                 'snapshot of')
        parser.add_argument('--name', metavar='<name>',
                            help='Name of the volume group snapshot')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of the volume group snapshot')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'create')
        group = volume_group.find_group(volume, parsed_args.volume_group)
        attrs = {key: getattr(parsed_args, key)
                 for key in ('name', 'description')
                 if getattr(parsed_args, key) is not None}
        snapshot = volume.create_group_snapshot(group_id=group.id, **attrs)
        return cols.show(snapshot, COLUMNS)


class DeleteVolumeGroupSnapshot(multi.MultiResourceAction):
    """Delete volume group snapshot(s) (--os-volume-api-version 3.14 or
    greater)"""

    resource = 'volume group snapshot'
    metavar = '<snapshot>'

    def prepare(self, parsed_args):
        self.volume = client(self.app, 'delete')

    def act(self, parsed_args, name_or_id):
        snapshot = find_group_snapshot(self.volume, name_or_id)
        self.volume.delete_group_snapshot(snapshot, ignore_missing=False)


class ListVolumeGroupSnapshot(base.ResourceLister):
    """List volume group snapshots (--os-volume-api-version 3.14 or
    greater)"""

    columns = (
        Column('id', 'ID'),
        Column('status', 'Status'),
        Column('name', 'Name'),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_all_projects_option(parser)
        return parser

    def list_resources(self, parsed_args):
        return client(self.app, 'list').group_snapshots(
            all_projects=parsed_args.all_projects)


class ShowVolumeGroupSnapshot(base.ShowOne):
    """Show detailed information for a volume group snapshot
    (--os-volume-api-version 3.14 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('snapshot', metavar='<snapshot>',
                            help='Name or ID of volume group snapshot')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'show')
        return cols.show(find_group_snapshot(volume, parsed_args.snapshot),
                         COLUMNS)
