"""What image v2 commands share: lookups, options and output shapes.

Images are found by name or ID through ``cli.lookup.find``. OSC shows an
image (and a few other Glance objects) as a sorted set of fields that
depends on what the server returned; ``image_fields`` and ``sorted_show``
build that shape, so the JSON keys are those of OSC.
"""

import argparse
import logging
import os
import stat
import sys

from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.identity.v3 import common as identity_common

LOG = logging.getLogger(__name__)

CONTAINER_FORMATS = ('ami', 'ari', 'aki', 'bare', 'docker', 'ova', 'ovf')
DISK_FORMATS = ('ami', 'ari', 'aki', 'vhd', 'vmdk', 'raw', 'qcow2', 'vhdx',
                'vdi', 'iso', 'ploop')
MEMBER_STATUSES = ('accepted', 'pending', 'rejected', 'all')

#: Fields OSC shows at the top level of an image; everything else the
#: server returned (but links, tags and location) goes under properties.
IMAGE_FIELDS = frozenset((
    'checksum', 'container_format', 'created_at', 'disk_format', 'file',
    'id', 'min_disk', 'min_ram', 'name', 'owner', 'protected', 'schema',
    'size', 'status', 'updated_at', 'virtual_size', 'visibility',
))


def client(app):
    """The SDK image proxy of the signed-in session."""
    return app.client_manager.image


def find_image(image_client, name_or_id):
    """The image with this name or ID."""
    return lookup.find(image_client.find_image, name_or_id, kind='image')


def add_image_argument(parser, what):
    """The ``<image>`` positional: ``what`` says what happens to it."""
    parser.add_argument('image', metavar='<image>',
                        help=f'Image {what} (name or ID)')


def project_id(app, name_or_id, domain=None):
    """The ID of a project given by name or ID (None stays None).

    Users who may not look projects up (HTTP 403) can still give an ID:
    the image service then judges it.
    """
    if name_or_id is None:
        return None
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        name_or_id, domain)


def add_project_domain_option(parser):
    """``--project-domain``, to find a project name in one domain."""
    identity_common.add_domain_scope_option(parser, 'project')


def add_visibility_options(parser, *, listing=False):
    """``--public``/``--private``/``--community``/``--shared`` (and
    ``--all`` when listing), all into ``visibility``."""
    group = parser.add_mutually_exclusive_group()
    if listing:
        choices = (('public', 'List only public images'),
                   ('private', 'List only private images'),
                   ('community', 'List only community images'),
                   ('shared', 'List only shared images'),
                   ('all', 'List all images'))
    else:
        choices = (
            ('public', 'Make the image visible to and usable by everyone'),
            ('private', 'Make the image usable by its project only'),
            ('community', 'Make the image usable by everyone, without '
                          "listing it in others' default image list"),
            ('shared', 'Make the image usable by its project and its '
                       'members (the default for new images)'),
        )
    for value, text in choices:
        group.add_argument(f'--{value}', action='store_const', const=value,
                           dest='visibility', help=text)


def add_format_options(parser, *, create=False):
    """``--container-format``, ``--disk-format``, ``--min-disk`` and
    ``--min-ram``; on create the formats default to bare and raw."""
    for option, choices, default in (
            ('--container-format', CONTAINER_FORMATS, 'bare'),
            ('--disk-format', DISK_FORMATS, 'raw')):
        what = option[2:].replace('-', ' ').capitalize()
        text = f"{what}: {', '.join(choices)}"
        parser.add_argument(
            option, metavar=f'<{option[2:]}>', choices=choices,
            default=default if create else None,
            help=f'{text} (default: {default})' if create else text)
    parser.add_argument('--min-disk', metavar='<disk-gb>', type=int,
                        help='Disk size the image needs, in GB')
    parser.add_argument('--min-ram', metavar='<ram-mb>', type=int,
                        help='RAM the image needs, in MB')


def add_protection_options(parser, what='image'):
    """``--protected``/``--unprotected`` into ``is_protected`` (None if
    neither is given)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--protected', action='store_true',
                       dest='is_protected', default=None,
                       help=f'Protect the {what} from deletion')
    group.add_argument('--unprotected', action='store_false',
                       dest='is_protected',
                       help=f'Allow the {what} to be deleted (default)')


def positive_size(text):
    """argparse type: a size in bytes, a whole number above 0."""
    try:
        size = int(text)
    except ValueError:
        size = 0
    if size <= 0:
        raise argparse.ArgumentTypeError(
            f"expected a size in bytes (a whole number above 0), got "
            f"'{text}'")
    return size


def add_size_option(parser):
    """``--size <size>``: the data's length, sent ahead of it."""
    parser.add_argument(
        '--size', metavar='<size>', type=positive_size,
        help='Size of the image data in bytes (lets the server '
             'allocate space up front)')


def add_pagination_options(parser):
    """``--limit`` (one page of at most <limit>) and ``--marker``."""
    parser.add_argument(
        '--limit', metavar='<limit>', type=multi.positive_int,
        help='Return one page of at most <limit> entries (default: all '
             'entries, in as many requests as needed)')
    parser.add_argument(
        '--marker', metavar='<marker>',
        help='Start listing after this entry (name or ID)')


def changed(**values):
    """Only the keyword arguments that were given (not None)."""
    return {key: value for key, value in values.items() if value is not None}


def image_fields(image, human_readable=False):
    """An image as OSC shows it: ``{field: value}``.

    Fields are those the server set (None left out); image properties and
    fields of no common interest are gathered in ``properties``; ``tags``
    is always there.
    """
    data = image.to_dict(ignore_none=True, original_names=True)
    info = {}
    extra = {}
    for key, value in data.items():
        if key in IMAGE_FIELDS:
            info[key] = value
        elif key == 'properties':
            extra.update(value or {})
        elif key not in ('tags', 'location'):
            extra[key] = value
    if human_readable and 'size' in info:
        info['size'] = cols.format_size(info['size'])
    info['tags'] = cols.ListColumn(data.get('tags') or [])
    if extra:
        info['properties'] = cols.DictColumn(extra)
    return info


def sorted_show(info):
    """``(labels, values)`` of a dict, sorted by key (OSC's show shape)."""
    if not info:
        return (), ()
    labels, values = zip(*sorted(info.items()))
    return labels, values


def stdin_data(app):
    """Binary stdin if data is piped or redirected in, else None.

    None when stdin is a terminal, closed (``<&-``) or a device such as
    /dev/null (as under cron): only pipes, sockets and files count.
    """
    stdin = getattr(app, 'stdin', None) or sys.stdin
    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, AttributeError, ValueError):
        return None
    if not (stat.S_ISFIFO(mode) or stat.S_ISREG(mode)
            or stat.S_ISSOCK(mode)):
        return None
    return getattr(stdin, 'buffer', stdin)


def open_source(app, filename):
    """``(file, size)``: ``filename`` opened for reading, else data on
    stdin, else ``(None, None)``. ``size`` is None when it is unknown (a
    pipe)."""
    if filename:
        try:
            data = open(filename, 'rb')  # noqa: SIM115 - caller closes
        except OSError as exc:
            raise errors.CommandError(
                f"Cannot read '{filename}': {exc.strerror}") from exc
        return data, os.fstat(data.fileno()).st_size
    data = stdin_data(app)
    if data is None:
        return None, None
    info = os.fstat(data.fileno())
    if stat.S_ISREG(info.st_mode):
        return data, info.st_size - data.tell()
    return data, None


class ImageAction(multi.MultiResourceAction):
    """One action on each of several images (name or ID)."""

    resource = 'image'

    def prepare(self, parsed_args):
        self.image_client = client(self.app)

    def act(self, parsed_args, name_or_id):
        image = find_image(self.image_client, name_or_id)
        self.act_on(parsed_args, image)

    def act_on(self, parsed_args, image):
        """Do the action on one image that was found."""
        raise NotImplementedError


class NamespaceItemAction(multi.MultiResourceAction):
    """Delete items of a metadef namespace: those named, else all of them.

    Subclasses implement ``act`` (one item) and ``delete_all(namespace)``.
    """

    names_required = False

    def add_leading_arguments(self, parser):
        parser.add_argument('namespace', metavar='<namespace>',
                            help='Metadef namespace of the items (name)')

    def prepare(self, parsed_args):
        self.image_client = client(self.app)

    def delete_all(self, namespace):
        """Delete every item of ``namespace``."""
        raise NotImplementedError

    def take_action(self, parsed_args):
        if parsed_args.names:
            return super().take_action(parsed_args)
        self.prepare(parsed_args)
        self.delete_all(parsed_args.namespace)
        return None
