"""A server's volumes: attach, detach, list and update attachments.

Volumes are looked up in Cinder (block storage v3); Nova attaches and
detaches them, which Cinder finishes in the background (the volume goes
``in-use``, or back to ``available``).
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common
from openstackclient.volume.v3 import common as volume_common


def _find_volume(app, name_or_id):
    return volume_common.find(volume_common.client(app), 'volume',
                              name_or_id)


def _add_server_and_volume(parser, server_help, volume_help):
    parser.add_argument('server', metavar='<server>', help=server_help)
    parser.add_argument('volume', metavar='<volume>', help=volume_help)


class AddServerVolume(base.ShowOne):
    """Add volume to server.

    Specify ``--os-compute-api-version 2.20`` or higher to add a volume to a
    server with status ``SHELVED`` or ``SHELVED_OFFLOADED``.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_and_volume(parser, 'Server (name or ID)',
                               'Volume to add (name or ID)')
        parser.add_argument('--device', metavar='<device>',
                            help='Server internal device name for volume')
        parser.add_argument(
            '--tag', metavar='<tag>',
            help='Tag for the attached volume (supported by '
                 '--os-compute-api-version 2.49 or above)')
        termination = parser.add_mutually_exclusive_group()
        termination.add_argument(
            '--enable-delete-on-termination', action='store_true',
            help='Delete the volume when the server is destroyed (supported '
                 'by --os-compute-api-version 2.79 or above)')
        termination.add_argument(
            '--disable-delete-on-termination', action='store_true',
            help='Do not delete the volume when the server is destroyed '
                 '(supported by --os-compute-api-version 2.79 or above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        attrs = {'device': args.device}
        if args.tag:
            common.require(self.app, '2.49', '--tag')
            attrs['tag'] = args.tag
        for flag, value in (('enable', True), ('disable', False)):
            if getattr(args, f'{flag}_delete_on_termination'):
                common.require(self.app, '2.79',
                               f'--{flag}-delete-on-termination')
                attrs['delete_on_termination'] = value
        server = _common.find_server(self.app, args.server, details=False)
        volume = _find_volume(self.app, args.volume)
        attachment = common.client(self.app).create_volume_attachment(
            server, volume, **attrs)
        specs = [Column('id', 'ID'), Column('server_id', 'Server ID'),
                 Column('volume_id', 'Volume ID'), Column('device', 'Device')]
        if common.supports(self.app, '2.49'):
            specs.append(Column('tag', 'Tag'))
        if common.supports(self.app, '2.79'):
            specs.append(Column('delete_on_termination',
                                'Delete On Termination'))
        return cols.show(attachment, specs)


class RemoveServerVolume(base.Command):
    """Remove volume from server.

    Specify ``--os-compute-api-version 2.20`` or higher to remove a volume
    from a server with status ``SHELVED`` or ``SHELVED_OFFLOADED``.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_and_volume(parser, 'Server (name or ID)',
                               'Volume to remove (name or ID)')
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        volume = _find_volume(self.app, parsed_args.volume)
        common.client(self.app).delete_volume_attachment(
            server, volume, ignore_missing=False)


class ListServerVolume(base.Lister):
    """List all the volumes attached to a server."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'server',
            help='Server to list volume attachments for (name or ID)')
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        compute = common.client(self.app)
        specs = []
        new = common.supports(self.app, '2.89')
        if not new:
            specs.append(Column('id', 'ID'))
        specs += [Column('device', 'Device'),
                  Column('server_id', 'Server ID'),
                  Column('volume_id', 'Volume ID')]
        if common.supports(self.app, '2.70'):
            specs.append(Column('tag', 'Tag'))
        if common.supports(self.app, '2.79'):
            specs.append(Column('delete_on_termination',
                                'Delete On Termination?'))
        if new:
            specs += [Column('attachment_id', 'Attachment ID'),
                      Column('bdm_id', 'BlockDeviceMapping UUID')]
        attachments = compute.volume_attachments(server)
        return cols.labels(specs), (cols.row(a, specs) for a in attachments)


class SetServerVolume(base.Command):
    """Update a volume attachment on the server."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'server', help='Server to update volume for (name or ID)')
        parser.add_argument(
            'volume', help='Volume to update attachment for (name or ID)')
        termination = parser.add_mutually_exclusive_group()
        termination.add_argument(
            '--delete-on-termination', action='store_true', default=None,
            dest='delete_on_termination',
            help='Delete the volume when the server is destroyed (supported '
                 'by --os-compute-api-version 2.85 or above)')
        termination.add_argument(
            '--preserve-on-termination', action='store_false',
            dest='delete_on_termination',
            help='Preserve the volume when the server is destroyed '
                 '(supported by --os-compute-api-version 2.85 or above)')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.delete_on_termination is None:
            return   # nothing to change, as in OSC
        common.require(self.app, '2.85',
                       '--delete-on-termination/--preserve-on-termination')
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        volume = _find_volume(self.app, parsed_args.volume)
        common.client(self.app).update_volume_attachment(
            server, volume,
            delete_on_termination=parsed_args.delete_on_termination)


class UpdateServerVolume(SetServerVolume):
    """DEPRECATED: Use 'server volume set' instead."""
