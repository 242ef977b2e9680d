"""Identity v3 OAuth1 consumers: create, delete, list, set, show.

Consumers have no name: they are found by ID. Their secret is shown once,
by ``create``.
"""

import functools

from openstackclient.cli import base
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import redact
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation

SHOW_COLUMNS = (
    Column('description', 'description'),
    Column('id', 'id'),
)

CREATE_COLUMNS = SHOW_COLUMNS + (Column('secret', 'secret'),)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('description', 'Description'),
)


def find_consumer(identity, consumer_id):
    finder = functools.partial(identity._find, delegation.Consumer)
    return lookup.find(finder, consumer_id, kind='consumer')


def _add_consumer_argument(parser, action):
    parser.add_argument('consumer', metavar='<consumer>',
                        help=f'Consumer to {action} (ID)')


class CreateConsumer(base.ResourceShowOne):
    """Create new consumer"""

    columns = CREATE_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--description', metavar='<description>',
                            help='New consumer description')
        return parser

    def get_resource(self, parsed_args):
        made = common.client(self.app)._create(
            delegation.Consumer,
            **common.changed(description=parsed_args.description))
        redact.add_secret(made.secret)
        return made


class DeleteConsumer(multi.MultiResourceAction):
    """Delete consumer(s)"""

    resource = 'consumer'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        self.identity._delete(delegation.Consumer, name_or_id,
                              ignore_missing=False)


class ListConsumer(base.ResourceLister):
    """List consumers"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app)._list(delegation.Consumer)


class SetConsumer(base.Command):
    """Set consumer properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_consumer_argument(parser, 'modify')
        parser.add_argument('--description', metavar='<description>',
                            help='New consumer description')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        consumer = find_consumer(identity, parsed_args.consumer)
        if parsed_args.description is not None:
            identity._update(delegation.Consumer, consumer,
                             description=parsed_args.description)


class ShowConsumer(base.ResourceShowOne):
    """Display consumer details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_consumer_argument(parser, 'display')
        return parser

    def get_resource(self, parsed_args):
        return find_consumer(common.client(self.app), parsed_args.consumer)
