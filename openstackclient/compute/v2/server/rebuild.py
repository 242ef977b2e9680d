"""server rebuild and server evacuate: recreate a server from an image, in
place or on another host."""

import argparse
import base64
import logging

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import properties
from openstackclient.cli import wait
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

LOG = logging.getLogger(__name__)


def _read_user_data(path):
    try:
        with open(path, 'rb') as stream:
            return base64.b64encode(stream.read()).decode()
    except OSError as exc:
        raise errors.UsageError(
            f"Can't open '{path}' (--user-data): {exc.strerror or exc}")


def _image_id(server):
    image = server.image
    return image.get('id') if isinstance(image, dict) else None


def _pair(parser, first, second):
    group = parser.add_mutually_exclusive_group()
    group.add_argument(*first[0], **first[1])
    group.add_argument(*second[0], **second[1])
    return group


class RebuildServer(base.ShowOne):
    """Rebuild server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = parser.add_argument
        add('server', metavar='<server>', help='Server (name or ID)')
        add('--image', metavar='<image>',
            help='Recreate server from the specified image (name or ID). '
                 'Defaults to the currently used one.')
        add('--name', metavar='<name>',
            help='Set the new name of the rebuilt server')
        add('--password', metavar='<password>',
            help='Set the password on the rebuilt server. This option '
                 'requires cloud support.')
        add('--property', metavar='<key=value>',
            action=properties.KeyValueAction, dest='properties',
            help='Set a new property on the rebuilt server (repeat option '
                 'to set multiple values)')
        add('--description', metavar='<description>',
            help='Set a new description on the rebuilt server (supported '
                 'by --os-compute-api-version 2.19 or above)')
        _pair(parser,
              (['--preserve-ephemeral'], dict(
                  action='store_true', default=None,
                  help='Preserve the default ephemeral storage partition on '
                       'rebuild.')),
              (['--no-preserve-ephemeral'], dict(
                  action='store_false', dest='preserve_ephemeral',
                  help='Do not preserve the default ephemeral storage '
                       'partition on rebuild.')))
        keys = _pair(
            parser,
            (['--key-name'], dict(
                metavar='<key-name>',
                help='Set the key name of key pair on the rebuilt server. '
                     'Cannot be specified with the --key-unset option. '
                     '(supported by --os-compute-api-version 2.54 or '
                     'above)')),
            (['--no-key-name'], dict(
                action='store_true', dest='no_key_name',
                help='Unset the key name of key pair on the rebuilt server. '
                     'Cannot be specified with the --key-name option. '
                     '(supported by --os-compute-api-version 2.54 or '
                     'above)')))
        # OSC's old spelling, still accepted and hidden.
        keys.add_argument('--key-unset', action='store_true',
                          dest='no_key_name', help=argparse.SUPPRESS)
        _pair(parser,
              (['--user-data'], dict(
                  metavar='<user-data>',
                  help='Add a new user data file to the rebuilt server. '
                       'Cannot be specified with the --no-user-data option. '
                       '(supported by --os-compute-api-version 2.57 or '
                       'above)')),
              (['--no-user-data'], dict(
                  action='store_true', default=False,
                  help='Remove existing user data when rebuilding server. '
                       'Cannot be specified with the --user-data option. '
                       '(supported by --os-compute-api-version 2.57 or '
                       'above)')))
        _pair(parser,
              (['--trusted-image-cert'], dict(
                  metavar='<trusted-cert-id>', action='append',
                  dest='trusted_image_certs',
                  help='Trusted image certificate IDs used to validate '
                       'certificates during the image signature '
                       'verification process. May be specified multiple '
                       'times to pass multiple trusted image certificate '
                       'IDs. Cannot be specified with the '
                       '--no-trusted-certs option. (supported by '
                       '--os-compute-api-version 2.63 or above)')),
              (['--no-trusted-image-certs'], dict(
                  action='store_true', default=False,
                  help='Remove any existing trusted image certificates from '
                       'the server. Cannot be specified with the '
                       '--trusted-certs option. (supported by '
                       '--os-compute-api-version 2.63 or above)')))
        add('--hostname', metavar='<hostname>',
            help='Hostname configured for the server in the metadata '
                 'service. A separate utility running in the guest is '
                 'required to propagate changes to this value to the guest '
                 'OS itself (hostnames supported by --os-compute-api-version '
                 '2.90 or above, FQDNs supported by --os-compute-api-version '
                 '2.94 or above)')
        add('--reimage-boot-volume', action='store_true',
            dest='reimage_boot_volume', default=None,
            help='Rebuild a volume-backed server. This will wipe the root '
                 'volume data and overwrite it with the provided image. '
                 'Defaults to False. (supported by --os-compute-api-version '
                 '2.93 or above)')
        add('--no-reimage-boot-volume', action='store_false',
            dest='reimage_boot_volume', default=None,
            help='Do not rebuild a volume-backed server. (supported by '
                 '--os-compute-api-version 2.93 or above)')
        wait.add_wait_option(parser, 'rebuild')
        return parser

    def _kwargs(self, args):
        """The rebuild request's fields; microversions checked first."""
        app = self.app
        kwargs = {}
        for dest, field in (('name', 'name'), ('password', 'admin_password'),
                            ('preserve_ephemeral', 'preserve_ephemeral')):
            if getattr(args, dest) is not None:
                kwargs[field] = getattr(args, dest)
        if args.properties:
            kwargs['metadata'] = args.properties
        if args.description:
            common.require(app, '2.19', '--description')
            kwargs['description'] = args.description
        if args.key_name:
            common.require(app, '2.54', '--key-name')
            kwargs['key_name'] = args.key_name
        elif args.no_key_name:
            common.require(app, '2.54', '--no-key-name')
            kwargs['key_name'] = None
        if args.user_data:
            common.require(app, '2.57', '--user-data')
            kwargs['user_data'] = _read_user_data(args.user_data)
        elif args.no_user_data:
            common.require(app, '2.57', '--no-user-data')
            kwargs['user_data'] = None
        if args.trusted_image_certs:
            common.require(app, '2.63', '--trusted-image-cert')
            kwargs['trusted_image_certificates'] = args.trusted_image_certs
        elif args.no_trusted_image_certs:
            common.require(app, '2.63', '--no-trusted-image-certs')
            kwargs['trusted_image_certificates'] = None
        if args.hostname:
            common.require(app, '2.90', '--hostname')
            kwargs['hostname'] = args.hostname
        if args.reimage_boot_volume:
            common.require(app, '2.93', '--reimage-boot-volume')
        return kwargs

    def take_action(self, parsed_args):
        args = parsed_args
        kwargs = self._kwargs(args)
        app = self.app
        compute = common.client(app)
        images = app.client_manager.image
        server = _common.find_server(app, args.server)
        volume_backed = not _image_id(server)
        if args.image:
            image = common.find(images, 'image', args.image)
        elif volume_backed:
            raise errors.UsageError('The --image option is required when '
                                    'rebuilding a volume-backed server')
        else:
            image = images.get_image(_image_id(server))
        if volume_backed and not args.reimage_boot_volume:
            if common.supports(app, '2.93'):
                raise errors.UsageError('--reimage-boot-volume is required '
                                        'to rebuild a volume-backed server')
            LOG.warning('Attempting to rebuild a volume-backed server using '
                        '--os-compute-api-version 2.92 or earlier, which '
                        'will only succeed if the image is identical to the '
                        'one initially used.')
        status = (server.status or '').lower()
        if status == 'shutoff':
            target = ('shutoff',)
        elif status in ('active', 'error'):
            target = ('active',)
        else:
            raise errors.CommandError(
                f'The server status is not ACTIVE, SHUTOFF or ERROR '
                f'(it is {server.status})', exit_code=errors.CONFLICT)
        rebuilt = compute.rebuild_server(server, image, **kwargs)
        password = None if args.password else rebuilt.admin_password
        if args.wait:
            rebuilt = _common.wait_for_status(
                app, server, target, args.server, timeout=args.wait_timeout)
        rebuilt.admin_password = password
        return _common.show(app, rebuilt)


class EvacuateServer(base.ShowOne):
    """Evacuate a server to a different host.

    This command is used to recreate a server after the host it was on has
    failed. It can only be used if the compute service that manages the
    server is down. This command should only be used by an admin after they
    have confirmed that the instance is not running on the failed host.

    If the server instance was created with an ephemeral root disk on
    non-shared storage the server will be rebuilt using the original glance
    image preserving the ports and any attached data volumes.

    If the server uses boot for volume or has its root disk on shared
    storage the root disk will be preserved and reused for the evacuated
    instance on the new host.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server (name or ID)')
        wait.add_wait_option(parser, 'evacuation')
        parser.add_argument(
            '--host', metavar='<host>', default=None,
            help='Set the preferred host on which to rebuild the evacuated '
                 'server. The host will be validated by the scheduler. '
                 '(supported by --os-compute-api-version 2.29 or above)')
        storage = parser.add_mutually_exclusive_group()
        storage.add_argument(
            '--password', metavar='<password>', default=None,
            help='Set the password on the evacuated instance. This option '
                 'is mutually exclusive with the --shared-storage option. '
                 'This option requires cloud support.')
        storage.add_argument(
            '--shared-storage', action='store_true', dest='shared_storage',
            help='Indicate that the instance is on shared storage. This '
                 'will be auto-calculated with --os-compute-api-version '
                 '2.14 and greater and should not be used with later '
                 'microversions. This option is mutually exclusive with the '
                 '--password option')
        return parser

    def take_action(self, parsed_args):
        app = self.app
        if parsed_args.host:
            common.require(app, '2.29', '--host')
        before_2_14 = not common.supports(app, '2.14')
        if parsed_args.shared_storage and not before_2_14:
            pinned = common.pinned_version(app) or 'the newest'
            raise errors.UsageError(
                '--shared-storage needs --os-compute-api-version 2.13 or '
                f'earlier (requested: {pinned})')
        kwargs = {'host': parsed_args.host,
                  'admin_pass': parsed_args.password}
        if before_2_14:
            kwargs['on_shared_storage'] = parsed_args.shared_storage
        compute = common.client(app)
        server = _common.find_server(app, parsed_args.server)
        compute.evacuate_server(server, **kwargs)
        if parsed_args.wait:
            # From 2.95 Nova leaves an evacuated server stopped (OSC would
            # wait for ACTIVE in vain); before, a stopped one stays so.
            if common.supports(app, '2.95'):
                target = ('shutoff',)
            elif (server.status or '').lower() == 'shutoff':
                target = ('active', 'shutoff')
            else:
                target = ('active',)
            # Nova may show the server stopped while it still names the
            # source host (seen here): done means off that host too, where
            # the host is shown at all (admins).
            source = server.compute_host
            server = _common.wait_for_status(
                app, server, target, parsed_args.server,
                timeout=parsed_args.wait_timeout,
                ready=lambda s: not source or s.compute_host != source)
        else:
            server = compute.get_server(server)
        return _common.show(app, server)
