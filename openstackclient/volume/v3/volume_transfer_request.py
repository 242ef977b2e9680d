"""Block storage v3 volume transfer requests: accept, create, delete,
list, show.

A transfer request offers a volume to another project: its owner creates
it and passes on the ID and the auth key it gets back once; a user of the
other project accepts it with both, and the volume becomes theirs.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.volume.v3 import common


def find_transfer(volume, name_or_id):
    """The transfer request with this name or ID."""
    return common.find(volume, 'transfer', name_or_id,
                       kind='volume transfer request')


class AcceptTransferRequest(base.ShowOne):
    """Accept volume transfer request."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('transfer_request',
                            metavar='<transfer-request-id>',
                            help='Volume transfer request to accept (ID only)')
        parser.add_argument('--auth-key', metavar='<key>', required=True,
                            help='Volume transfer request authentication key')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        try:
            transfer_id = find_transfer(volume,
                                        parsed_args.transfer_request).id
        except errors.NotFoundError:
            # The accepting project does not see the request: an ID.
            transfer_id = parsed_args.transfer_request
        result = volume.accept_transfer(transfer_id, parsed_args.auth_key)
        return ('id', 'name', 'volume_id'), (result.id, result.name,
                                             result.volume_id)


class CreateTransferRequest(base.ShowOne):
    """Create volume transfer request."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='New transfer request name (default: None)')
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--snapshots', action='store_true', dest='snapshots',
            default=None,
            help='Also transfer volume snapshots (default) (supported by '
                 '--os-volume-api-version 3.55 or later)')
        group.add_argument(
            '--no-snapshots', action='store_false', dest='snapshots',
            help='Do not transfer volume snapshots (supported by '
                 '--os-volume-api-version 3.55 or later)')
        parser.add_argument('volume', metavar='<volume>',
                            help='Volume to transfer (name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        attrs = {}
        if parsed_args.snapshots is not None:
            common.require(self.app, '3.55', "--(no-)snapshots")
            attrs['no_snapshots'] = not parsed_args.snapshots
        target = common.find(volume, 'volume', parsed_args.volume)
        result = volume.create_transfer(volume_id=target.id,
                                        name=parsed_args.name, **attrs)
        return (('auth_key', 'created_at', 'id', 'name', 'volume_id'),
                (result.auth_key, result.created_at, result.id, result.name,
                 result.volume_id))


class DeleteTransferRequest(multi.MultiResourceAction):
    """Delete volume transfer request(s)."""

    resource = 'volume transfer request'
    metavar = '<transfer-request>'

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        volume.delete_transfer(find_transfer(volume, name_or_id),
                               ignore_missing=False)


class ListTransferRequest(base.ResourceLister):
    """Lists all volume transfer requests."""

    columns = (
        cols.Column('id', 'ID'),
        cols.Column('name', 'Name'),
        cols.Column('volume_id', 'Volume'),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_all_projects_option(parser)
        return parser

    def list_resources(self, parsed_args):
        return common.client(self.app).transfers(
            details=True, all_projects=parsed_args.all_projects)


class ShowTransferRequest(base.ShowOne):
    """Show volume transfer request details."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('transfer_request', metavar='<transfer-request>',
                            help='Volume transfer request to display '
                                 '(name or ID)')
        return parser

    def take_action(self, parsed_args):
        volume = common.client(self.app)
        # A lookup by name lists without details: fetch the request.
        result = volume.get_transfer(
            find_transfer(volume, parsed_args.transfer_request).id)
        return (('created_at', 'id', 'name', 'volume_id'),
                (result.created_at, result.id, result.name,
                 result.volume_id))
