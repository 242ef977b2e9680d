"""Identity v3 federated service providers: create, delete, list, set,
show."""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import federation_common as fed

KIND = 'service provider'

SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('is_enabled', 'enabled'),
    Column('description', 'description'),
    Column('auth_url', 'auth_url'),
    Column('sp_url', 'sp_url'),
    Column('relay_state_prefix', 'relay_state_prefix'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('is_enabled', 'Enabled'),
    Column('description', 'Description'),
    Column('auth_url', 'Auth URL'),
    Column('sp_url', 'Service Provider URL'),
    Column('relay_state_prefix', 'Relay State Prefix'),
)


def _add_options(parser, new):
    """The options of create (``new``) and set."""
    if new:
        parser.add_argument(
            'service_provider_id', metavar='<name>',
            help='New service provider name (must be unique)')
    else:
        parser.add_argument(
            'service_provider', metavar='<service-provider>',
            help='Service provider to modify')
    required = ' (required)' if new else ''
    parser.add_argument(
        '--auth-url',
        metavar='<auth-url>',
        required=new,
        help=f"{'A' if new else 'New'} authentication URL of the remote "
             f'federated service provider{required}',
    )
    fed.add_description_option(parser, 'service provider', new=new)
    parser.add_argument(
        '--service-provider-url',
        metavar='<sp-url>',
        required=new,
        help=f"{'The' if new else 'New'} URL of the service provider, "
             f'where SAML assertions are sent{required}',
    )
    common.add_enable_options(parser, 'the service provider', create=new)


def _changes(parsed_args):
    return common.changed(
        auth_url=parsed_args.auth_url,
        description=parsed_args.description,
        sp_url=parsed_args.service_provider_url,
        is_enabled=parsed_args.is_enabled,
    )


class CreateServiceProvider(base.ResourceShowOne):
    """Create new service provider"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_options(parser, new=True)
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).create_service_provider(
            id=parsed_args.service_provider_id, **_changes(parsed_args))


class DeleteServiceProvider(fed.DeleteById):
    """Delete service provider(s)"""

    resource = KIND
    delete_method = 'delete_service_provider'


class ListServiceProvider(base.ResourceLister):
    """List service providers"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).service_providers()


class SetServiceProvider(base.ResourceShowOne):
    """Set service provider properties"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_options(parser, new=False)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        name = parsed_args.service_provider
        changes = _changes(parsed_args)
        with fed.not_found_as(KIND, name):
            if changes:
                return identity.update_service_provider(name, **changes)
            return identity.get_service_provider(name)


class ShowServiceProvider(fed.ShowById):
    """Display service provider details"""

    columns = SHOW_COLUMNS
    resource = KIND
    get_method = 'get_service_provider'
