"""Identity v3 access rules: delete, list, show.

Access rules are made by ``application credential create --access-rules``
and belong to the signed-in user; they are found by ID.
"""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('service', 'Service'),
    Column('method', 'Method'),
    Column('path', 'Path'),
)

SHOW_COLUMNS = (
    Column('id', 'ID'),
    Column('method', 'Method'),
    Column('path', 'Path'),
    Column('service', 'Service'),
)


class DeleteAccessRule(multi.MultiResourceAction):
    """Delete access rule(s)"""

    resource = 'access rule'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)
        self.user_id = delegation.current_user_id(self.app)

    def act(self, parsed_args, name_or_id):
        self.identity.delete_access_rule(self.user_id, name_or_id,
                                         ignore_missing=False)


class ListAccessRule(base.ResourceLister):
    """List access rules"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--user', metavar='<user>',
            help='List the access rules of this user (name or ID; default: '
                 'the signed-in user)')
        common.add_domain_scope_option(parser, 'user')
        return parser

    def list_resources(self, parsed_args):
        user_id = delegation.user_id(self.app, parsed_args.user,
                                     parsed_args.user_domain)
        return common.client(self.app).access_rules(user=user_id)


class ShowAccessRule(base.ResourceShowOne):
    """Display access rule details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('access_rule', metavar='<access-rule>',
                            help='Access rule to display (ID)')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).get_access_rule(
            delegation.current_user_id(self.app), parsed_args.access_rule)
