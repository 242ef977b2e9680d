"""Block storage v3 manageable volumes and snapshots: list (3.8).

What a backend holds that Cinder does not manage yet (volumes and
snapshots made outside it), which ``volume create --remote-source`` style
commands could adopt.
"""

import argparse
import logging

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.volume.v3 import common

LOG = logging.getLogger(__name__)

SORT_KEYS = ('size', 'reference')
_TRUE = ('1', 't', 'true', 'on', 'y', 'yes')

_DETAIL = (
    cols.Column('reason_not_safe', 'reason_not_safe'),
    cols.Column('cinder_id', 'cinder_id'),
    cols.Column('extra_info', 'extra_info'),
)


class _ListManageable(base.Lister):
    """List what a backend holds that Cinder could manage."""

    #: 'volume' or 'snapshot'
    kind = None
    #: The command name, for messages.
    command = None
    columns = ()

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        plural = self.kind + 's'
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            'host', metavar='<host>', nargs='?',
            help=f'Cinder host on which to list manageable {plural}. '
                 'Takes the form: host@backend-name#pool')
        group.add_argument(
            '--cluster', metavar='<cluster>',
            help=f'Cinder cluster on which to list manageable {plural}. '
                 'Takes the form: cluster@backend-name#pool. (supported '
                 'by --os-volume-api-version 3.17 or later)')
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output')
        parser.add_argument('--detailed', metavar='<detailed>',
                            help=argparse.SUPPRESS)
        parser.add_argument(
            '--marker', metavar='<marker>',
            help=f'Begin returning {plural} that appear later in the list '
                 'than that represented by this reference. This reference '
                 'should be json like. Default=None.')
        parser.add_argument('--limit', metavar='<limit>',
                            help=f'Maximum number of {plural} to return. '
                                 'Default=None.')
        parser.add_argument('--offset', metavar='<offset>',
                            help=f'Number of {plural} to skip after marker. '
                                 'Default=None.')
        parser.add_argument(
            '--sort', metavar='<key>[:<direction>]',
            help='Comma-separated list of sort keys and directions in the '
                 'form of <key>[:<asc|desc>]. Valid keys: '
                 f'{", ".join(SORT_KEYS)}. Default=None.')
        return parser

    def _detailed(self, parsed_args):
        if parsed_args.detailed is None:
            return parsed_args.long
        detailed = parsed_args.detailed.strip().lower() in _TRUE
        LOG.warning('The --detailed option has been deprecated. %s',
                    'Use --long instead.' if detailed else 'Unset it.')
        return detailed

    def take_action(self, parsed_args):
        if parsed_args.host is None and parsed_args.cluster is None:
            raise errors.UsageError(
                "Either <host> or '--cluster <cluster>' needs to be "
                f"provided to run the '{self.command}' command")
        if parsed_args.cluster:
            common.require(self.app, '3.8', self.command)
            volume = common.client_at(self.app, '3.17', '--cluster')
        else:
            volume = common.client_at(self.app, '3.8', self.command)
        query = {}
        for key in ('host', 'cluster', 'marker', 'limit', 'offset', 'sort'):
            value = getattr(parsed_args, key)
            if value:
                query[key] = value
        detailed = self._detailed(parsed_args)
        specs = list(self.columns) + (list(_DETAIL) if detailed else [])
        listing = getattr(volume, f'manageable_{self.kind}s')
        found = listing(details=detailed, **query)
        return cols.labels(specs), [cols.row(item, specs) for item in found]


class BlockStorageManageVolumes(_ListManageable):
    """List manageable volumes.

    Supported by --os-volume-api-version 3.8 or greater.
    """

    kind = 'volume'
    command = 'block storage volume manageable list'
    columns = (
        cols.Column('reference', 'reference'),
        cols.Column('size', 'size'),
        cols.Column('safe_to_manage', 'safe_to_manage'),
    )


class BlockStorageManageSnapshots(_ListManageable):
    """List manageable snapshots.

    Supported by --os-volume-api-version 3.8 or greater.
    """

    kind = 'snapshot'
    command = 'block storage snapshot manageable list'
    columns = (
        cols.Column('reference', 'reference'),
        cols.Column('size', 'size'),
        cols.Column('safe_to_manage', 'safe_to_manage'),
        cols.Column('source_reference', 'source_reference'),
    )
