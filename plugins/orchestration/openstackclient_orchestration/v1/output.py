"""stack output list and stack output show."""

from openstackclient.cli import base
from openstackclient.cli import errors

from openstackclient_orchestration.v1 import _common
from openstackclient_orchestration.v1.stack import _Structured


def _add_stack(parser):
    parser.add_argument('stack', metavar='<stack>',
                        help='Name or ID of stack to query')


class ListOutput(base.Lister):
    """List stack outputs."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_stack(parser)
        return parser

    def take_action(self, parsed_args):
        path = _common.stack_path(self.app, parsed_args.stack)
        outputs = _common.request(self.app, 'GET', f'{path}/outputs',
                                  f"Stack '{parsed_args.stack}'")['outputs']
        return (('output_key', 'description'),
                [(o.get('output_key'), o.get('description'))
                 for o in outputs])


class ShowOutput(base.ShowOne):
    """Show stack output."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_stack(parser)
        parser.add_argument('output', metavar='<output>', nargs='?',
                            help='Name of an output to display')
        parser.add_argument('--all', action='store_true',
                            help='Display all stack outputs')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if args.all == (args.output is not None):
            raise errors.UsageError('Give either <output> or --all')
        if args.all:
            stack = _common.get_stack(self.app, args.stack)
            outputs = stack.get('outputs') or []
            return ([o['output_key'] for o in outputs],
                    [_Structured(o) for o in outputs])
        path = _common.stack_path(self.app, args.stack)
        output = _common.request(
            self.app, 'GET', f'{path}/outputs/{_common.quote(args.output)}',
            f"Output '{args.output}' of stack '{args.stack}'")['output']
        if 'output_error' in output:
            raise errors.CommandError(
                f"Output error: {output['output_error']}")
        keys = sorted(output)
        return keys, [output[k] for k in keys]
