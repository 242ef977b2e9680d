"""Block storage v3 volume snapshots: create, delete, list, set, show, unset.

A snapshot is a point-in-time copy of a volume, kept by the volume's
backend; new volumes can be made from it and its volume reverted to it.
"""

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli import properties
from openstackclient.cli import wait
from openstackclient.cli.columns import Column, DictColumn
from openstackclient.volume.v3 import _format
from openstackclient.volume.v3 import common

STATES = ('available', 'error', 'creating', 'deleting', 'error_deleting')


class VolumeIdColumn(cliff_columns.FormattableColumn):
    """The volume's name for people (when known); its ID for machines."""

    def __init__(self, value, names=None):
        super().__init__(value)
        self._names = names or {}

    def human_readable(self):
        return self._names.get(self._value) or self._value or ''


COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('status', 'Status'),
    Column('size', 'Size'),
    Column('created_at', 'Created At', long=True),
    Column('volume_id', 'Volume', VolumeIdColumn, long=True),
    Column('metadata', 'Properties', DictColumn, long=True),
)


def find_snapshot(volume, name_or_id):
    """The snapshot with this name or ID."""
    return common.find(volume, 'snapshot', name_or_id)


class CreateVolumeSnapshot(base.ShowOne):
    """Create new volume snapshot"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('snapshot_name', metavar='<snapshot-name>',
                            help='Name of the new snapshot')
        parser.add_argument(
            '--volume', metavar='<volume>',
            help='Volume to snapshot (name or ID) (default is '
                 '<snapshot-name>)')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of the snapshot')
        parser.add_argument(
            '--force', action='store_true', default=False,
            help='Allow snapshot of in-use (attached) volume (only needed '
                 'before microversion 3.66; ignored from 3.66)')
        properties.add_property_option(
            parser, 'Set a property to this snapshot (repeat option to set '
                    'multiple properties)')
        parser.add_argument(
            '--remote-source', metavar='<key=value>',
            action=properties.KeyValueAction,
            help='The attribute(s) of the existing remote volume snapshot '
                 'to manage (admin required) (repeat option to specify '
                 "multiple attributes, e.g. '--remote-source "
                 "source-name=test_name')")
        wait.add_wait_option(parser, 'the snapshot to become available')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        volume = common.client(self.app)
        volume_id = common.find(volume, 'volume',
                                args.volume or args.snapshot_name).id
        attrs = {'volume_id': volume_id, 'name': args.snapshot_name}
        if args.description is not None:
            attrs['description'] = args.description
        if args.properties:
            attrs['metadata'] = args.properties
        if args.remote_source:
            snapshot = volume.manage_snapshot(ref=args.remote_source,
                                              **attrs)
        else:
            if not common.supports(self.app, '3.66'):
                attrs['force'] = args.force
            snapshot = volume.create_snapshot(**attrs)
        if args.wait:
            snapshot = _format.wait_until_available(
                lambda: volume.get_snapshot(snapshot.id),
                f'snapshot {args.snapshot_name}', args, self.app.stderr,
                explain=lambda: _format.failure_reason(volume, snapshot.id))
        return _format.snapshot_fields(snapshot)


class DeleteVolumeSnapshot(multi.MultiResourceAction):
    """Delete volume snapshot(s)"""

    resource = 'snapshot'
    verb, past = 'delete', 'deleted'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--force', action='store_true',
            help='Attempt forced removal of snapshot(s), regardless of '
                 'state (defaults to False)')
        parser.add_argument(
            '--remote', action='store_true',
            help='Unmanage the snapshot(s): Cinder forgets them, the '
                 'backend keeps them')
        return parser

    def prepare(self, parsed_args):
        if parsed_args.remote and parsed_args.force:
            raise errors.UsageError(
                'The --force option is not supported with the --remote '
                'parameter.')

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        snapshot = find_snapshot(volume, name_or_id)
        if parsed_args.remote:
            volume.unmanage_snapshot(snapshot)
            return
        volume.delete_snapshot(snapshot, ignore_missing=False,
                               force=parsed_args.force)


class ListVolumeSnapshot(base.ResourceLister):
    """List volume snapshots"""

    columns = COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_all_projects_option(parser)
        _format.add_project_option(parser)
        parser.add_argument('--name', metavar='<name>',
                            help='Filters results by a name')
        parser.add_argument(
            '--status', metavar='<status>', choices=STATES,
            help=f'Filters results by a status ({", ".join(STATES)})')
        parser.add_argument('--volume', metavar='<volume>',
                            help='Filters results by a volume (name or ID)')
        pagination.add_options(parser)
        return parser

    def list_resources(self, parsed_args):
        args = parsed_args
        volume = common.client(self.app)
        project_id, _ = _format.project_and_user_ids(self.app, args)
        query = pagination.query(args)
        if args.volume:
            query['volume_id'] = common.find(volume, 'volume', args.volume).id
        for key, value in (('name', args.name), ('status', args.status),
                           ('project_id', project_id)):
            if value:
                query[key] = value
        return volume.snapshots(
            all_projects=bool(args.project) or args.all_projects, **query)

    def volume_names(self):
        """``{volume ID: name}`` for the Volume column; {} on trouble."""
        try:
            return {v.id: v.name
                    for v in common.client(self.app).volumes(details=False)}
        except Exception:   # noqa: BLE001 - names are a nicety, as in OSC
            return {}

    def take_action(self, parsed_args):
        specs = self.get_columns(parsed_args)
        snapshots = list(self.list_resources(parsed_args))
        if parsed_args.long:
            names = self.volume_names()
            specs = [Column(s.attr, s.label,
                            lambda v, n=names: VolumeIdColumn(v, n), s.long)
                     if s.label == 'Volume' else s for s in specs]
        return cols.labels(specs), (cols.row(s, specs) for s in snapshots)


class SetVolumeSnapshot(base.Command):
    """Set volume snapshot properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('snapshot', metavar='<snapshot>',
                            help='Snapshot to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New snapshot name')
        parser.add_argument('--description', metavar='<description>',
                            help='New snapshot description')
        parser.add_argument(
            '--no-property', action='store_true',
            help='Remove all properties from <snapshot> (specify both '
                 '--no-property and --property to remove the current '
                 'properties before setting new properties)')
        properties.add_property_option(
            parser, 'Property to add/change for this snapshot (repeat '
                    'option to set multiple properties)')
        parser.add_argument(
            '--state', metavar='<state>', choices=STATES,
            help=f'New snapshot state ({", ".join(STATES)}) (admin only) '
                 '(this changes only the state Cinder records, whatever '
                 'the actual state; use with caution)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        volume = common.client(self.app)
        snapshot = find_snapshot(volume, args.snapshot)
        steps = _format.Steps(self.app,
                              'One or more of the set operations failed')
        if args.no_property and snapshot.metadata:
            steps.run('clean snapshot properties',
                      volume.delete_snapshot_metadata, snapshot,
                      keys=list(snapshot.metadata))
        if args.properties:
            steps.run('set snapshot property', volume.set_snapshot_metadata,
                      snapshot, **args.properties)
        if args.state:
            steps.run('set snapshot state', volume.reset_snapshot_status,
                      snapshot, args.state)
        changes = {key: value for key, value in
                   (('name', args.name), ('description', args.description))
                   if value}
        if changes:
            steps.run('update snapshot name or description',
                      volume.update_snapshot, snapshot, **changes)
        steps.finish()


class ShowVolumeSnapshot(base.ShowOne):
    """Display volume snapshot details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('snapshot', metavar='<snapshot>',
                            help='Snapshot to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        snapshot = find_snapshot(common.client(self.app),
                                 parsed_args.snapshot)
        return _format.snapshot_fields(snapshot)


class UnsetVolumeSnapshot(base.Command):
    """Unset volume snapshot properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('snapshot', metavar='<snapshot>',
                            help='Snapshot to modify (name or ID)')
        parser.add_argument(
            '--property', metavar='<key>', action='append',
            dest='properties', default=[],
            help='Property to remove from snapshot (repeat option to '
                 'remove multiple properties)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        snapshot = find_snapshot(volume, parsed_args.snapshot)
        if parsed_args.properties:
            volume.delete_snapshot_metadata(snapshot,
                                            keys=parsed_args.properties)
