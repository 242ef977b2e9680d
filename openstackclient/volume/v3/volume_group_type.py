"""Volume group types: create, delete, list, set, show, unset (3.11+).

A group type says what a volume group is for; its group specs
(``--property``, e.g. ``consistent_group_snapshot_enabled``) are what
schedulers and drivers read.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import DictColumn
from openstackclient.volume.v3 import common

VERSION = '3.11'

COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('is_public', 'Is Public'),
    Column('group_specs', 'Properties', DictColumn),
)


def client(app, command):
    """The proxy, once the cloud is known to serve group types."""
    return common.client_at(app, VERSION, f"'volume group type {command}'")


def find_group_type(volume, name_or_id):
    return common.find(volume, 'group_type', name_or_id,
                       kind='volume group type')


def add_visibility_options(parser, what):
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--public', dest='is_public', action='store_true',
                       default=None,
                       help=f'{what} public (available to all projects)')
    group.add_argument('--private', dest='is_public', action='store_false',
                       help=f'{what} private (available only to the '
                            'current project)')


class CreateVolumeGroupType(base.ShowOne):
    """Create a volume group type (--os-volume-api-version 3.11 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of new volume group type')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of the volume group type')
        add_visibility_options(parser, 'Make the volume group type')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'create')
        attrs = {'name': parsed_args.name,
                 'is_public': parsed_args.is_public is not False}
        if parsed_args.description is not None:
            attrs['description'] = parsed_args.description
        return cols.show(volume.create_group_type(**attrs), COLUMNS)


class DeleteVolumeGroupType(multi.MultiResourceAction):
    """Delete volume group type(s) (--os-volume-api-version 3.11 or greater)"""

    resource = 'volume group type'
    metavar = '<group_type>'

    def prepare(self, parsed_args):
        self.volume = client(self.app, 'delete')

    def act(self, parsed_args, name_or_id):
        group_type = find_group_type(self.volume, name_or_id)
        self.volume.delete_group_type(group_type, ignore_missing=False)


class ListVolumeGroupType(base.ResourceLister):
    """List volume group types (--os-volume-api-version 3.11 or greater)"""

    columns = (
        Column('id', 'ID'),
        Column('name', 'Name'),
        Column('is_public', 'Is Public'),
        Column('group_specs', 'Group Specs', DictColumn),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--default', action='store_true',
                            dest='show_default',
                            help='List the default volume group type')
        return parser

    def list_resources(self, parsed_args):
        volume = client(self.app, 'list')
        if parsed_args.show_default:
            return [volume.get_group_type('default')]
        return volume.group_types()


class SetVolumeGroupType(base.ShowOne):
    """Update a volume group type (--os-volume-api-version 3.11 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group_type', metavar='<group_type>',
                            help='Name or ID of volume group type')
        parser.add_argument('--name', metavar='<name>',
                            help='New name for volume group type')
        parser.add_argument('--description', metavar='<description>',
                            help='New description for volume group type')
        add_visibility_options(parser, 'Make the volume group type')
        properties.add_property_option(
            parser, 'Property to add or modify for this volume group type '
            '(repeat option to set multiple properties)', allow_clear=True)
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'set')
        group_type = find_group_type(volume, parsed_args.group_type)
        changes = {key: getattr(parsed_args, key)
                   for key in ('name', 'description', 'is_public')
                   if getattr(parsed_args, key) is not None}
        if changes:
            volume.update_group_type(group_type, **changes)
        to_set, to_delete = properties.changes(
            group_type.group_specs, parsed_args.properties,
            clear=parsed_args.no_property)
        for key in to_delete:
            volume.delete_group_type_group_specs_property(group_type, key)
        if to_set:
            volume.create_group_type_group_specs(group_type, to_set)
        return cols.show(volume.get_group_type(group_type.id), COLUMNS)


class UnsetVolumeGroupType(base.ShowOne):
    """Unset properties of a volume group type (--os-volume-api-version 3.11
    or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group_type', metavar='<group_type>',
                            help='Name or ID of volume group type')
        properties.add_property_option(parser, what='volume group type',
                                       unset=True)
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'unset')
        group_type = find_group_type(volume, parsed_args.group_type)
        _, to_delete = properties.changes(group_type.group_specs,
                                          unset_keys=parsed_args.properties)
        for key in to_delete:
            volume.delete_group_type_group_specs_property(group_type, key)
        return cols.show(volume.get_group_type(group_type.id), COLUMNS)


class ShowVolumeGroupType(base.ShowOne):
    """Show detailed information for a volume group type
    (--os-volume-api-version 3.11 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group_type', metavar='<group_type>',
                            help='Name or ID of volume group type')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'show')
        return cols.show(find_group_type(volume, parsed_args.group_type),
                         COLUMNS)
