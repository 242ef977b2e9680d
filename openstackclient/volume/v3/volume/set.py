"""volume set and volume unset: names, size, flags, type, properties."""

import logging

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import properties
from openstackclient.volume.v3 import _format
from openstackclient.volume.v3 import common
from openstackclient.volume.v3.volume.create import add_bootable_and_access

LOG = logging.getLogger(__name__)

STATES = ('available', 'error', 'creating', 'deleting', 'in-use',
          'attaching', 'detaching', 'error_deleting', 'maintenance')

_DB_ONLY = ('(admin only) (this changes only the state Cinder records, '
            'whatever the actual state; use with caution)')


def check_extend(app, volume, size):
    """Refuse an extend Cinder would refuse, as OSC does, before asking."""
    if size <= (volume.size or 0):
        raise errors.UsageError(
            f'New size must be greater than {volume.size} GB')
    if volume.status not in ('available', 'in-use'):
        raise errors.ConflictError(
            f'Volume is in {volume.status} state, it must be available or '
            'in-use before size can be extended.')
    if volume.status == 'in-use':
        common.require(app, '3.42', 'volume set --size (in-use volume)')


class SetVolume(base.Command):
    """Set volume properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume', metavar='<volume>',
                            help='Volume to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New volume name')
        parser.add_argument('--size', metavar='<size>', type=int,
                            help='Extend volume size in GB')
        parser.add_argument('--description', metavar='<description>',
                            help='New volume description')
        properties.add_property_option(
            parser, 'Set a property on this volume (repeat option to set '
                    'multiple properties)')
        parser.add_argument(
            '--no-property', action='store_true',
            help='Remove all properties from <volume> (specify both '
                 '--no-property and --property to remove the current '
                 'properties before setting new properties)')
        parser.add_argument(
            '--image-property', metavar='<key=value>',
            action=properties.KeyValueAction, dest='image_properties',
            help='Set an image property on this volume (repeat option to '
                 'set multiple image properties)')
        parser.add_argument(
            '--state', metavar='<state>', choices=STATES,
            help=f'New volume state ({", ".join(STATES)}) {_DB_ONLY}')
        attached = parser.add_mutually_exclusive_group()
        attached.add_argument(
            '--attached', action='store_true',
            help=f'Set volume attachment status to "attached" {_DB_ONLY}')
        attached.add_argument(
            '--detached', action='store_true',
            help=f'Set volume attachment status to "detached" {_DB_ONLY}')
        parser.add_argument('--type', metavar='<volume-type>',
                            help='New volume type (name or ID)')
        policy = parser.add_mutually_exclusive_group()
        policy.add_argument(
            '--migration-policy', metavar='<migration-policy>',
            choices=('never', 'on-demand'),
            help='Migration policy while re-typing volume ("never" or '
                 '"on-demand", default is "never") (only with --type)')
        policy.add_argument(
            '--retype-policy', metavar='<retype-policy>',
            choices=('never', 'on-demand'), dest='retype_policy',
            help='Older name of --migration-policy')
        add_bootable_and_access(parser, defaults=False)
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        policy = args.migration_policy or args.retype_policy
        if policy and not args.type:
            option = ('--migration-policy' if args.migration_policy
                      else '--retype-policy')
            LOG.warning("'%s' option will not work without '--type' "
                        'option', option)
        volume = common.client(self.app)
        item = common.find(volume, 'volume', args.volume)
        steps = _format.Steps(self.app,
                              'One or more of the set operations failed')
        if args.size:
            steps.run('set volume size', self._extend, volume, item,
                      args.size)
        if args.no_property:
            steps.run('clean volume properties',
                      volume.delete_volume_metadata, item)
        if args.properties:
            steps.run('set volume properties', volume.set_volume_metadata,
                      item, **args.properties)
        if args.image_properties:
            steps.run('set image properties',
                      volume.set_volume_image_metadata, item,
                      **args.image_properties)
        if args.state:
            steps.run('set volume state', volume.reset_volume_status, item,
                      status=args.state)
        if args.attached or args.detached:
            status = 'attached' if args.attached else 'detached'
            steps.run('set volume attach-status',
                      volume.reset_volume_status, item,
                      attach_status=status)
        if args.bootable is not None:
            steps.run('set volume bootable property',
                      volume.set_volume_bootable_status, item, args.bootable)
        if args.read_only is not None:
            steps.run('set volume read-only access mode flag',
                      volume.set_volume_readonly, item, args.read_only)
        if args.type:
            steps.run('set volume type', self._retype, volume, item,
                      args.type, policy or 'never')
        changes = {key: value for key, value in
                   (('name', args.name), ('description', args.description))
                   if value}
        if changes:
            steps.run('update volume name or description',
                      volume.update_volume, item, **changes)
        steps.finish()

    def _extend(self, volume, item, size):
        check_extend(self.app, item, size)
        volume.extend_volume(item, size)

    def _retype(self, volume, item, type_name, policy):
        new_type = common.find(volume, 'type', type_name, kind='volume type')
        volume.retype_volume(item, new_type, policy)


class UnsetVolume(base.Command):
    """Unset volume properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume', metavar='<volume>',
                            help='Volume to modify (name or ID)')
        parser.add_argument(
            '--property', metavar='<key>', action='append',
            dest='properties', default=[],
            help='Remove a property from volume (repeat option to remove '
                 'multiple properties)')
        parser.add_argument(
            '--image-property', metavar='<key>', action='append',
            dest='image_properties', default=[],
            help='Remove an image property from volume (repeat option to '
                 'remove multiple image properties)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        item = common.find(volume, 'volume', parsed_args.volume)
        steps = _format.Steps(self.app,
                              'One or more of the unset operations failed')
        if parsed_args.properties:
            steps.run('unset volume properties',
                      volume.delete_volume_metadata, item,
                      keys=parsed_args.properties)
        if parsed_args.image_properties:
            steps.run('unset image properties',
                      volume.delete_volume_image_metadata, item,
                      keys=parsed_args.image_properties)
        steps.finish()
