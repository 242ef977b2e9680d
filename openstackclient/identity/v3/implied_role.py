"""Identity v3 implied roles (role inference rules): create, delete, list.

openstacksdk has no calls for these: they are plain requests on its
identity proxy (see ``rest``).
"""

from urllib import parse

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import rest

LIST_COLUMNS = (
    Column('prior_role.id', 'Prior Role ID'),
    Column('prior_role.name', 'Prior Role Name'),
    Column('implies.id', 'Implied Role ID'),
    Column('implies.name', 'Implied Role Name'),
)

# As OSC: each side of the new rule by ID, under Keystone's key.
SHOW_COLUMNS = (
    Column('implies.id', 'implies'),
    Column('prior_role.id', 'prior_role'),
)


def add_rule_arguments(parser):
    """``<role>`` and ``--implied-role <role>``: the two sides of a rule."""
    parser.add_argument('role', metavar='<role>',
                        help='Prior role: the role that implies the other '
                             '(name or ID)')
    parser.add_argument('--implied-role', metavar='<role>', required=True,
                        help='Role implied by the prior role (name or ID)')


def rule_path(identity, parsed_args):
    """``/roles/<prior>/implies/<implied>`` for the roles given."""
    prior = common.find_role(identity, parsed_args.role).id
    implied = common.find_role(identity, parsed_args.implied_role).id
    return '/roles/{}/implies/{}'.format(
        parse.quote(prior, safe=''), parse.quote(implied, safe=''))


class CreateImpliedRole(base.ResourceShowOne):
    """Make a role imply another one"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_rule_arguments(parser)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        response = rest.call(identity, 'put', rule_path(identity, parsed_args))
        return response.json()['role_inference']


class DeleteImpliedRole(base.Command):
    """Stop a role from implying another one"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_rule_arguments(parser)
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        rest.call(identity, 'delete', rule_path(identity, parsed_args))


class ListImpliedRole(base.ResourceLister):
    """List implied roles"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        response = rest.call(common.client(self.app), 'get',
                             '/role_inferences')
        # One row per pair: a prior role implies one or more roles.
        return ({'prior_role': rule['prior_role'], 'implies': implied}
                for rule in response.json().get('role_inferences', ())
                for implied in rule.get('implies', ()))
