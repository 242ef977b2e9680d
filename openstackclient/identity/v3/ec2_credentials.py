"""Identity v3 EC2 credentials: create, delete, list, show.

They belong to a user (``--user``, default: the signed-in user) and are
found by access key.
"""

import functools

from openstackclient.cli import base
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation

SHOW_COLUMNS = (
    Column('id', 'access'),
    Column('links', 'links'),
    Column('project_id', 'project_id'),
    Column('secret', 'secret'),
    Column('trust_id', 'trust_id'),
    Column('user_id', 'user_id'),
)

LIST_COLUMNS = (
    Column('id', 'Access'),
    Column('secret', 'Secret'),
    Column('project_id', 'Project ID'),
    Column('user_id', 'User ID'),
)


def _add_user_options(parser, action):
    parser.add_argument(
        '--user',
        metavar='<user>',
        help=f'{action} credentials of this user (name or ID; default: '
             'the signed-in user)',
    )
    common.add_domain_scope_option(parser, 'user')


def _user_id(app, parsed_args):
    return delegation.user_id(app, parsed_args.user, parsed_args.user_domain)


def find_ec2_credentials(identity, user_id, access_key):
    """The EC2 credentials of ``user_id`` with this access key."""
    finder = functools.partial(identity._find, delegation.Ec2Credential,
                               user_id=user_id)
    return lookup.find(finder, access_key, kind='EC2 credentials')


class CreateEC2Credentials(base.ResourceShowOne):
    """Create EC2 credentials"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--project',
            metavar='<project>',
            help='Project the credentials are for (name or ID; default: '
                 'the project of the session)',
        )
        _add_user_options(parser, 'Create')
        common.add_domain_scope_option(parser, 'project')
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        user_id = _user_id(self.app, parsed_args)
        if parsed_args.project is None:
            project_id = delegation.current_project_id(self.app)
        else:
            project_id = common.id_or_name(
                common.find_project, identity, parsed_args.project,
                parsed_args.project_domain)
        return identity._create(delegation.Ec2Credential, user_id=user_id,
                                project_id=project_id)


class DeleteEC2Credentials(multi.MultiResourceAction):
    """Delete EC2 credentials"""

    resource = 'EC2 credentials'
    resource_plural = 'EC2 credentials'
    metavar = '<access-key>'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_user_options(parser, 'Delete')
        return parser

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)
        self.user_id = _user_id(self.app, parsed_args)

    def act(self, parsed_args, name_or_id):
        self.identity._delete(delegation.Ec2Credential, name_or_id,
                              user_id=self.user_id, ignore_missing=False)


class ListEC2Credentials(base.ResourceLister):
    """List EC2 credentials"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_user_options(parser, 'List')
        return parser

    def list_resources(self, parsed_args):
        return common.client(self.app)._list(
            delegation.Ec2Credential, user_id=_user_id(self.app, parsed_args))


class ShowEC2Credentials(base.ResourceShowOne):
    """Display EC2 credentials details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('access_key', metavar='<access-key>',
                            help='Access key of the credentials')
        _add_user_options(parser, 'Show')
        return parser

    def get_resource(self, parsed_args):
        return find_ec2_credentials(common.client(self.app),
                                    _user_id(self.app, parsed_args),
                                    parsed_args.access_key)
