"""server event list/show: Nova's record of the actions on a server."""

import uuid

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

LIST_COLUMNS = (
    Column('request_id', 'Request ID'),
    Column('server_id', 'Server ID'),
    Column('action', 'Action'),
    Column('start_time', 'Start Time'),
    Column('message', 'Message', long=True),
    Column('project_id', 'Project ID', long=True),
    Column('user_id', 'User ID', long=True),
)
#: Fields of an event inside ``events`` (OSC hides the SDK's own).
_HIDDEN = {'id', 'name', 'location'}


def _is_uuid(text):
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def server_id(app, name_or_id):
    """The server's ID; a UUID that matches no server is taken as is, as
    it may be a deleted server's (Nova keeps their events from 2.21)."""
    try:
        return _common.find_server(app, name_or_id, details=False).id
    except Exception as exc:
        if (errors.exit_code_for(exc) == errors.NOT_FOUND
                and _is_uuid(name_or_id)):
            return name_or_id
        raise


class EventsColumn(_common.ListDictColumn):
    """A server action's events: one ``k='v'`` line per event for people,
    a list of dicts for machines."""

    def __init__(self, value):
        super().__init__([
            {k: v for k, v in (e.to_dict() if hasattr(e, 'to_dict')
                               else dict(e)).items() if k not in _HIDDEN}
            for e in value or ()])


class ListServerEvent(base.Lister):
    """List recent events of a server.

    Specify ``--os-compute-api-version 2.21`` or higher to show events for a
    deleted server, specified by ID only.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = parser.add_argument
        add('server', metavar='<server>',
            help='Server to list events (name or ID)')
        add('--long', action='store_true', default=False,
            help='List additional fields in output')
        _common.add_changes_options(parser, 'server events', '2.58')
        pagination.add_options(parser)
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        app = self.app
        for dest, version, option in (
                ('marker', '2.58', '--marker'), ('limit', '2.58', '--limit'),
                ('changes_since', '2.58', '--changes-since'),
                ('changes_before', '2.66', '--changes-before')):
            if getattr(args, dest):
                common.require(app, version, option)
        query = pagination.query(args)
        for dest in ('changes_since', 'changes_before'):
            if getattr(args, dest):
                query[dest] = getattr(args, dest)
        sid = server_id(app, args.server)
        actions = common.client(app).server_actions(sid, **query)
        specs = cols.select(LIST_COLUMNS, args.long)
        return cols.labels(specs), (cols.row(a, specs) for a in actions)


class ShowServerEvent(base.ShowOne):
    """Show server event details.

    Specify ``--os-compute-api-version 2.21`` or higher to show event
    details for a deleted server, specified by ID only. Specify
    ``--os-compute-api-version 2.51`` or higher to show event details for
    non-admin users.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server to show event details (name or ID)')
        parser.add_argument('request_id', metavar='<request-id>',
                            help='Request ID of the event to show (ID only)')
        return parser

    def take_action(self, parsed_args):
        app = self.app
        sid = server_id(app, parsed_args.server)
        action = common.client(app).get_server_action(
            parsed_args.request_id, sid, ignore_missing=False)
        data = action.to_dict()
        data.pop('name', None)
        data.pop('location', None)
        if not common.supports(app, '2.58'):
            data.pop('updated_at', None)
        labels = sorted(data)
        return labels, tuple(
            EventsColumn(data[k]) if k == 'events' else data[k]
            for k in labels)
