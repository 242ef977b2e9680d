"""Block storage v3 log levels: list, set (3.32).

The Python log levels of the running Cinder services, per logger prefix,
read and changed without a restart.
"""

from openstackclient.cli import base
from openstackclient.volume.v3 import common

MICROVERSION = '3.32'
SERVICES = ('*', 'cinder-api', 'cinder-volume', 'cinder-scheduler',
            'cinder-backup')
LEVELS = ('INFO', 'WARNING', 'ERROR', 'DEBUG')


def _add_filters(parser, verb):
    parser.add_argument(
        '--host', metavar='<host>',
        help=f'{verb} block storage service log level of specified host '
             '(name only)')
    parser.add_argument(
        '--service', metavar='<service>', choices=SERVICES,
        help=f'{verb} block storage service log level of the specified '
             f'service (name only): {", ".join(SERVICES)}')
    parser.add_argument('--log-prefix', metavar='<log-prefix>',
                        help="Prefix for the log, e.g. 'sqlalchemy'")


class BlockStorageLogLevelList(base.Lister):
    """List log levels of block storage service.

    Supported by --os-volume-api-version 3.32 or greater.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_filters(parser, 'List')
        return parser

    def take_action(self, parsed_args):
        volume = common.client_at(self.app, MICROVERSION,
                                  'block storage log level list')
        rows = []
        for entry in volume.get_service_log_levels(
                binary=parsed_args.service, server=parsed_args.host,
                prefix=parsed_args.log_prefix):
            for prefix, level in sorted((entry.levels or {}).items()):
                rows.append((entry.binary, entry.host, prefix, level))
        return ('Binary', 'Host', 'Prefix', 'Level'), rows


class BlockStorageLogLevelSet(base.Command):
    """Set log level of block storage service

    Supported by --os-volume-api-version 3.32 or greater.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('level', metavar='<log-level>', choices=LEVELS,
                            type=str.upper,
                            help=f'Desired log level: {", ".join(LEVELS)}')
        _add_filters(parser, 'Set')
        return parser

    def take_action(self, parsed_args):
        volume = common.client_at(self.app, MICROVERSION,
                                  'block storage log level set')
        volume.set_service_log_levels(
            level=parsed_args.level, binary=parsed_args.service,
            server=parsed_args.host, prefix=parsed_args.log_prefix)
