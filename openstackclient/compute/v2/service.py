"""Compute v2 services: delete, list, set.

The services are Nova's processes (nova-compute on each host, the
scheduler, the conductor); set enables/disables one or forces it down.
"""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common

COLUMNS = (
    Column('id', 'ID'),
    Column('binary', 'Binary'),
    Column('host', 'Host'),
    Column('availability_zone', 'Zone'),
    Column('status', 'Status'),
    Column('state', 'State'),
    Column('updated_at', 'Updated At'),
    Column('disabled_reason', 'Disabled Reason', long=True),
    Column('is_forced_down', 'Forced Down', long=True),
)


class DeleteService(multi.MultiResourceAction):
    """Delete compute service(s)"""

    resource = 'compute service'
    verb, past = 'delete', 'deleted'
    metavar = '<service>'
    named_by = 'ID'

    def act(self, parsed_args, name_or_id):
        common.client(self.app).delete_service(name_or_id,
                                               ignore_missing=False)


class ListService(base.ResourceLister):
    """List compute services"""

    columns = COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--host', metavar='<host>',
                            help='List services on specified host (name '
                                 'only)')
        parser.add_argument('--service', metavar='<service>',
                            help='List only specified service binaries '
                                 '(name only), for example nova-compute')
        return parser

    def get_columns(self, parsed_args):
        specs = super().get_columns(parsed_args)
        if parsed_args.long and not common.supports(self.app, '2.11'):
            specs = [s for s in specs if s.label != 'Forced Down']
        return specs

    def list_resources(self, parsed_args):
        query = {}
        if parsed_args.host:
            query['host'] = parsed_args.host
        if parsed_args.service:
            query['binary'] = parsed_args.service
        return common.client(self.app).services(**query)


class SetService(base.Command):
    """Set compute service properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host>', help='Name of host')
        parser.add_argument('service', metavar='<service>',
                            help='Name of service (Binary name), for '
                                 'example nova-compute')
        enabled = parser.add_mutually_exclusive_group()
        enabled.add_argument('--enable', action='store_true',
                             help='Enable service')
        enabled.add_argument('--disable', action='store_true',
                             help='Disable service')
        parser.add_argument('--disable-reason', metavar='<reason>',
                            help='Reason for disabling the service (in '
                                 'quotes); needs --disable')
        state = parser.add_mutually_exclusive_group()
        state.add_argument('--up', action='store_true',
                           help='Force up service (needs '
                                '--os-compute-api-version 2.11 or greater)')
        state.add_argument('--down', action='store_true',
                           help='Force down service (needs '
                                '--os-compute-api-version 2.11 or greater)')
        return parser

    def _service_id(self, compute, host, binary):
        """The ID Nova needs from 2.53 on: the one service on host."""
        found = list(compute.services(host=host, binary=binary))
        if not found:
            raise errors.NotFoundError(
                f'Compute service for host "{host}" and binary "{binary}" '
                'not found.')
        if len(found) > 1:
            raise errors.CommandError(
                f'Multiple compute services found for host "{host}" and '
                f'binary "{binary}". Unable to proceed.')
        return found[0].id

    def take_action(self, parsed_args):
        args = parsed_args
        if args.disable_reason and not args.disable:
            raise errors.UsageError(
                'Cannot specify option --disable-reason without --disable '
                'specified.')
        if args.up or args.down:
            common.require(self.app, '2.11', '--up and --down')
        compute = common.client(self.app)
        service_id = None
        if common.supports(self.app, '2.53'):
            service_id = self._service_id(compute, args.host, args.service)
        if args.enable:
            compute.enable_service(service_id, args.host, args.service)
        elif args.disable:
            compute.disable_service(service_id, args.host, args.service,
                                    args.disable_reason)
        if args.up or args.down:
            compute.update_service_forced_down(service_id, args.host,
                                               args.service, args.down)
