"""Consistency groups: create, delete, list, set, show, add/remove volume.

Cinder 29 still serves ``/consistencygroups``, on top of generic volume
groups of the ``default_cgsnapshot_type`` group type; new work should use
``volume group`` and ``volume group snapshot``. The backend driver must
support consistent group snapshots, or a new group ends in ``error``.
"""

import logging

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import ListColumn
from openstackclient.volume.v3 import common

LOG = logging.getLogger(__name__)

#: OSC labels ``show`` with the attribute names.
COLUMNS = tuple(
    Column(name, name, ListColumn if name == 'volume_types' else None)
    for name in ('availability_zone', 'created_at', 'description', 'id',
                 'name', 'status', 'volume_types'))


def find_consistency_group(volume, name_or_id):
    return common.find(volume, 'consistency_group', name_or_id)


def raw_list(volume, path, key, query):
    """List through the API directly: the SDK's resources refuse the
    filters (``all_tenants``, ``status``...) Cinder takes."""
    response = volume.get(path, params=query)
    _raise_for(response)
    return response.json().get(key) or []


def _raise_for(response):
    """Raise the SDK's HTTP error for a failed raw request."""
    from openstack import exceptions as sdk_exceptions
    sdk_exceptions.raise_from_response(response)


class CreateConsistencyGroup(base.ShowOne):
    """Create new consistency group"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', nargs='?',
                            help='Name of new consistency group (default: '
                                 'none)')
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument(
            '--volume-type', metavar='<volume-type>',
            help='Volume type of this consistency group (name or ID)')
        source.add_argument(
            '--source', '--consistency-group-source',
            metavar='<consistency-group>', dest='source',
            help='Existing consistency group (name or ID)')
        source.add_argument(
            '--snapshot', '--consistency-group-snapshot',
            metavar='<consistency-group-snapshot>', dest='snapshot',
            help='Existing consistency group snapshot (name or ID)')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of this consistency group')
        parser.add_argument(
            '--availability-zone', metavar='<availability-zone>',
            help='Availability zone for this consistency group (not '
                 'available when creating it from a source)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        attrs = {key: getattr(parsed_args, key)
                 for key in ('name', 'description')
                 if getattr(parsed_args, key) is not None}
        if parsed_args.volume_type:
            if parsed_args.availability_zone:
                attrs['availability_zone'] = parsed_args.availability_zone
            group = volume.create_consistency_group(
                volume_types=common.find_id(volume, 'type',
                                            parsed_args.volume_type,
                                            kind='volume type'),
                **attrs)
            return cols.show(group, COLUMNS)
        if parsed_args.availability_zone:
            LOG.warning('--availability-zone is ignored when creating a '
                        'consistency group from a source')
        if parsed_args.source:
            attrs['consistency_group'] = find_consistency_group(
                volume, parsed_args.source).id
        else:
            attrs['consistency_group_snapshot'] = common.find_id(
                volume, 'consistency_group_snapshot', parsed_args.snapshot)
        group = volume.create_consistency_group_from_source(**attrs)
        return cols.show(group, COLUMNS)


class DeleteConsistencyGroup(multi.MultiResourceAction):
    """Delete consistency group(s)"""

    resource = 'consistency group'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--force', action='store_true', default=False,
            help='Allow delete in state other than error or available')
        return parser

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        group = find_consistency_group(volume, name_or_id)
        # The SDK's delete sends a body Cinder's schema refuses
        # ('consistency_group' for 'consistencygroup'): posted here.
        response = volume.post(
            f'/consistencygroups/{group.id}/delete',
            json={'consistencygroup': {'force': parsed_args.force}})
        _raise_for(response)


class ListConsistencyGroup(base.ResourceLister):
    """List consistency groups"""

    columns = (
        Column('id', 'ID'),
        Column('status', 'Status'),
        Column('availability_zone', 'Availability Zone', long=True),
        Column('name', 'Name'),
        Column('description', 'Description', long=True),
        Column('volume_types', 'Volume Types', ListColumn, long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_all_projects_option(parser)
        return parser

    def list_resources(self, parsed_args):
        query = {'all_tenants': 1} if parsed_args.all_projects else {}
        return raw_list(common.client(self.app), '/consistencygroups/detail',
                        'consistencygroups', query)


class _ChangeVolumes(base.Command):
    """Add or remove volumes: one update with their IDs."""

    field = None
    verb = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('consistency_group',
                            metavar='<consistency-group>',
                            help='Consistency group (name or ID)')
        parser.add_argument('volumes', metavar='<volume>', nargs='+',
                            help=f'Volume(s) to {self.verb} (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        group = find_consistency_group(volume, parsed_args.consistency_group)
        ids = [common.find_id(volume, 'volume', name)
               for name in parsed_args.volumes]
        volume.update_consistency_group(group, **{self.field: ','.join(ids)})


class AddVolumeToConsistencyGroup(_ChangeVolumes):
    """Add volume(s) to consistency group"""

    field = 'add_volumes'
    verb = 'add'


class RemoveVolumeFromConsistencyGroup(_ChangeVolumes):
    """Remove volume(s) from consistency group"""

    field = 'remove_volumes'
    verb = 'remove'


class SetConsistencyGroup(base.Command):
    """Set consistency group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('consistency_group',
                            metavar='<consistency-group>',
                            help='Consistency group to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New consistency group name')
        parser.add_argument('--description', metavar='<description>',
                            help='New consistency group description')
        return parser

    def take_action(self, parsed_args):
        changes = {key: getattr(parsed_args, key)
                   for key in ('name', 'description')
                   if getattr(parsed_args, key) is not None}
        if not changes:
            return
        volume = common.client(self.app)
        group = find_consistency_group(volume, parsed_args.consistency_group)
        volume.update_consistency_group(group, **changes)


class ShowConsistencyGroup(base.ShowOne):
    """Display consistency group details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('consistency_group',
                            metavar='<consistency-group>',
                            help='Consistency group to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        group = find_consistency_group(common.client(self.app),
                                       parsed_args.consistency_group)
        return cols.show(group, COLUMNS)
