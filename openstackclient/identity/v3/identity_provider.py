"""Identity v3 federated identity providers: create, delete, list, set,
show."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import ListColumn
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import federation_common as fed

KIND = 'identity provider'

SHOW_COLUMNS = (
    Column('authorization_ttl', 'authorization_ttl'),
    Column('description', 'description'),
    Column('domain_id', 'domain_id'),
    Column('is_enabled', 'enabled'),
    Column('id', 'id'),
    Column('remote_ids', 'remote_ids', ListColumn),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('is_enabled', 'Enabled'),
    Column('domain_id', 'Domain ID'),
    Column('description', 'Description'),
)


def _add_options(parser, new):
    """The options of create (``new``) and set."""
    if new:
        parser.add_argument(
            'identity_provider_id', metavar='<name>',
            help='New identity provider name (must be unique)')
    else:
        parser.add_argument(
            'identity_provider', metavar='<identity-provider>',
            help='Identity provider to modify')
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        '--remote-id',
        metavar='<remote-id>',
        dest='remote_ids',
        action='append',
        help='Remote ID to associate with the identity provider '
             '(repeat for several)',
    )
    group.add_argument(
        '--remote-id-file',
        metavar='<file-name>',
        help='File with remote IDs to associate with the identity '
             'provider, one per line',
    )
    fed.add_description_option(parser, 'identity provider', new=new)
    parser.add_argument(
        '--authorization-ttl',
        metavar='<authorization-ttl>',
        type=int,
        help='Minutes to keep the role assignments of users who sign in '
             'through this identity provider'
             + (' (default: the Identity service setting)' if new else ''),
    )
    common.add_enable_options(parser, 'the identity provider', create=new)


def authorization_ttl(parsed_args):
    """``--authorization-ttl``, checked: minutes cannot be negative."""
    ttl = parsed_args.authorization_ttl
    if ttl is not None and ttl < 0:
        raise errors.UsageError(
            f'--authorization-ttl must be 0 or more, not {ttl}')
    return ttl


def remote_ids(parsed_args):
    """The remote IDs given by option or file (blank lines skipped)."""
    if parsed_args.remote_id_file:
        text = fed.read_file(parsed_args.remote_id_file, 'remote ID')
        return [line.strip() for line in text.splitlines() if line.strip()]
    return parsed_args.remote_ids


class CreateIdentityProvider(base.ResourceShowOne):
    """Create new identity provider"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_options(parser, new=True)
        parser.add_argument(
            '--domain',
            metavar='<domain>',
            help='Domain of the users of this identity provider (name or '
                 'ID); without it, Keystone creates a new domain',
        )
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        attrs = common.changed(
            description=parsed_args.description,
            remote_ids=remote_ids(parsed_args),
            authorization_ttl=authorization_ttl(parsed_args),
            domain_id=common.domain_id(identity, parsed_args.domain),
        )
        return identity.create_identity_provider(
            id=parsed_args.identity_provider_id,
            is_enabled=parsed_args.is_enabled,
            **attrs,
        )


class DeleteIdentityProvider(fed.DeleteById):
    """Delete identity provider(s)"""

    resource = KIND
    delete_method = 'delete_identity_provider'


class ListIdentityProvider(base.ResourceLister):
    """List identity providers"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--id', metavar='<id>',
                            help='Only the identity provider with this ID')
        parser.add_argument('--enabled', dest='is_enabled',
                            action='store_true',
                            help='Only enabled identity providers')
        return parser

    def list_resources(self, parsed_args):
        filters = common.changed(id=parsed_args.id,
                                 is_enabled=parsed_args.is_enabled or None)
        return common.client(self.app).identity_providers(**filters)


class SetIdentityProvider(base.Command):
    """Set identity provider properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_options(parser, new=False)
        return parser

    def take_action(self, parsed_args):
        changes = common.changed(
            description=parsed_args.description,
            remote_ids=remote_ids(parsed_args),
            authorization_ttl=authorization_ttl(parsed_args),
            is_enabled=parsed_args.is_enabled,
        )
        if not changes:
            return
        name = parsed_args.identity_provider
        with fed.not_found_as(KIND, name):
            common.client(self.app).update_identity_provider(name, **changes)


class ShowIdentityProvider(fed.ShowById):
    """Display identity provider details"""

    columns = SHOW_COLUMNS
    resource = KIND
    get_method = 'get_identity_provider'
