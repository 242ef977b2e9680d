"""Image v2 tasks (the server's record of imports): list and show."""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('type', 'Type'),
    Column('status', 'Status'),
    Column('owner_id', 'Owner'),
)

#: Task fields OSC shows at the top level; any others go in properties.
TASK_FIELDS = ('created_at', 'expires_at', 'id', 'input', 'message',
               'owner_id', 'result', 'status', 'type', 'updated_at')


def task_fields(task):
    """A task as OSC shows it: every field, plus ``properties``."""
    info = {field: getattr(task, field, None) for field in TASK_FIELDS}
    extra = {key: task[key] for key in task.keys()
             if key not in TASK_FIELDS
             and key not in ('location', 'name', 'schema')}
    info['properties'] = cols.DictColumn(extra)
    return info


class ShowTask(base.ShowOne):
    """Show a task"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('task', metavar='<Task ID>',
                            help='Task to show (ID)')
        return parser

    def take_action(self, parsed_args):
        task = common.client(self.app).get_task(parsed_args.task)
        return common.sorted_show(task_fields(task))


class ListTask(base.ResourceLister):
    """List tasks"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--sort-key', metavar='<key>[:<field>]',
            help='Sort by these keys: created_at (default), expires_at, '
                 'id, status, type, updated_at (comma-separated)')
        parser.add_argument(
            '--sort-dir', metavar='<key>[:<direction>]',
            help='Sort direction(s), asc or desc (comma-separated)')
        common.add_pagination_options(parser)
        parser.add_argument('--type', metavar='<type>', choices=('import',),
                            help='List only tasks of this type: import')
        parser.add_argument(
            '--status', metavar='<status>',
            choices=('pending', 'processing', 'success', 'failure'),
            help='List only tasks in this status: pending, processing, '
                 'success, failure')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            sort_key=parsed_args.sort_key, sort_dir=parsed_args.sort_dir,
            limit=parsed_args.limit, marker=parsed_args.marker,
            type=parsed_args.type, status=parsed_args.status)
        return common.client(self.app).tasks(**query)
