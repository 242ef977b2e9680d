"""volume migrate and volume revert."""

from openstackclient.cli import base
from openstackclient.volume.v3 import common


class MigrateVolume(base.Command):
    """Migrate volume to a new host"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume', metavar='<volume>',
                            help='Volume to migrate (name or ID)')
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument(
            '--host', metavar='<host>',
            help='Destination host (takes the form: host@backend-name#pool)')
        target.add_argument(
            '--cluster', metavar='<cluster>',
            help='Destination cluster to migrate the volume to (needs '
                 '--os-volume-api-version 3.16 or later)')
        parser.add_argument(
            '--force-host-copy', action='store_true',
            help='Enable generic host-based force-migration, which bypasses '
                 'driver optimizations')
        parser.add_argument(
            '--lock-volume', action='store_true',
            help='Lock the volume state, so that no other operation can '
                 'abort the migration')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.cluster:
            common.require(self.app, '3.16', 'volume migrate --cluster')
        volume = common.client(self.app)
        item = common.find(volume, 'volume', parsed_args.volume)
        volume.migrate_volume(
            item, host=parsed_args.host,
            force_host_copy=parsed_args.force_host_copy,
            lock_volume=parsed_args.lock_volume,
            cluster=parsed_args.cluster)


class VolumeRevertToSnapshot(base.Command):
    """Revert a volume to a snapshot"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'snapshot', metavar='<snapshot>',
            help='Snapshot to revert to (name or ID); it must be the '
                 "volume's most recent snapshot")
        return parser

    def take_action(self, parsed_args):
        common.require(self.app, '3.40', 'volume revert')
        volume = common.client(self.app)
        snapshot = common.find(volume, 'snapshot', parsed_args.snapshot)
        item = common.find(volume, 'volume', snapshot.volume_id)
        volume.revert_volume_to_snapshot(item, snapshot)
