"""Image v2 data: create (upload), save (download), stage and import.

Data always streams (``cli.transfer``): files and pipes are read in
blocks while being hashed, downloads are written to a temporary file
that replaces the target only once complete and verified. Uploads are
checked against the checksum (MD5) and hash (``os_hash_algo``, normally
SHA-512) the server computed; a mismatch exits with code 9.
"""

import argparse
import base64
import contextlib
import getpass
import hashlib
import logging
import urllib.parse

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import properties
from openstackclient.cli import transfer
from openstackclient.cli import wait
from openstackclient.image.v2 import common

LOG = logging.getLogger(__name__)

#: Hashes computed while uploading: Glance's checksum and its default
#: ``os_hash_algo``.
UPLOAD_HASHES = ('md5', 'sha512')

IMPORT_METHODS = ('glance-direct', 'web-download', 'glance-download',
                  'copy-image')

#: What each import method needs the image's status to be.
IMPORT_STATUS = {'glance-direct': 'uploading', 'web-download': 'queued',
                 'copy-image': 'active'}


def add_progress_option(parser):
    """``--progress``, accepted as OSC does; progress shows on a terminal
    anyway (never when stderr is not one, or with -q)."""
    parser.add_argument(
        '--progress', action='store_true',
        help='Show a progress bar (the default when stderr is a terminal)')


@contextlib.contextmanager
def _upload(app, data, size, label, close):
    """A HashingReader over ``data`` with progress, for one upload; closes
    ``data`` afterwards if ``close`` (stdin is not ours to close)."""
    progress = transfer.progress_for(app, size, label)
    try:
        yield transfer.HashingReader(data, UPLOAD_HASHES, progress,
                                     length=size)
    finally:
        progress.close()
        if close:
            data.close()


def _hashable(name):
    try:
        hashlib.new(name)
    except (ValueError, TypeError):
        return False
    return True


def verify_upload(image, reader):
    """Compare what was sent with the hashes the server computed."""
    what = f'image {image.id}'
    transfer.verify('MD5 checksum', what, image.checksum,
                    reader.hexdigest('md5'))
    algo = (image.hash_algo or '').lower()
    if algo in UPLOAD_HASHES:
        transfer.verify(f'{algo.upper()} hash', what, image.hash_value,
                        reader.hexdigest(algo))
    elif image.hash_value:
        LOG.debug('Not checking os_hash_value: %s is not computed locally',
                  algo)


def _signature(filename, key_path, cert_id, stdin):
    """The image signature properties for a file signed with a key."""
    from openstack.image import image_signer

    if not filename:
        raise errors.UsageError(
            'Signing needs the image data from --file, not stdin')
    if not (key_path and cert_id):
        raise errors.UsageError(
            '--sign-key-path and --sign-cert-id must be given together')
    password = None
    if stdin is not None and stdin.isatty():
        password = getpass.getpass(
            'Private key password (leave empty if none): ') or None
    signer = image_signer.ImageSigner()
    try:
        signer.load_private_key(
            key_path, password=password.encode() if password else None)
    except Exception as exc:
        raise errors.CommandError(
            f"Cannot load the private key '{key_path}': {exc}") from exc
    with open(filename, 'rb') as data:
        signature = signer.generate_signature(data)
    props = {
        'img_signature': base64.b64encode(signature).decode(),
        'img_signature_certificate_uuid': cert_id,
        'img_signature_hash_method': signer.hash_method,
    }
    if signer.padding_method:
        props['img_signature_key_type'] = signer.padding_method
    return props


class CreateImage(base.ShowOne):
    """Create an image, uploading its data from a file or stdin"""

    #: Image v1 options: refused with a clear error.
    v1_options = ('location', 'copy-from', 'checksum', 'store')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<image-name>',
                            help='Name of the new image')
        parser.add_argument('--id', metavar='<id>',
                            help='ID to give the image (reserve it)')
        common.add_format_options(parser, create=True)
        common.add_size_option(parser)
        source = parser.add_mutually_exclusive_group()
        source.add_argument(
            '--file', dest='filename', metavar='<file>',
            help='Upload the image data from this file (default: stdin '
                 'when it is not a terminal)')
        source.add_argument('--volume', metavar='<volume>',
                            help='Create the image from this volume')
        parser.add_argument(
            '--force', action='store_true',
            help='With --volume: create the image even if the volume is '
                 'in use')
        add_progress_option(parser)
        parser.add_argument(
            '--sign-key-path', metavar='<sign-key-path>',
            help='Sign the image with this private key (PEM file); needs '
                 '--sign-cert-id')
        parser.add_argument(
            '--sign-cert-id', metavar='<sign-cert-id>',
            help='UUID of the certificate, in the key manager, that '
                 'verifies the signature; needs --sign-key-path')
        common.add_protection_options(parser)
        common.add_visibility_options(parser)
        properties.add_property_option(parser, what='image')
        parser.add_argument(
            '--tag', dest='tags', metavar='<tag>', action='append',
            help='Tag for the image (repeat option for several tags)')
        parser.add_argument(
            '--project', metavar='<project>',
            help='Project to own the image (name or ID)')
        parser.add_argument(
            '--import', dest='use_import', action='store_true',
            help="Upload with the image import API (stage, then import "
                 "with 'glance-direct') instead of a direct upload")
        common.add_project_domain_option(parser)
        for option in self.v1_options:
            parser.add_argument(f'--{option}', metavar=f'<{option}>',
                                dest=option.replace('-', '_'),
                                help=argparse.SUPPRESS)
        return parser

    def take_action(self, parsed_args):
        for option in self.v1_options:
            if getattr(parsed_args, option.replace('-', '_')):
                raise errors.UsageError(
                    f'--{option} is an Image v1 option, not supported by '
                    'Image v2')
        if parsed_args.volume:
            return common.sorted_show(self._from_volume(parsed_args))
        image = self._upload(parsed_args)
        return common.sorted_show(common.image_fields(image))

    def _attributes(self, parsed_args):
        attrs = {'allow_duplicates': True, 'name': parsed_args.name}
        for key in ('id', 'container_format', 'disk_format', 'min_disk',
                    'min_ram', 'tags', 'visibility'):
            value = getattr(parsed_args, key)
            if value:
                attrs[key] = value
        for key, value in (parsed_args.properties or {}).items():
            attrs[key] = str(value)
        if parsed_args.is_protected is not None:
            attrs['is_protected'] = parsed_args.is_protected
        if parsed_args.project:
            attrs['owner_id'] = common.project_id(
                self.app, parsed_args.project, parsed_args.project_domain)
        if parsed_args.use_import:
            attrs['use_import'] = True
        return attrs

    def _upload(self, parsed_args):
        image_client = common.client(self.app)
        attrs = self._attributes(parsed_args)
        if parsed_args.sign_key_path or parsed_args.sign_cert_id:
            attrs.update(_signature(
                parsed_args.filename, parsed_args.sign_key_path,
                parsed_args.sign_cert_id, self.app.stdin))
        data, size = common.open_source(self.app, parsed_args.filename)
        if data is None:
            if parsed_args.size is not None:
                raise errors.UsageError(
                    '--size needs image data from --file or stdin')
            image = image_client.create_image(**attrs)
            return image_client.get_image(image.id)
        with _upload(self.app, data, size, f'Uploading {parsed_args.name}',
                     close=bool(parsed_args.filename)) as reader:
            image = image_client.create_image(
                data=reader.body(), validate_checksum=False,
                size=parsed_args.size or size, **attrs)
        if parsed_args.use_import:
            image = self._wait_for_import(image_client, image)
        else:
            image = image_client.get_image(image.id)
        try:
            verify_upload(image, reader)
        except errors.IntegrityError as exc:
            image_client.delete_image(image.id, ignore_missing=True)
            raise errors.IntegrityError(
                f'{exc} (the image was deleted)') from exc
        return image

    def _wait_for_import(self, image_client, image):
        """The image once its import is done, so its hashes are known.

        A failed import puts the image back in status 'queued'.
        """
        return wait.wait_for_status(
            lambda: image_client.get_image(image.id), target=('active',),
            failure=('queued', 'killed', 'deleted'), interval=1,
            stream=self.app.stderr, label=f'image {image.name or image.id}')

    def _from_volume(self, parsed_args):
        ignored = [option for option, given in (
            ('--id', parsed_args.id), ('--min-disk', parsed_args.min_disk),
            ('--min-ram', parsed_args.min_ram),
            ('--property', parsed_args.properties),
            ('--tag', parsed_args.tags), ('--project', parsed_args.project),
            ('--import', parsed_args.use_import),
            ('--sign-key-path', parsed_args.sign_key_path)) if given]
        if ignored:
            LOG.warning('Ignored with --volume: %s', ', '.join(ignored))
        volume_client = self.app.client_manager.volume
        volume = lookup.find(volume_client.find_volume, parsed_args.volume,
                             kind='volume')
        info = dict(volume_client.upload_volume_to_image(
            volume.id, parsed_args.name, force=parsed_args.force,
            disk_format=parsed_args.disk_format,
            container_format=parsed_args.container_format,
            visibility=parsed_args.visibility or 'private',
            protected=bool(parsed_args.is_protected)))
        volume_type = info.get('volume_type')
        info['volume_type'] = (volume_type.get('name')
                               if isinstance(volume_type, dict) else None)
        return info


def _response_error(response):
    from openstack import exceptions

    exceptions.raise_from_response(response)


class SaveImage(base.Command):
    """Download an image's data to a file or stdout, verified"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--chunk-size', type=int, default=transfer.CHUNK_SIZE,
            metavar='<chunk-size>',
            help='Bytes to read from the network at a time '
                 f'(default: {transfer.CHUNK_SIZE})')
        parser.add_argument(
            '--file', metavar='<filename>', dest='filename',
            help='File to write (default: stdout); replaced only once the '
                 'download is complete and verified')
        parser.add_argument(
            '--store-preference', metavar='<store>',
            dest='store_preferences', action='append',
            help='Store to download from, in order of preference (repeat '
                 'option for several stores)')
        common.add_image_argument(parser, 'to download')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        image = common.find_image(image_client, parsed_args.image)
        algo = (image.hash_algo or '').lower()
        if image.hash_value and _hashable(algo):
            # The multihash proves the bytes; MD5 as well would only cost
            # CPU that the download needs.
            expected = {algo: image.hash_value, 'size': image.size}
        else:
            expected = {'md5': image.checksum, 'size': image.size}
        response = image_client.download_image(
            image, stream=True,
            store_preferences=parsed_args.store_preferences)
        try:
            _response_error(response)
            if response.status_code == 204:
                raise errors.NotFoundError(
                    f'Image {image.id} has no data (status: {image.status})')
            transfer.download(
                response.iter_content(
                    chunk_size=max(parsed_args.chunk_size, 1)),
                parsed_args.filename,
                algorithms=(),
                expected={k: v for k, v in expected.items() if v},
                progress=transfer.progress_for(
                    self.app, image.size,
                    f'Downloading {image.name or image.id}'),
                name=f'image {image.id}', stdout=self.app.stdout)
        finally:
            response.close()


class StageImage(base.Command):
    """Upload an image's data to the staging area, for a later import"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--file', metavar='<file>', dest='filename',
            help='File to upload (default: stdin when it is not a '
                 'terminal)')
        common.add_size_option(parser)
        add_progress_option(parser)
        common.add_image_argument(parser, 'to stage data for')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        image = common.find_image(image_client, parsed_args.image)
        data, size = common.open_source(self.app, parsed_args.filename)
        if data is None:
            raise errors.UsageError(
                'No image data: give --file or pipe the data to stdin')
        with _upload(self.app, data, size,
                     f'Staging {image.name or image.id}',
                     close=bool(parsed_args.filename)) as reader:
            image_client.stage_image(image, data=reader.body(),
                                     size=parsed_args.size or size)


class ImportImage(base.ShowOne):
    """Start importing an image's data (from staging, a URL or a store)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_image_argument(parser, 'to import data for')
        parser.add_argument(
            '--method', metavar='<method>', default='glance-direct',
            dest='import_method', choices=IMPORT_METHODS,
            help='Import method: ' + ', '.join(IMPORT_METHODS) + " (default:"
            " glance-direct, which imports data staged with 'image stage'; "
            "see 'image import info' for what the cloud offers)")
        parser.add_argument(
            '--uri', metavar='<uri>',
            help='URL to download the data from (web-download only)')
        parser.add_argument(
            '--remote-image', metavar='<REMOTE_IMAGE>',
            help='ID of the image in the remote Glance (glance-download '
                 'only)')
        parser.add_argument(
            '--remote-region', metavar='<REMOTE_GLANCE_REGION>',
            help='Region of the remote Glance (glance-download only)')
        parser.add_argument(
            '--remote-service-interface',
            metavar='<REMOTE_SERVICE_INTERFACE>',
            help='Interface of the remote Glance (glance-download only)')
        stores = parser.add_mutually_exclusive_group()
        stores.add_argument(
            '--store', metavar='<STORE>', dest='stores', nargs='*',
            help="Store(s) to import into (copy-image needs --store or "
                 "--all-stores)")
        stores.add_argument('--all-stores', action='store_true',
                            help='Import into every store')
        failure = parser.add_mutually_exclusive_group()
        failure.add_argument(
            '--allow-failure', action='store_true', dest='allow_failure',
            default=True,
            help='With several stores: keep the stores that succeeded if '
                 'others fail (default)')
        failure.add_argument(
            '--disallow-failure', action='store_false',
            dest='allow_failure',
            help='With several stores: undo the import if any store fails')
        wait.add_wait_option(parser, 'the import')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        method = parsed_args.import_method
        offered = self._offered_methods(image_client)
        if method not in offered:
            raise errors.CommandError(
                f"The '{method}' import method is not offered by this "
                f"cloud; it offers: {', '.join(offered) or 'none'}")
        self._check_options(parsed_args)
        image = common.find_image(image_client, parsed_args.image)
        if not (image.container_format or image.disk_format):
            raise errors.CommandError(
                f'Image {image.id} needs a container format and a disk '
                'format before an import')
        needed = IMPORT_STATUS.get(method)
        if needed and image.status != needed:
            raise errors.ConflictError(
                f"The '{method}' import method needs an image in status "
                f"'{needed}'; image {image.id} is '{image.status}'")
        image_client.import_image(
            image, method=method, uri=parsed_args.uri,
            remote_region=parsed_args.remote_region,
            remote_image_id=parsed_args.remote_image,
            remote_service_interface=parsed_args.remote_service_interface,
            stores=parsed_args.stores, all_stores=parsed_args.all_stores,
            all_stores_must_succeed=not parsed_args.allow_failure)
        if parsed_args.wait:
            image = self._wait(image_client, image, parsed_args)
        return common.sorted_show(common.image_fields(image))

    @staticmethod
    def _offered_methods(image_client):
        try:
            info = image_client.get_import_info()
        except Exception as exc:
            if errors.exit_code_for(exc) == errors.NOT_FOUND:
                raise errors.CommandError(
                    'This cloud does not support image import') from exc
            raise
        return list((info.import_methods or {}).get('value') or [])

    @staticmethod
    def _check_options(parsed_args):
        method = parsed_args.import_method
        if method == 'web-download':
            if not parsed_args.uri:
                raise errors.UsageError('--method web-download needs --uri')
            url = urllib.parse.urlparse(parsed_args.uri)
            if not (url.scheme and url.netloc):
                raise errors.UsageError(
                    f"--uri: '{parsed_args.uri}' is not a URL")
        elif parsed_args.uri:
            raise errors.UsageError('--uri is only for --method web-download')
        remote = (('--remote-region', parsed_args.remote_region),
                  ('--remote-image', parsed_args.remote_image),
                  ('--remote-service-interface',
                   parsed_args.remote_service_interface))
        if method == 'glance-download':
            if not (parsed_args.remote_region and parsed_args.remote_image):
                raise errors.UsageError(
                    '--method glance-download needs --remote-region and '
                    '--remote-image')
        else:
            for option, value in remote:
                if value:
                    raise errors.UsageError(
                        f'{option} is only for --method glance-download')
        if method == 'copy-image' and not (parsed_args.stores
                                           or parsed_args.all_stores):
            raise errors.UsageError(
                '--method copy-image needs --store or --all-stores')

    def _wait(self, image_client, image, parsed_args):
        return wait.wait_for_status(
            lambda: image_client.get_image(image.id),
            target=('active',), failure=('killed', 'deleted'),
            timeout=parsed_args.wait_timeout, stream=self.app.stderr,
            label=f'image {image.name or image.id}')
