"""Block storage v3 services: list, set (enable or disable).

The Cinder services (``cinder-volume``, ``cinder-scheduler``,
``cinder-backup``) of each host, as their heartbeats report them.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.volume.v3 import common


class ListService(base.Lister):
    """List service command"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--host', metavar='<host>',
                            help='List services on specified host '
                                 '(name only)')
        parser.add_argument('--service', metavar='<service>',
                            help='List only specified service (name only)')
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output')
        return parser

    def take_action(self, parsed_args):
        specs = [
            cols.Column('binary', 'Binary'),
            cols.Column('host', 'Host'),
            cols.Column('availability_zone', 'Zone'),
            cols.Column('status', 'Status'),
            cols.Column('state', 'State'),
            cols.Column('updated_at', 'Updated At'),
        ]
        volume = common.client(self.app)
        if common.supports(self.app, '3.7'):
            specs.append(cols.Column('cluster', 'Cluster'))
        if common.supports(self.app, '3.49'):
            # The SDK would ask for 3.32 only: no backend state then.
            volume = common.client_at(self.app, '3.49', 'Backend State')
            specs.append(cols.Column('backend_state', 'Backend State'))
        if parsed_args.long:
            specs.append(cols.Column('disabled_reason', 'Disabled Reason'))
        query = {}
        if parsed_args.host:
            query['host'] = parsed_args.host
        if parsed_args.service:
            query['binary'] = parsed_args.service
        return cols.labels(specs), [cols.row(s, specs)
                                    for s in volume.services(**query)]


class SetService(base.Command):
    """Set volume service properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host>', help='Name of host')
        parser.add_argument('service', metavar='<service>',
                            help='Name of service (Binary name)')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--enable', action='store_true',
                           help='Enable volume service')
        group.add_argument('--disable', action='store_true',
                           help='Disable volume service')
        parser.add_argument('--disable-reason', metavar='<reason>',
                            help='Reason for disabling the service '
                                 '(should be used with --disable option)')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.disable_reason and not parsed_args.disable:
            raise errors.UsageError('Cannot specify option --disable-reason '
                                    'without --disable specified.')
        volume = common.client(self.app)
        service = common.find(
            volume, 'service', parsed_args.service,
            kind=f'volume service on host {parsed_args.host!r} named',
            host=parsed_args.host)
        if parsed_args.enable:
            volume.enable_service(service)
        if parsed_args.disable:
            volume.disable_service(service,
                                   reason=parsed_args.disable_reason)
