"""stack resource list and stack resource show."""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column

from openstackclient_orchestration.v1 import _common
from openstackclient_orchestration.v1.stack import _Structured


class ListResource(base.Lister):
    """List stack resources."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Name or ID of stack to query')
        parser.add_argument('--long', action='store_true',
                            help='Enable detailed information presented for '
                                 'each resource in resource list')
        parser.add_argument('-n', '--nested-depth', metavar='<nested-depth>',
                            type=int,
                            help='Depth of nested stacks from which to '
                                 'display resources')
        parser.add_argument(
            '--filter', metavar='<key=value>', dest='filters',
            action=_common.ParameterAction, default={},
            help='Filter parameters to apply on returned resources based on '
                 'their name, status, type, action, id and '
                 'physical_resource_id')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        path = _common.stack_path(self.app, args.stack)
        query = dict(args.filters)
        if args.nested_depth:
            query['nested_depth'] = args.nested_depth
        if args.long:
            query['with_detail'] = 'True'
        found = _common.request(self.app, 'GET', f'{path}/resources',
                                f"Stack '{args.stack}'",
                                params=query)['resources']
        specs = [Column('resource_name', 'resource_name'),
                 Column('physical_resource_id', 'physical_resource_id'),
                 Column('resource_type', 'resource_type'),
                 Column('resource_status', 'resource_status'),
                 Column('updated_time', 'updated_time')]
        if args.nested_depth or args.long:
            specs.append(Column('stack_name', 'stack_name'))
        return cols.labels(specs), [cols.row(r, specs) for r in found]


class ShowResource(base.ShowOne):
    """Display stack resource."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Name or ID of stack to query')
        parser.add_argument('resource', metavar='<resource>',
                            help='Name of resource')
        parser.add_argument('--with-attr', metavar='<attribute>',
                            action='append', default=[],
                            help='Attribute to show, can be specified '
                                 'multiple times')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        path = _common.stack_path(self.app, args.stack)
        found = _common.request(
            self.app, 'GET', f'{path}/resources/{_common.quote(args.resource)}',
            f"Resource '{args.resource}' of stack '{args.stack}'",
            params={'with_attr': args.with_attr} if args.with_attr
            else None)['resource']
        keys = sorted(found)
        return keys, [_Structured(found[k]) if isinstance(found[k],
                                                          (dict, list))
                      else found[k] for k in keys]
