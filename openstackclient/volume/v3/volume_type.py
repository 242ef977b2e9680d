"""Block storage v3 volume types: create, delete, list, set, show, unset.

A volume type names a kind of volume (a backend, QoS, encryption) through
its extra specs (``--property``); a private type is usable only by the
projects given access (``--project``).
"""

import logging

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.volume.v3 import common

LOG = logging.getLogger(__name__)

#: Fields of an encryption type that OSC does not show.
_ENCRYPTION_HIDDEN = ('id', 'location', 'name', 'deleted', 'created_at',
                      'updated_at', 'deleted_at', 'volume_type_id')

_PROVIDER_NEEDED = ("'--encryption-provider' should be specified while "
                    "creating a new encryption type")


class EncryptionColumn(cliff_columns.FormattableColumn):
    """An encryption type: ``key='value'`` pairs or ``-``; the dict (or
    null) for machines."""

    def human_readable(self):
        return cols.format_dict(self._value) if self._value else '-'

    def machine_readable(self):
        return self._value


def find_type(volume, name_or_id):
    """The volume type with this name or ID."""
    return common.find(volume, 'type', name_or_id, kind='volume type')


def encryption_fields(encryption):
    """The fields OSC shows of an SDK type encryption (no empty ones)."""
    data = encryption.to_dict(computed=False)
    return {key: value for key, value in data.items()
            if key not in _ENCRYPTION_HIDDEN and value is not None}


def type_fields(volume_type, extra=None):
    """``(labels, values)`` of a volume type, sorted, as OSC shows it."""
    data = volume_type.to_dict(computed=False)
    data.pop('location', None)
    data['properties'] = cols.DictColumn(data.pop('extra_specs', None) or {})
    data.update(extra or {})
    labels = tuple(sorted(data))
    return labels, tuple(data[label] for label in labels)


def _project_id(app, parsed_args):
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        parsed_args.project, parsed_args.project_domain)


def _add_project_options(parser, help):
    parser.add_argument('--project', metavar='<project>', help=help)
    parser.add_argument(
        '--project-domain', metavar='<project-domain>',
        help='Domain the project belongs to (name or ID). This can be '
             'used in case collisions between project names exist.')


def _add_public_options(parser, public_help, private_help, default=None):
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--public', dest='is_public', action='store_true',
                       default=default, help=public_help)
    group.add_argument('--private', dest='is_public', action='store_false',
                       default=default, help=private_help)


def _add_spec_aliases(parser, verb):
    parser.add_argument(
        '--multiattach', action='store_true',
        help=f"{verb} multi-attach (alias for "
             "'--property multiattach=<is> True')")
    parser.add_argument(
        '--cacheable', action='store_true',
        help=f"{verb} caching (alias for "
             "'--property cacheable=<is> True')")
    parser.add_argument(
        '--replicated', action='store_true',
        help=f"{verb} replication (alias for "
             "'--property replication_enabled=<is> True')")
    parser.add_argument(
        '--availability-zone', action='append', dest='availability_zones',
        metavar='<availability-zone>',
        help="Availability zone (alias for "
             "'--property RESKEY:availability_zones:<az>'; repeat option "
             "for several zones)")


def _specs(parsed_args):
    """The extra specs ``--property`` and its aliases give."""
    specs = dict(parsed_args.properties or {})
    if parsed_args.multiattach:
        specs['multiattach'] = '<is> True'
    if parsed_args.cacheable:
        specs['cacheable'] = '<is> True'
    if parsed_args.replicated:
        specs['replication_enabled'] = '<is> True'
    if parsed_args.availability_zones:
        specs['RESKEY:availability_zones'] = ','.join(
            parsed_args.availability_zones)
    return specs


def _add_encryption_options(parser):
    parser.add_argument(
        '--encryption-provider', metavar='<provider>',
        help='Encryption provider format (e.g. "luks" or "plain"); needed '
             'when the type has no encryption yet (admin only)')
    parser.add_argument(
        '--encryption-cipher', metavar='<cipher>',
        help='Encryption algorithm or mode (e.g. "aes-xts-plain64") '
             '(admin only)')
    parser.add_argument(
        '--encryption-key-size', metavar='<key-size>', type=int,
        help='Size of the encryption key (e.g. "128" or "256") '
             '(admin only)')
    parser.add_argument(
        '--encryption-control-location', metavar='<control-location>',
        choices=('front-end', 'back-end'),
        help='Where the encryption is done: "front-end" (default for a '
             'new encryption type) or "back-end" (admin only)')


def _encryption_args(parsed_args):
    values = {
        'provider': parsed_args.encryption_provider,
        'cipher': parsed_args.encryption_cipher,
        'key_size': parsed_args.encryption_key_size,
        'control_location': parsed_args.encryption_control_location,
    }
    return {key: value for key, value in values.items() if value is not None}


def _create_encryption(volume, volume_type, parsed_args):
    attrs = _encryption_args(parsed_args)
    if 'provider' not in attrs:
        raise errors.UsageError(_PROVIDER_NEEDED)
    attrs.setdefault('control_location', 'front-end')
    return volume.create_type_encryption(volume_type, **attrs)


class CreateVolumeType(base.ShowOne):
    """Create new volume type"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Volume type name')
        parser.add_argument('--description', metavar='<description>',
                            help='Volume type description')
        _add_public_options(parser,
                            'Volume type is accessible to the public',
                            'Volume type is not accessible to the public')
        properties.add_property_option(parser, what='volume type')
        _add_spec_aliases(parser, 'Enable')
        _add_project_options(
            parser, 'Allow <project> to access the private type (name or '
                    'ID) (must be used with --private)')
        _add_encryption_options(parser)
        return parser

    def take_action(self, parsed_args):
        if parsed_args.project and parsed_args.is_public is not False:
            raise errors.UsageError('--project is only allowed with '
                                    '--private')
        encrypt = _encryption_args(parsed_args)
        if encrypt and 'provider' not in encrypt:
            raise errors.UsageError(_PROVIDER_NEEDED)
        volume = common.client(self.app)
        attrs = {'name': parsed_args.name}
        if parsed_args.description is not None:
            attrs['description'] = parsed_args.description
        if parsed_args.is_public is not None:
            attrs['is_public'] = parsed_args.is_public
        specs = _specs(parsed_args)
        if specs:
            attrs['extra_specs'] = specs
        project_id = (_project_id(self.app, parsed_args)
                      if parsed_args.project else None)
        volume_type = volume.create_type(**attrs)
        extra = {}
        if project_id:
            volume.add_type_access(volume_type.id, project_id)
        if encrypt:
            encryption = _create_encryption(volume, volume_type, parsed_args)
            extra['encryption'] = cols.DictColumn(
                encryption_fields(encryption))
        return type_fields(volume_type, extra)


class DeleteVolumeType(multi.MultiResourceAction):
    """Delete volume type(s)"""

    resource = 'volume type'

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        volume.delete_type(find_type(volume, name_or_id),
                           ignore_missing=False)


def _encryption_by_type(volume, types):
    return {volume_type.id: encryption_fields(
        volume.get_type_encryption(volume_type.id)) for volume_type in types}


class ListVolumeType(base.Lister):
    """List volume types"""

    columns = (
        cols.Column('id', 'ID'),
        cols.Column('name', 'Name'),
        cols.Column('is_public', 'Is Public'),
        cols.Column('description', 'Description', long=True),
        cols.Column('extra_specs', 'Properties', cols.DictColumn, long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--default', action='store_true',
                           help='List the default volume type')
        group.add_argument('--public', dest='is_public',
                           action='store_true', default=None,
                           help='List only public types')
        group.add_argument('--private', dest='is_public',
                           action='store_false',
                           help='List only private types (admin only)')
        parser.add_argument(
            '--encryption-type', action='store_true',
            help='Display encryption information for each volume type '
                 '(admin only)')
        properties.add_property_option(
            parser, 'Filter by a property on the volume types (repeat '
                    'option to filter by several) '
                    '(supported by --os-volume-api-version 3.52 or above)')
        _add_spec_aliases(parser, 'List only volume types with')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        specs = _specs(parsed_args)
        if parsed_args.default:
            types = [volume.get_type('default')]
        else:
            if specs:
                common.require(self.app, '3.52',
                               '--property (or its aliases)')
            # Cinder lists public and private types for the string "none".
            is_public = ('none' if parsed_args.is_public is None
                         else parsed_args.is_public)
            types = [
                t for t in volume.types(is_public=is_public)
                if all((t.extra_specs or {}).get(key) == value
                       for key, value in specs.items())]
        specs_out = cols.select(self.columns, parsed_args.long)
        labels = cols.labels(specs_out)
        rows = [cols.row(t, specs_out) for t in types]
        if parsed_args.encryption_type:
            found = _encryption_by_type(volume, types)
            labels += ('Encryption',)
            rows = [row + (EncryptionColumn(found.get(t.id)),)
                    for row, t in zip(rows, types)]
        return labels, rows


def _update_type(volume, type_id, changes):
    """PUT the changes: the SDK sends ``is_public`` under its create-time
    name ``os-volume-type-access:is_public``, which Cinder's update
    refuses (HTTP 400)."""
    from openstack import exceptions

    response = volume.put(f'/types/{type_id}', raise_exc=False,
                          json={'volume_type': changes})
    exceptions.raise_from_response(response)


class SetVolumeType(base.Command):
    """Set volume type properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume_type', metavar='<volume-type>',
                            help='Volume type to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set volume type name')
        parser.add_argument('--description', metavar='<description>',
                            help='Set volume type description')
        properties.add_property_option(parser, what='volume type')
        _add_spec_aliases(parser, 'Enable')
        _add_project_options(
            parser, 'Set volume type access to project (name or ID) '
                    '(admin only)')
        _add_public_options(parser,
                            'Volume type is accessible to the public',
                            'Volume type is not accessible to the public')
        _add_encryption_options(parser)
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        volume_type = find_type(volume, parsed_args.volume_type)
        changes = {}
        if parsed_args.name:
            changes['name'] = parsed_args.name
        if parsed_args.description:
            changes['description'] = parsed_args.description
        if parsed_args.is_public is not None:
            changes['is_public'] = parsed_args.is_public
        if changes:
            _update_type(volume, volume_type.id, changes)
        specs = _specs(parsed_args)
        if specs:
            volume.update_type_extra_specs(volume_type.id, **specs)
        if parsed_args.project:
            volume.add_type_access(volume_type.id,
                                   _project_id(self.app, parsed_args))
        encrypt = _encryption_args(parsed_args)
        if encrypt:
            self._set_encryption(volume, volume_type, parsed_args, encrypt)

    def _set_encryption(self, volume, volume_type, parsed_args, encrypt):
        current = volume.get_type_encryption(volume_type.id)
        if current.encryption_id:
            volume.update_type_encryption(volume_type=volume_type, **encrypt)
            return
        if 'provider' not in encrypt:
            raise errors.UsageError(_PROVIDER_NEEDED)
        LOG.warning('No existing encryption type found, creating new '
                    'encryption type for this volume type ...')
        _create_encryption(volume, volume_type, parsed_args)


class ShowVolumeType(base.ShowOne):
    """Display volume type details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume_type', metavar='<volume-type>',
                            help='Volume type to display (name or ID)')
        parser.add_argument(
            '--encryption-type', action='store_true',
            help='Display encryption information of this volume type '
                 '(admin only)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        volume_type = find_type(volume, parsed_args.volume_type)
        access = None
        if not volume_type.is_public:
            access = cols.ListColumn(
                item['project_id']
                for item in volume.get_type_access(volume_type.id))
        extra = {'access_project_ids': access}
        if parsed_args.encryption_type:
            encryption = volume.get_type_encryption(volume_type.id)
            extra['encryption'] = cols.DictColumn(
                encryption_fields(encryption))
        return type_fields(volume_type, extra)


class UnsetVolumeType(base.Command):
    """Unset volume type properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume_type', metavar='<volume-type>',
                            help='Volume type to modify (name or ID)')
        parser.add_argument(
            '--property', metavar='<key>', action='append',
            dest='properties', default=[],
            help='Remove a property from this volume type (repeat option '
                 'to remove multiple properties)')
        _add_project_options(
            parser, 'Remove volume type access from project (name or ID) '
                    '(admin only)')
        parser.add_argument(
            '--encryption-type', action='store_true',
            help='Remove the encryption type for this volume type '
                 '(admin only)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        volume_type = find_type(volume, parsed_args.volume_type)
        if parsed_args.properties:
            volume.delete_type_extra_specs(volume_type.id,
                                           parsed_args.properties)
        if parsed_args.project:
            volume.remove_type_access(volume_type.id,
                                      _project_id(self.app, parsed_args))
        if parsed_args.encryption_type:
            volume.delete_type_encryption(volume_type=volume_type.id)
