"""stack event list."""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli.columns import Column

from openstackclient_orchestration.v1 import _common


class ListEvent(base.Lister):
    """List events."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Name or ID of stack to show events for')
        parser.add_argument('--resource', metavar='<resource>',
                            help='Name of resource to show events for. Note: '
                                 'this cannot be specified with '
                                 '--nested-depth')
        parser.add_argument(
            '--filter', metavar='<key=value>', dest='filters',
            action=_common.ParameterAction, default={},
            help='Filter parameters to apply on returned events')
        parser.add_argument('--limit', metavar='<limit>', type=int,
                            help='Limit the number of events returned')
        parser.add_argument('--marker', metavar='<id>',
                            help='Only return events that appear after the '
                                 'given ID')
        parser.add_argument('--nested-depth', metavar='<depth>', type=int,
                            help='Depth of nested stacks from which to '
                                 'display events. Note: this cannot be '
                                 'specified with --resource')
        parser.add_argument('--sort', metavar='<key>[:<direction>]',
                            help='Sort output by selected key and direction '
                                 '(asc or desc) (default: asc)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if args.resource and args.nested_depth:
            raise errors.UsageError(
                '--nested-depth cannot be specified with --resource')
        path = _common.stack_path(self.app, args.stack)
        if args.resource:
            path += f'/resources/{_common.quote(args.resource)}'
        query = dict(args.filters)
        query['sort_dir'] = 'asc'
        if args.sort:
            key, _, direction = args.sort.partition(':')
            if key:
                query['sort_keys'] = key
            if direction:
                query['sort_dir'] = direction
        for name in ('limit', 'marker', 'nested_depth'):
            if getattr(args, name) is not None:
                query[name] = getattr(args, name)
        events = _common.request(self.app, 'GET', f'{path}/events',
                                 f"Events of stack '{args.stack}'",
                                 params=query)['events']
        specs = [Column('resource_name', 'resource_name'),
                 Column('id', 'id'),
                 Column('resource_status', 'resource_status'),
                 Column('resource_status_reason', 'resource_status_reason'),
                 Column('event_time', 'event_time'),
                 Column('physical_resource_id', 'physical_resource_id'),
                 Column('logical_resource_id', 'logical_resource_id')]
        if args.nested_depth:
            specs.insert(-1, Column('stack_name', 'stack_name'))
        return cols.labels(specs), [cols.row(e, specs) for e in events]
