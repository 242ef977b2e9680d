"""server create: boot a server from an image, a volume or a snapshot."""

import base64

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import properties
from openstackclient.cli import redact
from openstackclient.cli import wait
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _boot
from openstackclient.compute.v2.server import _common

# (dest, option, microversion, request field) of the options Nova added
# later.
_FROM = (
    ('description', '--description', '2.19', 'description'),
    ('tags', '--tag', '2.52', 'tags'),
    ('trusted_image_certs', '--trusted-image-cert', '2.63',
     'trusted_image_certificates'),
    ('host', '--host', '2.74', 'host'),
    ('hypervisor_hostname', '--hypervisor-hostname', '2.74',
     'hypervisor_hostname'),
    ('hostname', '--hostname', '2.90', 'hostname'),
)


class HintAction(properties.KeyValueAction):
    """``--hint key=value``: a key given twice gets a list of values."""

    def __call__(self, parser, namespace, values, option_string=None):
        key, sep, value = values.partition('=')
        if not sep or not key:
            parser.error(f"{option_string}: expected <key=value>, got "
                         f"'{values}'")
        hints = {k: list(v) for k, v in
                 (getattr(namespace, self.dest, None) or {}).items()}
        hints.setdefault(key, []).append(value)
        setattr(namespace, self.dest, hints)


def _add_boot_source_options(parser):
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        '--image', metavar='<image>',
        help='Create server boot disk from this image (name or ID)')
    source.add_argument(
        '--image-property', metavar='<key=value>', dest='image_properties',
        action=properties.KeyValueAction,
        help='Create server using the image that matches the specified '
             'property. Property must match exactly one property.')
    source.add_argument(
        '--volume', metavar='<volume>',
        help='Create server using this volume as the boot disk (name or '
             'ID)')
    source.add_argument(
        '--snapshot', metavar='<snapshot>',
        help='Create server using this snapshot as the boot disk (name or '
             'ID)')
    parser.add_argument(
        '--boot-from-volume', metavar='<volume-size>', type=int,
        help='With --image or --image-property: boot from a new volume of '
             'this size (GB) made from the image; the volume is kept when '
             'the server is deleted')
    parser.add_argument(
        '--delete-on-termination', action='store_true',
        help='Delete the boot volume when the server is deleted (only '
             'valid with --boot-from-volume)')
    parser.add_argument(
        '--block-device-mapping', metavar='<dev-name=mapping>',
        action=_boot.LegacyMappingAction, default=[],
        help='**Deprecated** Create a block device on the server, as '
             '<dev-name>=<id>[:<type>[:<size(GB)>[:<delete-on-terminate>]]]'
             ' (type: volume, snapshot or image). Replaced by '
             '--block-device')
    parser.add_argument(
        '--block-device', metavar='<block-device>', dest='block_devices',
        action=_boot.BlockDeviceAction, default=[],
        help='Create a block device on the server: the path of a JSON file '
             'or key=value pairs, with keys ' + ', '.join(_boot.BDM_KEYS))
    parser.add_argument(
        '--swap', metavar='<swap>', type=int,
        help='Create and attach a local swap block device of <swap_size> '
             'MiB.')
    parser.add_argument(
        '--ephemeral', metavar='<size=size[,format=format]>',
        dest='ephemerals', action=_boot.EphemeralAction, default=[],
        help='Create and attach a local ephemeral block device of <size> '
             'GiB and format it to <format>.')


def _add_network_options(parser):
    parser.add_argument(
        '--network', metavar='<network>', dest='nics',
        action=_boot.NicAction, key='net-id',
        help='Create a NIC on the server and connect it to network (name '
             'or ID); repeat for more NICs')
    parser.add_argument(
        '--port', metavar='<port>', dest='nics', action=_boot.NicAction,
        key='port-id',
        help='Create a NIC on the server and connect it to port (name or '
             'ID); repeat for more NICs')
    parser.add_argument(
        '--no-network', dest='nics', action=_boot.ConstNicAction,
        const='none',
        help="Do not attach a network to the server (as '--nic none'; "
             'supported by --os-compute-api-version 2.37 or above)')
    parser.add_argument(
        '--auto-network', dest='nics', action=_boot.ConstNicAction,
        const='auto',
        help="Automatically allocate a network to the server (as '--nic "
             "auto', the default; supported by --os-compute-api-version "
             '2.37 or above)')
    parser.add_argument(
        '--nic', dest='nics', action=_boot.NicAction,
        metavar='<net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,'
                'v6-fixed-ip=ip-addr,tag=tag,auto,none>',
        help='Create a NIC on the server: net-id or port-id (not both), '
             'optionally a fixed IP and a tag (2.43+); or auto or none '
             '(2.37+) alone. Repeat for more NICs')
    groups = parser.add_mutually_exclusive_group()
    groups.add_argument(
        '--no-security-group', dest='security_groups', action='store_const',
        const=[],
        help='Do not associate a security group with ports attached to this '
             'server')
    groups.add_argument(
        '--security-group', metavar='<security-group>', action='append',
        dest='security_groups',
        help='Security group to associate with ports attached to this '
             'server (name or ID) (repeat option to set multiple groups)')


def _add_placement_options(parser):
    parser.add_argument(
        '--availability-zone', metavar='<zone-name>',
        help='Select an availability zone for the server: <zone-name>, '
             '<zone-name>:<host-name>, <zone-name>::<node-name> or '
             '<zone-name>:<host-name>:<node-name>')
    parser.add_argument(
        '--host', metavar='<host>',
        help='Requested host to create servers (admin only) (supported by '
             '--os-compute-api-version 2.74 or above)')
    parser.add_argument(
        '--hypervisor-hostname', metavar='<hypervisor-hostname>',
        help='Requested hypervisor hostname to create servers (admin only) '
             '(supported by --os-compute-api-version 2.74 or above)')
    parser.add_argument(
        '--server-group', metavar='<server-group>',
        help="Server group to create the server within (as '--hint "
             "group=<server-group-id>')")
    parser.add_argument(
        '--hint', metavar='<key=value>', dest='hints', action=HintAction,
        default={}, help='Hints for the scheduler')


def _add_config_options(parser):
    parser.add_argument(
        '--password', metavar='<password>',
        help='Set the password to this server (requires cloud support)')
    parser.add_argument('--key-name', metavar='<key-name>',
                        help='Keypair to inject into this server')
    properties.add_property_option(
        parser, 'Set a property on this server (repeat option to set '
                'multiple values)')
    parser.add_argument(
        '--file', metavar='<dest-filename=source-filename>',
        action='append', default=[],
        help='File(s) to inject into image before boot (repeat option to '
             'set multiple files) (supported by --os-compute-api-version '
             '2.56 or below)')
    parser.add_argument(
        '--user-data', metavar='<user-data>',
        help='User data file to serve from the metadata server')
    parser.add_argument(
        '--description', metavar='<description>',
        help='Set description for the server (supported by '
             '--os-compute-api-version 2.19 or above)')
    drive = parser.add_mutually_exclusive_group()
    drive.add_argument('--use-config-drive', action='store_true',
                       dest='config_drive', help='Enable config drive.')
    drive.add_argument('--no-config-drive', action='store_false',
                       dest='config_drive', help='Disable config drive.')
    drive.add_argument(
        '--config-drive', metavar='<config-drive-volume>|True',
        default=False,
        help="**Deprecated** Use specified volume as the config drive, or "
             "'True' to use an ephemeral drive. Replaced by "
             "'--use-config-drive'.")
    parser.add_argument(
        '--tag', metavar='<tag>', action='append', default=[], dest='tags',
        help='Tags for the server; repeat for more (supported by '
             '--os-compute-api-version 2.52 or above)')
    parser.add_argument(
        '--hostname', metavar='<hostname>',
        help='Hostname configured for the server in the metadata service '
             '(supported by --os-compute-api-version 2.90 or above, FQDNs '
             'by 2.94 or above)')
    parser.add_argument(
        '--trusted-image-cert', metavar='<trusted-cert-id>',
        action='append', dest='trusted_image_certs',
        help='Trusted image certificate ID to validate the image signature '
             'with; repeat for more (supported by --os-compute-api-version '
             '2.63 or above)')


def _read(path, what):
    try:
        with open(path, 'rb') as stream:
            return stream.read()
    except OSError as exc:
        raise errors.UsageError(
            f"Can't open '{path}' ({what}): {exc.strerror or exc}")


def _find_image(app, args):
    """The image of --image or --image-property, or None."""
    images = app.client_manager.image
    if args.image:
        return lookup.find_on(images, 'image', args.image)
    if not args.image_properties:
        return None
    wanted = args.image_properties
    for image in images.images():
        fields = {k: v for k, v in image.to_dict().items()
                  if k != 'properties' and v is not None}
        fields.update(image.properties or {})
        if all(k in fields and str(fields[k]) == v
               for k, v in wanted.items()):
            return image
    raise errors.NotFoundError(
        'No images match the property expected by --image-property')


def _config_drive(value):
    if isinstance(value, bool):
        return value or None
    text = str(value).strip().lower()
    if text in ('true', '1'):
        return True
    if text in ('false', '0', '', 'none'):
        return None
    return value


def _check(args):
    """Argument combinations Nova would refuse, as usage errors."""
    if args.boot_from_volume and (args.volume or args.snapshot):
        raise errors.UsageError(
            '--volume and --snapshot are not allowed with '
            '--boot-from-volume')
    if args.boot_from_volume and not (args.image or args.image_properties):
        raise errors.UsageError(
            'An image (--image or --image-property) is required with '
            '--boot-from-volume')
    if args.delete_on_termination and not args.boot_from_volume:
        raise errors.UsageError(
            '--delete-on-termination can only be used with '
            '--boot-from-volume')
    if args.min < 1 or args.max < 1:
        raise errors.UsageError('--min and --max must be at least 1')
    if args.min > args.max:
        raise errors.UsageError('--min must not be more than --max')
    if args.trusted_image_certs and (args.boot_from_volume or not (
            args.image or args.image_properties)):
        raise errors.UsageError(
            '--trusted-image-cert is only supported for servers booted '
            'directly from images')


class CreateServer(base.ShowOne):
    """Create a new server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server_name', metavar='<server-name>',
                            help='New server name')
        parser.add_argument(
            '--flavor', metavar='<flavor>', required=True,
            help='Create server with this flavor (name or ID)')
        _add_boot_source_options(parser)
        _add_network_options(parser)
        _add_placement_options(parser)
        _add_config_options(parser)
        parser.add_argument(
            '--min', metavar='<count>', type=int, default=1,
            help='Minimum number of servers to launch (default=1)')
        parser.add_argument(
            '--max', metavar='<count>', type=int, default=1,
            help='Maximum number of servers to launch (default=1)')
        wait.add_wait_option(parser, 'build')
        return parser

    def _request(self, args):
        """The fields of Nova's create request for these arguments."""
        app = self.app
        compute = common.client(app)
        for dest, option, version, _ in _FROM:
            if getattr(args, dest):
                common.require(app, version, option)
        if args.file and common.supports(app, '2.57'):
            raise errors.UsageError(
                '--file (personality files) is not supported from compute '
                'API 2.57; use --user-data instead, or pin '
                f'{common.OPTION} 2.56')
        image = _find_image(app, args)
        flavor = common.find(compute, 'flavor', args.flavor, is_public=None)
        request = {
            'name': args.server_name, 'flavor_id': flavor.id,
            'image_id': image.id if image and not args.boot_from_volume
            else '',
            'min_count': args.min, 'max_count': args.max,
            'block_device_mapping': _boot.block_device_mapping(
                app, args, image),
        }
        nets = _boot.networks(app, args.nics)
        if nets is not None:
            request['networks'] = nets
        for dest, _, _, field in _FROM:
            if getattr(args, dest):
                request[field] = getattr(args, dest)
        simple = (('availability_zone', 'availability_zone'),
                  ('password', 'admin_password'),
                  ('properties', 'metadata'), ('key_name', 'key_name'))
        for dest, field in simple:
            if getattr(args, dest):
                request[field] = getattr(args, dest)
        if args.user_data:
            request['user_data'] = base64.b64encode(
                _read(args.user_data, '--user-data')).decode()
        if args.file:
            request['personality'] = [
                {'path': dest, 'contents': base64.b64encode(
                    _read(src, '--file')).decode()}
                for dest, _, src in (f.partition('=') for f in args.file)]
        if args.security_groups is not None:
            network = app.client_manager.network
            request['security_groups'] = [
                {'name': lookup.find_on(network, 'security_group', sg).id}
                for sg in args.security_groups]
        hints = {k: v[0] if len(v) == 1 else v
                 for k, v in args.hints.items()}
        if args.server_group:
            hints['group'] = common.find(compute, 'server_group',
                                         args.server_group).id
        if hints:
            request['scheduler_hints'] = hints
        drive = _config_drive(args.config_drive)
        if drive is not None:
            request['config_drive'] = drive
        return request

    def take_action(self, parsed_args):
        args = parsed_args
        _check(args)
        if args.password:
            redact.add_secret(args.password)
        compute = common.client(self.app)
        server = compute.create_server(**self._request(args))
        password = server.admin_password
        if password:
            redact.add_secret(password)
        if args.wait:
            server = _common.wait_for_status(
                self.app, server, ('active',), args.server_name,
                timeout=args.wait_timeout)
        else:
            server = compute.get_server(server.id)
        if password and not args.password:
            # Nova made it up: this output is the only place it is shown.
            server.admin_password = password
        else:
            server.admin_password = None
        return _common.show(self.app, server)
