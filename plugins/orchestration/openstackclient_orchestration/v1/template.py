"""stack template show and orchestration template validate."""

from openstackclient.cli import base

from openstackclient_orchestration.v1 import _common
from openstackclient_orchestration.v1.stack import _Structured


def _fields(data):
    keys = list(data)
    return keys, [_Structured(data[k]) if isinstance(data[k], (dict, list))
                  else data[k] for k in keys]


class ShowStackTemplate(base.ShowOne):
    """Display stack template."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Name or ID of stack to query')
        return parser

    def take_action(self, parsed_args):
        path = _common.stack_path(self.app, parsed_args.stack)
        return _fields(_common.request(
            self.app, 'GET', f'{path}/template',
            f"Template of stack '{parsed_args.stack}'"))


class ValidateTemplate(base.ShowOne):
    """Validate a template"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _common.add_template_options(parser)
        parser.add_argument('--show-nested', action='store_true',
                            help='Resolve parameters from nested templates '
                                 'as well')
        _common.add_parameter_options(parser)
        parser.add_argument('--ignore-errors', metavar='<error1,error2,...>',
                            help='List of heat errors to ignore')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        body = _common.template_fields(self.app, args.template,
                                       args.environment)
        body['parameters'] = _common.parameters(args)
        query = {}
        if args.show_nested:
            query['show_nested'] = 'True'
        if args.ignore_errors:
            query['ignore_errors'] = args.ignore_errors
        return _fields(_common.request(
            self.app, 'POST', '/validate', 'Template validation',
            json=body, params=query or None))
