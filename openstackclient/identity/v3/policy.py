"""Identity v3 policies (stored rule blobs): create, delete, list, set,
show. A policy has an ID and no name."""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('blob', 'rules'),
    Column('type', 'type'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('type', 'Type'),
    Column('blob', 'Rules', long=True),
)


def _find(identity, policy_id):
    return catalog_common.get_by_id(identity.get_policy, policy_id,
                                    kind='policy')


class CreatePolicy(base.ResourceShowOne):
    """Create new policy"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--type', metavar='<type>',
                            default='application/json',
                            help='MIME type of the rules '
                                 '(default: application/json)')
        parser.add_argument('rules', metavar='<filename>',
                            help='File holding the serialized rules')
        return parser

    def get_resource(self, parsed_args):
        blob = catalog_common.read_text(parsed_args.rules)
        return common.client(self.app).create_policy(blob=blob,
                                                     type=parsed_args.type)


class DeletePolicy(multi.MultiResourceAction):
    """Delete policy(s)"""

    resource = 'policy'
    named_by = 'ID'
    resource_plural = 'policies'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        self.identity.delete_policy(_find(self.identity, name_or_id).id)


class ListPolicy(base.ResourceLister):
    """List policies"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).policies()


class SetPolicy(base.Command):
    """Set policy properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('policy', metavar='<policy>',
                            help='Policy to change (ID)')
        parser.add_argument('--type', metavar='<type>',
                            help='New MIME type of the rules')
        parser.add_argument('--rules', metavar='<filename>',
                            help='Replace the rules with those of this file')
        return parser

    def take_action(self, parsed_args):
        blob = None
        if parsed_args.rules is not None:
            blob = catalog_common.read_text(parsed_args.rules)
        identity = common.client(self.app)
        policy = _find(identity, parsed_args.policy)
        changes = common.changed(blob=blob, type=parsed_args.type)
        if changes:
            identity.update_policy(policy.id, **changes)


class ShowPolicy(base.ResourceShowOne):
    """Display policy details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('policy', metavar='<policy>',
                            help='Policy to display (ID)')
        return parser

    def get_resource(self, parsed_args):
        return _find(common.client(self.app), parsed_args.policy)
