"""Volume backups: create, delete, list, restore, set, show, unset, and
``volume backup record export/import``.

A backup copies a volume (or one of its snapshots) to the backup service
(cinder-backup); ``restore`` writes it back into a new or an existing
volume. The record commands move a backup's metadata between clouds that
share the backup store.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli import properties
from openstackclient.cli import wait
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import DictColumn
from openstackclient.volume.v3 import common

STATUSES = ('creating', 'available', 'deleting', 'error', 'restoring',
            'error_restoring')

CREATE_COLUMNS = (
    Column('id', 'id'),
    Column('name', 'name'),
    Column('volume_id', 'volume_id'),
)

#: OSC labels ``backup show`` with the attribute names.
SHOW_COLUMNS = tuple(Column(name, name, DictColumn if name == 'metadata'
                            else None) for name in (
    'availability_zone', 'container', 'created_at', 'data_timestamp',
    'description', 'encryption_key_id', 'fail_reason',
    'has_dependent_backups', 'id', 'is_incremental', 'metadata', 'name',
    'object_count', 'project_id', 'size', 'snapshot_id', 'status',
    'updated_at', 'user_id', 'volume_id'))

RESTORE_COLUMNS = (
    Column('id', 'id'),
    Column('volume_id', 'volume_id'),
    Column('volume_name', 'volume_name'),
)


def find_backup(volume, name_or_id):
    """The backup with this name or ID."""
    return common.find(volume, 'backup', name_or_id)


def project_id(app, name_or_id):
    """The ID of the named project (identity lookup), or None."""
    if name_or_id is None:
        return None
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        name_or_id)


class CreateVolumeBackup(base.ShowOne):
    """Create new volume backup"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume', metavar='<volume>',
                            help='Volume to backup (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Name of the backup')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of the backup')
        parser.add_argument('--container', metavar='<container>',
                            help='Optional backup container name')
        parser.add_argument('--snapshot', metavar='<snapshot>',
                            help='Snapshot to backup (name or ID)')
        parser.add_argument('--force', action='store_true', default=False,
                            help='Allow to back up an in-use volume')
        parser.add_argument('--incremental', action='store_true',
                            default=False,
                            help='Perform an incremental backup')
        parser.add_argument('--no-incremental', action='store_false',
                            dest='incremental',
                            help='Do not perform an incremental backup '
                                 '(default)')
        properties.add_property_option(
            parser, 'Set a property on this backup (repeat option to set '
            'multiple properties) (--os-volume-api-version 3.43 or greater)')
        parser.add_argument(
            '--availability-zone', metavar='<zone-name>',
            help='AZ where the backup should be stored; by default it will '
                 'be the same as the source (--os-volume-api-version 3.51 '
                 'or greater)')
        wait.add_wait_option(parser, 'the backup to become available')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        attrs = {}
        if parsed_args.properties:
            common.require(self.app, '3.43', '--property')
            attrs['metadata'] = parsed_args.properties
        if parsed_args.availability_zone:
            common.require(self.app, '3.51', '--availability-zone')
            attrs['availability_zone'] = parsed_args.availability_zone
        source = common.find(volume, 'volume', parsed_args.volume)
        if parsed_args.snapshot:
            attrs['snapshot_id'] = common.find_id(
                volume, 'snapshot', parsed_args.snapshot)
        for name in ('name', 'description', 'container'):
            if getattr(parsed_args, name) is not None:
                attrs[name] = getattr(parsed_args, name)
        backup = volume.create_backup(
            volume_id=source.id, force=parsed_args.force,
            is_incremental=parsed_args.incremental, **attrs)
        if parsed_args.wait:
            backup = wait.wait_for_status(
                lambda: volume.get_backup(backup.id), target=('available',),
                failure=('error',), timeout=parsed_args.wait_timeout,
                stream=self.app.stderr, label=f'backup {backup.id}')
        return cols.show(backup, CREATE_COLUMNS)


class DeleteVolumeBackup(multi.MultiResourceAction):
    """Delete volume backup(s)"""

    resource = 'backup'
    metavar = '<backup>'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--force', action='store_true', default=False,
            help='Allow delete in state other than error or available')
        return parser

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        backup = find_backup(volume, name_or_id)
        volume.delete_backup(backup, ignore_missing=False,
                             force=parsed_args.force)


class ListVolumeBackup(base.ResourceLister):
    """List volume backups"""

    columns = (
        Column('id', 'ID'),
        Column('name', 'Name'),
        Column('description', 'Description'),
        Column('status', 'Status'),
        Column('size', 'Size'),
        Column('is_incremental', 'Incremental'),
        Column('created_at', 'Created At'),
        Column('availability_zone', 'Availability Zone', long=True),
        Column('volume_name', 'Volume', long=True),
        Column('container', 'Container', long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--project', metavar='<project>',
            help='Filter results by project (name or ID) (admin only)')
        parser.add_argument('--name', metavar='<name>',
                            help='Filters results by the backup name')
        parser.add_argument(
            '--status', metavar='<status>', choices=STATUSES,
            help='Filters results by the backup status, one of: '
                 + ', '.join(STATUSES))
        parser.add_argument(
            '--volume', metavar='<volume>',
            help='Filters results by the volume which they backup '
                 '(name or ID)')
        pagination.add_options(parser, limit_type=multi.positive_int)
        common.add_all_projects_option(parser)
        return parser

    def list_resources(self, parsed_args):
        volume = common.client(self.app)
        query = {}
        for name in ('name', 'status', 'limit', 'max_items'):
            if getattr(parsed_args, name) is not None:
                query[name] = getattr(parsed_args, name)
        if parsed_args.project:
            query['project_id'] = project_id(self.app, parsed_args.project)
        if parsed_args.project or parsed_args.all_projects:
            query['all_projects'] = True
        if parsed_args.volume:
            try:
                query['volume_id'] = common.find_id(volume, 'volume',
                                                    parsed_args.volume)
            except errors.NotFoundError:
                # A deleted volume's backups are still worth listing.
                query['volume_id'] = parsed_args.volume
        if parsed_args.marker:
            query['marker'] = find_backup(volume, parsed_args.marker).id
        backups = list(volume.backups(**query))
        if not parsed_args.long:
            return backups
        names = {vol.id: vol.name for vol in volume.volumes(
            all_projects=bool(query.get('all_projects')))}
        return [_with_volume_name(backup, names) for backup in backups]


def _with_volume_name(backup, names):
    """The backup as a dict, ``volume_name`` the volume's name if known."""
    data = backup.to_dict(computed=False)
    data['volume_name'] = names.get(backup.volume_id) or backup.volume_id
    return data


class RestoreVolumeBackup(base.ShowOne):
    """Restore volume backup"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('backup', metavar='<backup>',
                            help='Backup to restore (name or ID)')
        parser.add_argument(
            'volume', metavar='<volume>', nargs='?',
            help='Volume to restore to (name or ID for an existing volume, '
                 'name only for a new volume) (default: a new volume)')
        parser.add_argument(
            '--force', action='store_true',
            help='Restore the backup to an existing volume, overwriting it')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        backup = find_backup(volume, parsed_args.backup)
        target_id = new_name = None
        if parsed_args.volume is not None:
            try:
                target_id = common.find_id(volume, 'volume',
                                           parsed_args.volume)
            except errors.NotFoundError:
                new_name = parsed_args.volume
            else:
                if not parsed_args.force:
                    raise errors.CommandError(
                        f"Volume '{parsed_args.volume}' already exists; to "
                        'restore the backup onto it, give --force')
        restored = volume.restore_backup(backup, volume=target_id,
                                         name=new_name)
        return cols.show(restored, RESTORE_COLUMNS)


class SetVolumeBackup(base.Command):
    """Set volume backup properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('backup', metavar='<backup>',
                            help='Backup to modify (name or ID)')
        parser.add_argument(
            '--name', metavar='<name>',
            help='New backup name (--os-volume-api-version 3.9 or greater)')
        parser.add_argument(
            '--description', metavar='<description>',
            help='New backup description (--os-volume-api-version 3.9 or '
                 'greater)')
        parser.add_argument(
            '--state', metavar='<state>', choices=('available', 'error'),
            help='New backup state ("available" or "error") (admin only; '
                 'changes only the state recorded in the database)')
        properties.add_property_option(
            parser, 'Set a property on this backup (repeat option to set '
            'multiple properties) (--os-volume-api-version 3.43 or greater)',
            allow_clear=True)
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        changes = {}
        for name in ('name', 'description'):
            if getattr(parsed_args, name) is not None:
                common.require(self.app, '3.9', f'--{name}')
                changes[name] = getattr(parsed_args, name)
        if parsed_args.no_property or parsed_args.properties:
            common.require(self.app, '3.43', '--no-property'
                           if parsed_args.no_property else '--property')
        backup = find_backup(volume, parsed_args.backup)
        if parsed_args.no_property or parsed_args.properties:
            changes['metadata'] = properties.from_args(backup.metadata,
                                                       parsed_args)
        if parsed_args.state:
            volume.reset_backup_status(backup, status=parsed_args.state)
        if changes:
            volume.update_backup(backup, **changes)


class UnsetVolumeBackup(base.Command):
    """Unset volume backup properties (--os-volume-api-version 3.43 or
    greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('backup', metavar='<backup>',
                            help='Backup to modify (name or ID)')
        properties.add_property_option(parser, what='backup', unset=True)
        return parser

    def take_action(self, parsed_args):
        if not parsed_args.properties:
            return
        common.require(self.app, '3.43', '--property')
        volume = common.client(self.app)
        backup = find_backup(volume, parsed_args.backup)
        remaining = properties.from_args(backup.metadata, parsed_args,
                                         unset=True)
        if remaining != (backup.metadata or {}):
            volume.update_backup(backup, metadata=remaining)


class ShowVolumeBackup(base.ShowOne):
    """Display volume backup details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('backup', metavar='<backup>',
                            help='Backup to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        backup = find_backup(common.client(self.app), parsed_args.backup)
        return cols.show(backup, SHOW_COLUMNS)


class ExportBackupRecord(base.ShowOne):
    """Export volume backup details.

    Backup information can be imported into a new service instance to be
    able to restore.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('backup', metavar='<backup>',
                            help='Backup to export (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        backup = find_backup(volume, parsed_args.backup)
        record = dict(volume.export_backup(backup)['backup-record'])
        if parsed_args.formatter == 'table':
            # OSC's friendlier labels for people; machines get Cinder's keys.
            record['Backup Service'] = record.pop('backup_service')
            record['Metadata'] = record.pop('backup_url')
        return tuple(zip(*sorted(record.items()))) or ((), ())


class ImportBackupRecord(base.ShowOne):
    """Import volume backup details.

    Exported backup details contain the metadata necessary to restore to a
    new or rebuilt service instance.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('backup_service', metavar='<backup_service>',
                            help='Backup service containing the backup')
        parser.add_argument('backup_metadata', metavar='<backup_metadata>',
                            help='Encoded backup metadata from export')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        # The SDK's import_backup posts to the wrong URL, so this one
        # request is made here.
        response = volume.post('/backups/import_record', json={
            'backup-record': {'backup_service': parsed_args.backup_service,
                              'backup_url': parsed_args.backup_metadata}})
        _raise_for(response)
        data = dict(response.json().get('backup') or {})
        data.pop('links', None)
        return tuple(zip(*sorted(data.items()))) or ((), ())


def _raise_for(response):
    """Raise the SDK's HTTP error for a failed raw request."""
    from openstack import exceptions as sdk_exceptions
    sdk_exceptions.raise_from_response(response)
