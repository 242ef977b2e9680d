"""Volume groups: create, delete, list, set, show, add/remove volume,
failover (3.13+).

A generic volume group holds volumes of one group type and some volume
types, so they can be snapshotted (``volume group snapshot``), replicated
or failed over together. Consistency groups were their forerunner.
"""

import logging

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import ListColumn
from openstackclient.volume.v3 import common

LOG = logging.getLogger(__name__)

VERSION = '3.13'

COLUMNS = (
    Column('id', 'ID'),
    Column('status', 'Status'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('group_type', 'Group Type'),
    Column('volume_types', 'Volume Types', ListColumn),
    Column('availability_zone', 'Availability Zone'),
    Column('created_at', 'Created At'),
    Column('volumes', 'Volumes', ListColumn),
    Column('group_snapshot_id', 'Group Snapshot ID'),
    Column('source_group_id', 'Source Group ID'),
)


def client(app, version, what):
    return common.client_at(app, version, what)


def find_group(volume, name_or_id):
    return common.find(volume, 'group', name_or_id, kind='volume group')


class CreateVolumeGroup(base.ShowOne):
    """Create a volume group.

    From a group type and volume types (--os-volume-api-version 3.13 or
    greater), or from an existing group or group snapshot (3.14 or
    greater).
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        source = parser.add_mutually_exclusive_group()
        source.add_argument('--volume-group-type',
                            metavar='<volume_group_type>',
                            help='Volume group type to use (name or ID)')
        parser.add_argument(
            '--volume-type', metavar='<volume_type>', dest='volume_types',
            action='append', default=[],
            help='Volume type(s) to use (name or ID) (required with '
                 '--volume-group-type; repeat for several)')
        source.add_argument(
            '--source-group', metavar='<source-group>',
            help='Existing volume group to use (name or ID) '
                 '(--os-volume-api-version 3.14 or greater)')
        source.add_argument(
            '--group-snapshot', metavar='<group-snapshot>',
            help='Existing group snapshot to use (name or ID) '
                 '(--os-volume-api-version 3.14 or greater)')
        parser.add_argument('--name', metavar='<name>',
                            help='Name of the volume group')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of the volume group')
        parser.add_argument(
            '--availability-zone', metavar='<availability-zone>',
            help='Availability zone for the volume group (not available '
                 'when creating the group from a source)')
        return parser

    def take_action(self, parsed_args):
        attrs = {key: getattr(parsed_args, key)
                 for key in ('name', 'description')
                 if getattr(parsed_args, key) is not None}
        if parsed_args.volume_group_type:
            volume = client(self.app, VERSION, "'volume group create'")
            if not parsed_args.volume_types:
                raise errors.UsageError(
                    '--volume-type is required when creating a group from '
                    'a group type')
            group_type = common.find_id(volume, 'group_type',
                                        parsed_args.volume_group_type)
            types = [common.find_id(volume, 'type', name, kind='volume type')
                     for name in parsed_args.volume_types]
            if parsed_args.availability_zone:
                attrs['availability_zone'] = parsed_args.availability_zone
            group = volume.create_group(group_type=group_type,
                                        volume_types=types, **attrs)
            return cols.show(volume.get_group(group.id), COLUMNS)
        if not (parsed_args.source_group or parsed_args.group_snapshot):
            raise errors.UsageError(
                'Give --volume-group-type (with --volume-type), '
                '--source-group or --group-snapshot')
        volume = client(self.app, '3.14',
                        "'volume group create --source-group/"
                        "--group-snapshot'")
        if parsed_args.availability_zone:
            LOG.warning('--availability-zone is ignored when creating a '
                        'group from a source')
        if parsed_args.source_group:
            attrs['source_group_id'] = find_group(
                volume, parsed_args.source_group).id
        else:
            attrs['group_snapshot_id'] = common.find_id(
                volume, 'group_snapshot', parsed_args.group_snapshot,
                kind='volume group snapshot')
        # The SDK's create_group_from_source sends the source it was not
        # given as null, which Cinder's schema refuses: posted here.
        response = volume.post('/groups/action',
                               json={'create-from-src': attrs})
        from openstack import exceptions as sdk_exceptions
        sdk_exceptions.raise_from_response(response)
        group_id = response.json()['group']['id']
        return cols.show(volume.get_group(group_id), COLUMNS)


class DeleteVolumeGroup(base.Command):
    """Delete a volume group (--os-volume-api-version 3.13 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Name or ID of volume group to delete')
        parser.add_argument(
            '--force', action='store_true', default=False,
            help='Delete the volume group even if it contains volumes; '
                 'this deletes those volumes too')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, VERSION, "'volume group delete'")
        group = find_group(volume, parsed_args.group)
        volume.delete_group(group, delete_volumes=parsed_args.force)


class SetVolumeGroup(base.ShowOne):
    """Update a volume group (--os-volume-api-version 3.13 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Name or ID of volume group')
        parser.add_argument('--name', metavar='<name>',
                            help='New name for group')
        parser.add_argument('--description', metavar='<description>',
                            help='New description for group')
        replication = parser.add_mutually_exclusive_group()
        replication.add_argument(
            '--enable-replication', action='store_true',
            dest='enable_replication', default=None,
            help='Enable replication for group (--os-volume-api-version '
                 '3.38 or greater)')
        replication.add_argument(
            '--disable-replication', action='store_false',
            dest='enable_replication',
            help='Disable replication for group (--os-volume-api-version '
                 '3.38 or greater)')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, VERSION, "'volume group set'")
        if parsed_args.enable_replication is not None:
            volume = client(self.app, '3.38', '--enable-replication'
                            if parsed_args.enable_replication
                            else '--disable-replication')
        group = find_group(volume, parsed_args.group)
        if parsed_args.enable_replication is True:
            volume.enable_group_replication(group)
        elif parsed_args.enable_replication is False:
            volume.disable_group_replication(group)
        changes = {key: getattr(parsed_args, key)
                   for key in ('name', 'description')
                   if getattr(parsed_args, key) is not None}
        if changes:
            volume.update_group(group, **changes)
        return cols.show(volume.get_group(group.id), COLUMNS)


class ListVolumeGroup(base.ResourceLister):
    """List volume groups (--os-volume-api-version 3.13 or greater)"""

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
        volume = client(self.app, VERSION, "'volume group list'")
        return volume.groups(all_projects=parsed_args.all_projects)


class ShowVolumeGroup(base.ShowOne):
    """Show detailed information for a volume group
    (--os-volume-api-version 3.13 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Name or ID of volume group')
        volumes = parser.add_mutually_exclusive_group()
        volumes.add_argument(
            '--volumes', action='store_true', dest='show_volumes',
            default=None,
            help='Show volumes included in the group '
                 '(--os-volume-api-version 3.25 or greater)')
        volumes.add_argument(
            '--no-volumes', action='store_false', dest='show_volumes',
            help='Do not show volumes included in the group '
                 '(--os-volume-api-version 3.25 or greater)')
        targets = parser.add_mutually_exclusive_group()
        targets.add_argument(
            '--replication-targets', action='store_true',
            dest='show_replication_targets', default=None,
            help='Show replication targets for the group '
                 '(--os-volume-api-version 3.38 or greater)')
        targets.add_argument(
            '--no-replication-targets', action='store_false',
            dest='show_replication_targets',
            help='Do not show replication targets for the group '
                 '(--os-volume-api-version 3.38 or greater)')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, VERSION, "'volume group show'")
        if parsed_args.show_volumes is not None:
            volume = client(self.app, '3.25', '--volumes'
                            if parsed_args.show_volumes else '--no-volumes')
        if parsed_args.show_replication_targets is not None:
            volume = client(self.app, '3.38', '--replication-targets'
                            if parsed_args.show_replication_targets
                            else '--no-replication-targets')
        group = find_group(volume, parsed_args.group)
        if parsed_args.show_volumes is not None:
            group = volume.get_group(group.id,
                                     list_volume=parsed_args.show_volumes)
        return cols.show(group, COLUMNS)


class FailoverVolumeGroup(base.Command):
    """Failover replication for a volume group (--os-volume-api-version 3.38
    or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Name or ID of volume group to failover')
        attached = parser.add_mutually_exclusive_group()
        attached.add_argument(
            '--allow-attached-volume', action='store_true',
            dest='allow_attached_volume', default=False,
            help='Allow group with attached volumes to be failed over')
        attached.add_argument(
            '--disallow-attached-volume', action='store_false',
            dest='allow_attached_volume',
            help='Disallow group with attached volumes to be failed over '
                 '(default)')
        parser.add_argument(
            '--secondary-backend-id', metavar='<backend_id>',
            help='Secondary backend ID')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, '3.38', "'volume group failover'")
        group = find_group(volume, parsed_args.group)
        volume.failover_group_replication(
            group, allowed_attached_volume=parsed_args.allow_attached_volume,
            secondary_backend_id=parsed_args.secondary_backend_id)


class _ChangeVolumes(base.Command):
    """Add or remove volumes: one group update with their IDs."""

    field = None
    verb = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Name or ID of volume group')
        parser.add_argument('volumes', metavar='<volume>', nargs='+',
                            help=f'Volume(s) to {self.verb} (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, VERSION, f"'volume group {self.verb} "
                                           "volume'")
        group = find_group(volume, parsed_args.group)
        ids = [common.find_id(volume, 'volume', name)
               for name in parsed_args.volumes]
        volume.update_group(group, **{self.field: ','.join(ids)})


class AddVolumesToGroup(_ChangeVolumes):
    """Add volume(s) to a volume group"""

    field = 'add_volumes'
    verb = 'add'


class RemoveVolumesFromGroup(_ChangeVolumes):
    """Remove volume(s) from a volume group"""

    field = 'remove_volumes'
    verb = 'remove'
