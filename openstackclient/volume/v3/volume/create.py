"""volume create: a new volume (empty, or from an image, snapshot, volume
or backup), or an existing backend volume taken under management."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import properties
from openstackclient.cli import wait
from openstackclient.volume.v3 import _format
from openstackclient.volume.v3 import common

_APPEND_HINTS = ('same_host', 'different_host')


class HintAction(properties.KeyValueAction):
    """``--hint key=value``: ``same_host``/``different_host`` collect a
    list when repeated, other keys keep the last value (as OSC)."""

    def __call__(self, parser, namespace, values, option_string=None):
        key, sep, value = values.partition('=')
        if not sep or not key:
            parser.error(
                f"{option_string}: expected <key=value>, got '{values}'")
        current = dict(getattr(namespace, self.dest, None) or {})
        if key in _APPEND_HINTS:
            current[key] = list(current.get(key, [])) + [value]
        else:
            current[key] = value
        setattr(namespace, self.dest, current)


def add_toggle(parser, on, off, dest, on_help, off_help):
    group = parser.add_mutually_exclusive_group()
    group.add_argument(on, dest=dest, action='store_true', default=None,
                       help=on_help)
    group.add_argument(off, dest=dest, action='store_false', default=None,
                       help=off_help)


def add_bootable_and_access(parser, defaults=True):
    """``--bootable/--non-bootable`` and ``--read-only/--read-write``."""
    suffix = ' (default)' if defaults else ''
    add_toggle(parser, '--bootable', '--non-bootable', 'bootable',
               'Mark volume as bootable',
               'Mark volume as non-bootable' + suffix)
    add_toggle(parser, '--read-only', '--read-write', 'read_only',
               'Set volume to read-only access mode',
               'Set volume to read-write access mode' + suffix)


class CreateVolume(base.ShowOne):
    """Create new volume"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', nargs='?',
                            help='Volume name')
        parser.add_argument(
            '--size', metavar='<size>', type=int,
            help='Volume size in GB (required unless --snapshot, --source, '
                 '--backup or --remote-source is given)')
        parser.add_argument('--type', metavar='<volume-type>',
                            help='Set the type of volume')
        source = parser.add_mutually_exclusive_group()
        source.add_argument(
            '--image', metavar='<image>',
            help='Use <image> as source of volume (name or ID)')
        source.add_argument(
            '--snapshot', metavar='<snapshot>',
            help='Use <snapshot> as source of volume (name or ID)')
        source.add_argument('--source', metavar='<volume>',
                            help='Volume to clone (name or ID)')
        source.add_argument(
            '--backup', metavar='<backup>',
            help='Restore backup to a volume (name or ID) (needs '
                 '--os-volume-api-version 3.47 or later)')
        source.add_argument(
            '--remote-source', metavar='<key=value>',
            action=properties.KeyValueAction,
            help='The attribute(s) of the existing remote volume to manage '
                 '(admin required) (repeat option to specify multiple '
                 "attributes, e.g. '--remote-source source-name=test_name')")
        parser.add_argument('--description', metavar='<description>',
                            help='Volume description')
        parser.add_argument('--availability-zone',
                            metavar='<availability-zone>',
                            help='Create volume in <availability-zone>')
        parser.add_argument(
            '--consistency-group', metavar='<consistency-group>',
            help='Consistency group where the new volume belongs to')
        properties.add_property_option(
            parser, 'Set a property to this volume '
                    '(repeat option to set multiple properties)')
        parser.add_argument(
            '--hint', metavar='<key=value>', action=HintAction,
            help='Arbitrary scheduler hint key-value pairs to help creating '
                 "a volume (repeat option to set multiple hints; "
                 "'same_host' and 'different_host' collect their values, "
                 'other keys take the last one)')
        add_bootable_and_access(parser)
        parser.add_argument(
            '--host', metavar='<host>',
            help='Cinder host on which the existing volume resides '
                 '(host@backend-name#pool); only with --remote-source')
        parser.add_argument(
            '--cluster', metavar='<cluster>',
            help='Cinder cluster on which the existing volume resides '
                 '(cluster@backend-name#pool); only with --remote-source '
                 '(needs --os-volume-api-version 3.16 or later)')
        wait.add_wait_option(parser, 'the volume to become available')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if args.size is None and not (args.snapshot or args.source
                                      or args.backup or args.remote_source):
            raise errors.UsageError(
                '--size is a required option if none of --snapshot, '
                '--backup, --source, or --remote-source are provided.')
        if (args.host or args.cluster) and not args.remote_source:
            raise errors.UsageError(
                'The --host and --cluster options are only supported with '
                'the --remote-source parameter.')
        volume = common.client(self.app)
        if args.remote_source:
            created = self._manage(volume, args)
        else:
            created = volume.create_volume(**self._attrs(volume, args))
        label = f"volume {args.name or created.id}"

        def fetch():
            return volume.get_volume(created.id)

        flags = not args.remote_source and (
            args.bootable is not None or args.read_only is not None)
        if args.wait or flags:
            # Cinder accepts the flags only once the volume is available.
            created = _format.wait_until_available(
                fetch, label, args, self.app.stderr,
                explain=lambda: _format.failure_reason(volume, created.id))
        if flags:
            steps = _format.Steps(self.app, 'The volume was created, but '
                                  'setting its flags failed')
            if args.bootable is not None:
                steps.run('set volume bootable property',
                          volume.set_volume_bootable_status, created,
                          args.bootable)
            if args.read_only is not None:
                steps.run('set volume read-only access mode flag',
                          volume.set_volume_readonly, created,
                          args.read_only)
            steps.finish()
            created = fetch()
        return _format.volume_fields(created)

    def _attrs(self, volume, args):
        """The create_volume arguments for a new volume."""
        size = args.size
        attrs = {}
        if args.backup:
            common.require(self.app, '3.47', 'volume create --backup')
            backup = common.find(volume, 'backup', args.backup)
            attrs['backup_id'] = backup.id
            size = max(size or 0, backup.size or 0)
        if args.source:
            source = common.find(volume, 'volume', args.source)
            attrs['source_volume_id'] = source.id
            size = max(size or 0, source.size or 0)
        if args.snapshot:
            snapshot = common.find(volume, 'snapshot', args.snapshot)
            attrs['snapshot_id'] = snapshot.id
            size = max(size or 0, snapshot.size or 0)
        if args.image:
            attrs['image_id'] = _format.find_image_id(self.app, args.image)
        if args.consistency_group:
            attrs['consistency_group_id'] = _format.find_consistency_group_id(
                volume, args.consistency_group)
        values = dict(
            size=size, name=args.name, description=args.description,
            volume_type=args.type,
            availability_zone=args.availability_zone,
            metadata=args.properties, scheduler_hints=args.hint)
        attrs.update({k: v for k, v in values.items() if v is not None})
        return attrs

    def _manage(self, volume, args):
        """Take an existing backend volume under Cinder's management."""
        if (args.size or args.consistency_group or args.hint
                or args.read_only is not None):
            raise errors.UsageError(
                'The --size, --consistency-group, --hint, --read-only and '
                '--read-write options are not supported with the '
                '--remote-source parameter.')
        if args.cluster and args.host:
            raise errors.UsageError(
                'Only one of --host or --cluster needs to be specified to '
                'manage a volume.')
        if not (args.cluster or args.host):
            raise errors.UsageError(
                'One of --host or --cluster needs to be specified to manage '
                'a volume.')
        if args.cluster:
            common.require(self.app, '3.16', 'volume create --cluster')
        values = dict(
            host=args.host, cluster=args.cluster, ref=args.remote_source,
            name=args.name, description=args.description,
            volume_type=args.type,
            availability_zone=args.availability_zone,
            metadata=args.properties, bootable=args.bootable)
        return volume.manage_volume(
            **{k: v for k, v in values.items() if v is not None})
