"""volume delete: one or more volumes, optionally with their snapshots."""

from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.volume.v3 import common


class DeleteVolume(multi.MultiResourceAction):
    """Delete volume(s)"""

    resource = 'volume'
    verb, past = 'delete', 'deleted'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--force', action='store_true',
            help='Attempt forced removal of volume(s), regardless of state '
                 '(defaults to False)')
        group.add_argument(
            '--cascade', '--purge', dest='cascade', action='store_true',
            help='Remove any snapshots along with volume(s) '
                 '(defaults to False; --purge is an older name)')
        parser.add_argument(
            '--remote', action='store_true',
            help='Unmanage the volume(s): Cinder forgets them, the backend '
                 'keeps them')
        return parser

    def prepare(self, parsed_args):
        if parsed_args.remote and (parsed_args.force or parsed_args.cascade):
            raise errors.UsageError(
                'The --force and --cascade options are not supported with '
                'the --remote parameter.')

    def act(self, parsed_args, name_or_id):
        volume = common.client(self.app)
        item = common.find(volume, 'volume', name_or_id)
        if parsed_args.remote:
            volume.unmanage_volume(item)
            return
        volume.delete_volume(item, ignore_missing=False,
                             force=parsed_args.force,
                             cascade=parsed_args.cascade)
