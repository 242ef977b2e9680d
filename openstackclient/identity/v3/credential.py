"""Identity v3 credentials: create, delete, list, set, show.

Credentials are found by ID only (they have no name).
"""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('blob', 'blob'),
    Column('id', 'id'),
    Column('project_id', 'project_id'),
    Column('type', 'type'),
    Column('user_id', 'user_id'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('type', 'Type'),
    Column('user_id', 'User ID'),
    Column('blob', 'Data'),
    Column('project_id', 'Project ID'),
)

TYPE_HELP = 'cert, ec2, totp and so on'


def _add_project_option(parser):
    parser.add_argument(
        '--project',
        metavar='<project>',
        help='Project the credential is limited to (name or ID)',
    )


def _project_id(identity, name_or_id):
    if name_or_id is None:
        return None
    return common.id_or_name(common.find_project, identity, name_or_id)


class CreateCredential(base.ResourceShowOne):
    """Create new credential"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('user', metavar='<user>',
                            help='User who owns the credential (name or ID)')
        parser.add_argument('--type', metavar='<type>', default='cert',
                            help=f'Credential type: {TYPE_HELP} '
                                 '(default: cert)')
        parser.add_argument('data', metavar='<data>',
                            help='Credential data (for ec2, JSON with '
                                 'access and secret)')
        _add_project_option(parser)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        return identity.create_credential(
            user_id=common.id_or_name(common.find_user, identity,
                                      parsed_args.user),
            type=parsed_args.type,
            blob=parsed_args.data,
            project_id=_project_id(identity, parsed_args.project),
        )


class DeleteCredential(multi.MultiResourceAction):
    """Delete credential(s)"""

    resource = 'credential'
    metavar = '<credential-id>'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        self.identity.delete_credential(name_or_id, ignore_missing=False)


class ListCredential(base.ResourceLister):
    """List credentials"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--user', metavar='<user>',
                            help='Only credentials of this user (name or ID)')
        common.add_domain_scope_option(parser, 'user')
        parser.add_argument('--type', metavar='<type>',
                            help=f'Only credentials of this type: {TYPE_HELP}')
        return parser

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        user_id = None
        if parsed_args.user is not None:
            user_id = common.id_or_name(common.find_user, identity,
                                        parsed_args.user,
                                        parsed_args.user_domain)
        return identity.credentials(
            **common.changed(user_id=user_id, type=parsed_args.type))


class SetCredential(base.Command):
    """Set credential properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('credential', metavar='<credential-id>',
                            help='Credential to change (ID)')
        parser.add_argument('--user', metavar='<user>', required=True,
                            help='User who owns the credential (name or ID)')
        parser.add_argument('--type', metavar='<type>', required=True,
                            help=f'Credential type: {TYPE_HELP}')
        parser.add_argument('--data', metavar='<data>', required=True,
                            help='New credential data')
        _add_project_option(parser)
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        current = identity.get_credential(parsed_args.credential)
        wanted = {
            'blob': parsed_args.data,
            'type': parsed_args.type,
            'user_id': common.id_or_name(common.find_user, identity,
                                         parsed_args.user),
        }
        if parsed_args.project is not None:
            wanted['project_id'] = _project_id(identity, parsed_args.project)
        # Keystone updates only the data in place: send the other fields
        # only when they change, so that it can say if it refuses them.
        changes = {key: value for key, value in wanted.items()
                   if key == 'blob' or getattr(current, key) != value}
        identity.update_credential(current, **changes)


class ShowCredential(base.ResourceShowOne):
    """Display credential details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('credential', metavar='<credential-id>',
                            help='Credential to display (ID)')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).get_credential(parsed_args.credential)
