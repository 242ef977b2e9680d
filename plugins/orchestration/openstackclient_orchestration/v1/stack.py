"""stack create, update, delete, list, show and abandon."""

import json

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import wait as cli_wait
from openstackclient.cli.columns import Column

from openstackclient_orchestration.v1 import _common

#: What ``stack show`` prints first, in this order (python-heatclient's).
SHOW_FIRST = ('id', 'stack_name', 'description', 'creation_time',
              'updated_time', 'stack_status', 'stack_status_reason')
#: Printed after the first ones, then every other key Heat returns.
SHOW_NEXT = ('parameters', 'outputs', 'links')
HIDDEN = ('template_description',)


class _Structured(cliff_columns.FormattableColumn):
    """Parameters, outputs, links, tags: JSON for people, as is for
    machines."""

    def human_readable(self):
        return json.dumps(self._value, indent=2, sort_keys=True)


def show_stack(stack, short=False):
    """``(labels, values)`` as python-heatclient shows a stack."""
    keys = list(SHOW_FIRST)
    if not short:
        keys += [k for k in SHOW_NEXT if k in stack]
        keys += [k for k in stack if k not in keys and k not in HIDDEN]
    specs = [Column(k, k, _Structured if isinstance(stack.get(k),
                                                   (dict, list)) else None)
             for k in keys]
    return cols.show(stack, specs)


class CreateStack(base.ShowOne):
    """Create a stack."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<stack-name>',
                            help='Name of the stack to create')
        _common.add_template_options(parser)
        _common.add_parameter_options(parser)
        parser.add_argument('--timeout', metavar='<timeout>', type=int,
                            help='Stack creating timeout in minutes')
        parser.add_argument('--enable-rollback', action='store_true',
                            help='Enable rollback on create/update failure')
        parser.add_argument('--tags', metavar='<tag1,tag2...>',
                            help='A list of tags to associate with the stack')
        parser.add_argument('--dry-run', action='store_true',
                            help='Do not actually perform the stack create, '
                                 'but show what would be created')
        cli_wait.add_wait_option(parser, 'stack to complete')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        body = _common.template_fields(self.app, args.template,
                                       args.environment)
        body.update(stack_name=args.name,
                    parameters=_common.parameters(args),
                    disable_rollback=not args.enable_rollback)
        if args.timeout:
            body['timeout_mins'] = args.timeout
        if args.tags:
            body['tags'] = args.tags
        if args.dry_run:
            preview = _common.request(self.app, 'POST', '/stacks/preview',
                                      'Stack preview', json=body)['stack']
            return show_stack(preview)
        made = _common.request(self.app, 'POST', '/stacks',
                               f"Stack '{args.name}'", json=body)['stack']
        path = f"/stacks/{_common.quote(args.name)}/{made['id']}"
        if args.wait:
            _common.wait(self.app, path, 'CREATE', args.wait_timeout)
        stack = _common.request(self.app, 'GET', path,
                                f"Stack '{args.name}'")['stack']
        return show_stack(stack, short=True)


class UpdateStack(base.ShowOne):
    """Update a stack."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Name or ID of stack to update')
        _common.add_template_options(parser, required=False)
        _common.add_parameter_options(parser)
        parser.add_argument(
            '--existing', action='store_true',
            help='Re-use the template, parameters and environment of the '
                 'current stack; those given are patched in')
        parser.add_argument(
            '--clear-parameter', metavar='<parameter>', action='append',
            default=[],
            help='Remove the parameter values from the stack, so the '
                 'template defaults apply (with --existing); repeat for more')
        parser.add_argument('--timeout', metavar='<timeout>', type=int,
                            help='Stack updating timeout in minutes')
        parser.add_argument('--tags', metavar='<tag1,tag2...>',
                            help='An updated list of tags to associate with '
                                 'the stack')
        cli_wait.add_wait_option(parser, 'stack to complete')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if not args.template and not args.existing:
            raise errors.UsageError(
                'Give a template (-t) or --existing to update the stack')
        if args.clear_parameter and not args.existing:
            raise errors.UsageError('--clear-parameter needs --existing')
        path = _common.stack_path(self.app, args.stack)
        body = {}
        if args.template:
            body = _common.template_fields(self.app, args.template,
                                           args.environment)
        body['parameters'] = _common.parameters(args)
        if args.clear_parameter:
            body['clear_parameters'] = args.clear_parameter
        if args.timeout:
            body['timeout_mins'] = args.timeout
        if args.tags:
            body['tags'] = args.tags
        method = 'PATCH' if args.existing else 'PUT'
        _common.request(self.app, method, path, f"Stack '{args.stack}'",
                        json=body)
        if args.wait:
            _common.wait(self.app, path, 'UPDATE', args.wait_timeout)
        stack = _common.request(self.app, 'GET', path,
                                f"Stack '{args.stack}'")['stack']
        return show_stack(stack, short=True)


class DeleteStack(multi.MultiResourceAction):
    """Delete stack(s)."""

    resource = 'stack'
    verb, past = 'delete', 'deleted'

    def add_leading_arguments(self, parser):
        parser.add_argument('-y', '--yes', action='store_true',
                            help='Skip yes/no prompt (assume yes)')
        cli_wait.add_wait_option(parser, 'stack delete to complete')

    def prepare(self, parsed_args):
        # As python-heatclient: ask only a person at a terminal.
        stdin = getattr(self.app, 'stdin', None)
        if parsed_args.yes or not _common._isatty(stdin):
            return
        self.app.stdout.write('Are you sure you want to delete this '
                              'stack(s) [y/N]? ')
        self.app.stdout.flush()
        if stdin.readline().strip().lower() not in ('y', 'yes'):
            raise errors.CommandError('User did not confirm stack delete '
                                      'so taking no action.')

    def act(self, parsed_args, name_or_id):
        path = _common.stack_path(self.app, name_or_id)
        _common.request(self.app, 'DELETE', path, f"Stack '{name_or_id}'")
        if parsed_args.wait:
            _common.wait(self.app, path, 'DELETE', parsed_args.wait_timeout)


LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('stack_name', 'Stack Name'),
    Column('stack_status', 'Stack Status'),
    Column('creation_time', 'Creation Time'),
    Column('updated_time', 'Updated Time'),
)


class ListStack(base.Lister):
    """List stacks."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--deleted', action='store_true',
                            help='Include soft-deleted stacks in the stack '
                                 'listing')
        parser.add_argument('--nested', action='store_true',
                            help='Include nested stacks in the stack listing')
        parser.add_argument('--hidden', action='store_true',
                            help='Include hidden stacks in the stack listing')
        parser.add_argument(
            '--property', metavar='<key=value>', dest='properties',
            action=_common.ParameterAction, default={},
            help='Filter properties to apply on returned stacks (repeat to '
                 'filter on multiple properties)')
        parser.add_argument('--tags', metavar='<tag1,tag2...>',
                            help='List of tags to filter by')
        parser.add_argument(
            '--tag-mode', metavar='<mode>',
            choices=('any', 'not', 'not-any'),
            help='Method of filtering tags: any, not or not-any (default: '
                 'all tags must match)')
        parser.add_argument('--limit', metavar='<limit>', type=int,
                            help='The number of stacks returned')
        parser.add_argument('--marker', metavar='<id>',
                            help='Only return stacks that appear after the '
                                 'given ID')
        parser.add_argument('--sort', metavar='<key>[:<direction>]',
                            help='Sort output by selected key and direction '
                                 '(asc or desc)')
        parser.add_argument('--all-projects', action='store_true',
                            help='Include all projects (admin only)')
        parser.add_argument('--short', action='store_true',
                            help='List fewer fields in output')
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output, this is '
                                 'implied by --all-projects')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        query = dict(args.properties)
        if args.all_projects or args.long:
            query['global_tenant'] = 'True'
        if args.deleted:
            query['show_deleted'] = 'True'
        if args.nested:
            query['show_nested'] = 'True'
        if args.hidden:
            query['show_hidden'] = 'True'
        if args.tags:
            mode = {'any': 'tags_any', 'not': 'not_tags',
                    'not-any': 'not_tags_any'}.get(args.tag_mode, 'tags')
            query[mode] = args.tags
        if args.limit is not None:
            query['limit'] = args.limit
        if args.marker:
            query['marker'] = args.marker
        if args.sort:
            key, _, direction = args.sort.partition(':')
            query['sort_keys'] = key
            if direction:
                query['sort_dir'] = direction
        stacks = _common.request(self.app, 'GET', '/stacks', 'Stack list',
                                 params=query)['stacks']
        specs = list(LIST_COLUMNS)
        if args.short:
            specs = specs[:-2]
        if args.long:
            specs.insert(2, Column('stack_owner', 'Stack Owner'))
        if any('project' in s for s in stacks):
            specs.insert(2, Column('project', 'Project'))
        if args.nested:
            specs.append(Column('parent', 'Parent'))
        if args.deleted:
            specs.append(Column('deletion_time', 'Deletion Time'))
        return cols.labels(specs), [cols.row(s, specs) for s in stacks]


class ShowStack(base.ShowOne):
    """Show stack details."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Stack to display (name or ID)')
        parser.add_argument('--no-resolve-outputs', action='store_true',
                            help='Do not resolve outputs of the stack.')
        return parser

    def take_action(self, parsed_args):
        stack = _common.get_stack(
            self.app, parsed_args.stack,
            resolve_outputs=not parsed_args.no_resolve_outputs)
        return show_stack(stack)


class AbandonStack(base.Command):
    """Abandon stack and output results."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('stack', metavar='<stack>',
                            help='Name or ID of stack to abandon')
        parser.add_argument('--output-file', metavar='<output-file>',
                            help='File to output abandon results')
        return parser

    def take_action(self, parsed_args):
        path = _common.stack_path(self.app, parsed_args.stack)
        data = _common.request(self.app, 'DELETE', f'{path}/abandon',
                               f"Stack '{parsed_args.stack}'")
        text = json.dumps(data, indent=2, sort_keys=True) + '\n'
        if parsed_args.output_file:
            try:
                with open(parsed_args.output_file, 'w') as stream:
                    stream.write(text)
            except OSError as exc:
                raise errors.CommandError(
                    f"Stack abandoned, but '{parsed_args.output_file}' "
                    f'could not be written ({exc.strerror}); its data:\n'
                    + text)
            return
        self.app.stdout.write(text)
