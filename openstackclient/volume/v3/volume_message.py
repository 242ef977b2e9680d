"""Block storage v3 messages: delete, list, show (3.3).

Cinder's user messages: why an asynchronous operation failed (no valid
backend, an image that could not be copied), kept for a while.
"""

import itertools

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.volume.v3 import common

MICROVERSION = '3.3'

LIST_COLUMNS = (
    cols.Column('id', 'ID'),
    cols.Column('event_id', 'Event ID'),
    cols.Column('resource_type', 'Resource Type'),
    cols.Column('resource_uuid', 'Resource UUID'),
    cols.Column('message_level', 'Message Level'),
    cols.Column('user_message', 'User Message'),
    cols.Column('request_id', 'Request ID'),
    cols.Column('created_at', 'Created At'),
    cols.Column('guaranteed_until', 'Guaranteed Until'),
)

#: ``volume message show``: the same fields, sorted by label.
SHOW_COLUMNS = tuple(sorted(LIST_COLUMNS, key=lambda c: c.label))


def _client(app, command):
    return common.client_at(app, MICROVERSION, f'volume message {command}')


class DeleteMessage(multi.MultiResourceAction):
    """Delete a volume failure message"""

    resource = 'message'
    metavar = '<message-id>'
    named_by = 'ID'

    def prepare(self, parsed_args):
        self.volume = _client(self.app, 'delete')

    def act(self, parsed_args, name_or_id):
        self.volume.delete_message(name_or_id, ignore_missing=False)


class ListMessages(base.ResourceLister):
    """List volume failure messages"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--project', metavar='<project>',
                            help='Filter results by project (name or ID) '
                                 '(admin only)')
        parser.add_argument(
            '--project-domain', metavar='<project-domain>',
            help='Domain the project belongs to (name or ID). This can be '
                 'used in case collisions between project names exist.')
        parser.add_argument(
            '--limit', metavar='<limit>', type=multi.positive_int,
            help='The maximum number of entries to return')
        parser.add_argument(
            '--marker', metavar='<marker>',
            help='The first position in the collection to return results '
                 'from (a message ID from a previous request)')
        return parser

    def list_resources(self, parsed_args):
        volume = _client(self.app, 'list')
        query = {}
        if parsed_args.project:
            from openstackclient.identity.v3 import common as identity_common
            query['project_id'] = identity_common.id_or_name(
                identity_common.find_project, self.app.client_manager.identity,
                parsed_args.project, parsed_args.project_domain)
        if parsed_args.marker:
            query['marker'] = parsed_args.marker
        if parsed_args.limit:
            query['limit'] = parsed_args.limit
        found = volume.messages(**query)
        # Stop at the limit: Cinder's message pages give the SDK no end.
        if parsed_args.limit:
            return itertools.islice(found, parsed_args.limit)
        return found


class ShowMessage(base.ShowOne):
    """Show a volume failure message"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('message_id', metavar='<message-id>',
                            help='Message to show (ID).')
        return parser

    def take_action(self, parsed_args):
        volume = _client(self.app, 'show')
        return cols.show(volume.get_message(parsed_args.message_id),
                         SHOW_COLUMNS)
