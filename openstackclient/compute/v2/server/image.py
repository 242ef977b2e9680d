"""server image create, server backup create, server dump create.

An image or backup of a server is made by Nova and uploaded to Glance;
both commands show the new image as ``image show`` does (OSC's fields),
after ``--wait`` has seen it go ``active``.
"""

import argparse

from openstackclient.cli import base
from openstackclient.cli import properties
from openstackclient.cli import wait
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common
from openstackclient.image.v2 import common as image_common

#: Glance statuses an upload never comes back from.
IMAGE_FAILED = ('killed', 'deleted', 'pending_delete', 'error')
#: Seconds between polls of ``--wait``.
POLL_INTERVAL = 2.0


def _show_image(app, image, parsed_args, what):
    """The image's fields, once it is ``active`` if ``--wait`` asks."""
    images = image_common.client(app)
    image_id = image.id
    if parsed_args.wait:
        image = wait.wait_for_status(
            lambda: images.get_image(image_id), target=('active',),
            failure=IMAGE_FAILED, timeout=parsed_args.wait_timeout,
            interval=POLL_INTERVAL,
            label=f'{what} {image.name or image_id}')
    else:
        image = images.get_image(image_id)
    return image_common.sorted_show(image_common.image_fields(image))


class CreateServerImage(base.ShowOne):
    """Create a new server disk image from an existing server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server to create image (name or ID)')
        parser.add_argument(
            '--name', metavar='<image-name>',
            help='Name of new disk image (default: server name)')
        properties.add_property_option(
            parser, 'Set a new property to meta_data.json on the metadata '
                    'server (repeat option to set multiple values)')
        wait.add_wait_option(parser, 'operation')
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        image = common.client(self.app).create_server_image(
            server, parsed_args.name or server.name, parsed_args.properties)
        return _show_image(self.app, image, parsed_args, 'image')


class CreateServerBackup(base.ShowOne):
    """Create a server backup image"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server to back up (name or ID)')
        parser.add_argument(
            '--name', metavar='<image-name>',
            help='Name of the backup image (default: server name)')
        parser.add_argument(
            '--type', metavar='<backup-type>', default='',
            help='Used to populate the backup_type property of the backup '
                 'image (default: empty)')
        parser.add_argument(
            '--rotate', metavar='<count>', type=_non_negative, default=1,
            help='Number of backups to keep (default: 1)')
        wait.add_wait_option(parser, 'backup image create')
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        image = common.client(self.app).backup_server(
            server, parsed_args.name or server.name, parsed_args.type,
            parsed_args.rotate)
        return _show_image(self.app, image, parsed_args, 'backup')


def _non_negative(text):
    """argparse type: a whole number of 0 or more."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of 0 or more, got '{text}'")
    return number


class CreateServerDump(_common.ServerAction):
    """Create a dump file in server(s)

    Trigger a crash dump in each server, as kdump does on Linux: the guest
    writes its memory to a dump file, then crashes. The guest operating
    system must support it, and decides where the file goes.

    This command requires ``--os-compute-api-version`` 2.17 or greater.
    """

    verb, past = 'create dump file', 'triggered a crash dump in'

    def prepare(self, parsed_args):
        common.require(self.app, '2.17', 'server dump create')

    sdk_call = 'trigger_server_crash_dump'
