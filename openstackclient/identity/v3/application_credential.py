"""Identity v3 application credentials: create, delete, list, show.

Application credentials belong to the signed-in user (``list --user``
lists another user's). The secret is shown once, by ``create``; it is
masked in logs and ``--debug`` output like every other secret.
"""

import functools
import json

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import redact
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation


class RolesColumn(cliff_columns.FormattableColumn):
    """Roles: their names, sorted and comma-joined, for people."""

    def human_readable(self):
        return ', '.join(sorted(role['name'] for role in self._value or ()))


COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('project_id', 'Project ID'),
    Column('roles', 'Roles', RolesColumn),
    Column('unrestricted', 'Unrestricted'),
    Column('access_rules', 'Access Rules'),
    Column('expires_at', 'Expires At'),
)

CREATE_COLUMNS = COLUMNS + (Column('secret', 'Secret'),)


def load_access_rules(text):
    """``--access-rules``: a JSON list, or the path of a file holding one."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        with open(text) as source:
            return json.load(source)
    except OSError:
        raise errors.UsageError(
            '--access-rules is neither valid JSON nor a readable file: '
            f'{text}') from None
    except ValueError as exc:
        raise errors.UsageError(
            f'--access-rules file {text} is not valid JSON: {exc}') from None


def find_application_credential(identity, user_id, name_or_id):
    """The application credential of ``user_id`` with this name or ID."""
    finder = functools.partial(identity.find_application_credential,
                               user_id)
    return lookup.find(finder, name_or_id, kind='application credential')


class CreateApplicationCredential(base.ResourceShowOne):
    """Create new application credential"""

    columns = CREATE_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of the application credential')
        parser.add_argument(
            '--secret', metavar='<secret>',
            help='Secret to authenticate with (default: Keystone makes one)')
        delegation.add_role_option(parser)
        delegation.add_expiration_option(parser, 'application credential')
        parser.add_argument('--description', metavar='<description>',
                            help='Application credential description')
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--unrestricted', dest='unrestricted', action='store_true',
            default=False,
            help='Allow the credential to create and delete application '
                 'credentials and trusts (risky; off by default)')
        group.add_argument(
            '--restricted', dest='unrestricted', action='store_false',
            help='Forbid the credential to create and delete application '
                 'credentials and trusts (default)')
        parser.add_argument(
            '--access-rules', metavar='<access-rules>',
            help='JSON list of access rules, or a file holding it; each '
                 'rule has a service, method and path, e.g. '
                 '\'[{"service": "image", "method": "GET", '
                 '"path": "/v2/images"}]\'')
        return parser

    def get_resource(self, parsed_args):
        redact.add_secret(parsed_args.secret)
        access_rules = []
        if parsed_args.access_rules is not None:
            access_rules = load_access_rules(parsed_args.access_rules)
        identity = common.client(self.app)
        made = identity.create_application_credential(
            delegation.current_user_id(self.app),
            parsed_args.name,
            roles=[delegation.role_reference(r) for r in parsed_args.roles],
            expires_at=delegation.parse_expiration(parsed_args.expiration),
            description=parsed_args.description,
            secret=parsed_args.secret,
            unrestricted=parsed_args.unrestricted,
            access_rules=access_rules,
        )
        redact.add_secret(made.secret)
        return made


class DeleteApplicationCredential(multi.MultiResourceAction):
    """Delete application credential(s)"""

    resource = 'application credential'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)
        self.user_id = delegation.current_user_id(self.app)

    def act(self, parsed_args, name_or_id):
        found = find_application_credential(self.identity, self.user_id,
                                            name_or_id)
        self.identity.delete_application_credential(self.user_id, found.id)


class ListApplicationCredential(base.ResourceLister):
    """List application credentials"""

    columns = COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--user', metavar='<user>',
            help='List the application credentials of this user (name or '
                 'ID; default: the signed-in user)')
        common.add_domain_scope_option(parser, 'user')
        return parser

    def list_resources(self, parsed_args):
        user_id = delegation.user_id(self.app, parsed_args.user,
                                     parsed_args.user_domain)
        return common.client(self.app).application_credentials(user=user_id)


class ShowApplicationCredential(base.ResourceShowOne):
    """Display application credential details"""

    columns = COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'application_credential', metavar='<application-credential>',
            help='Application credential to display (name or ID)')
        return parser

    def get_resource(self, parsed_args):
        return find_application_credential(
            common.client(self.app), delegation.current_user_id(self.app),
            parsed_args.application_credential)
