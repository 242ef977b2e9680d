"""Identity v3 registered limits (unified limits: the default limit of a
resource of a service): create, delete, list, set, show."""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('default_limit', 'default_limit'),
    Column('description', 'description'),
    Column('id', 'id'),
    Column('region_id', 'region_id'),
    Column('resource_name', 'resource_name'),
    Column('service_id', 'service_id'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('service_id', 'Service ID'),
    Column('resource_name', 'Resource Name'),
    Column('default_limit', 'Default Limit'),
    Column('description', 'Description'),
    Column('region_id', 'Region ID'),
)

KIND = 'registered limit'


def _get(identity, registered_limit_id):
    return catalog_common.get_by_id(identity.get_registered_limit,
                                    registered_limit_id, kind=KIND)


def _add_id_argument(parser, what):
    parser.add_argument('registered_limit_id',
                        metavar='<registered-limit-id>',
                        help=f'Registered limit to {what} (ID)')


class CreateRegisteredLimit(base.ResourceShowOne):
    """Create a registered limit"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        catalog_common.add_limit_create_options(parser, 'registered limit')
        parser.add_argument('--default-limit', metavar='<default-limit>',
                            type=int, required=True,
                            help='Limit of projects without a limit of their '
                                 'own (required)')
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        return identity.create_registered_limit(
            default_limit=parsed_args.default_limit,
            **catalog_common.limit_create_attrs(identity, parsed_args),
        )


class DeleteRegisteredLimit(multi.MultiResourceAction):
    """Delete a registered limit"""

    resource = KIND
    named_by = 'ID'
    metavar = '<registered-limits>'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        limit = _get(self.identity, name_or_id)
        self.identity.delete_registered_limit(limit.id)


class ListRegisteredLimit(base.ResourceLister):
    """List registered limits"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        catalog_common.add_limit_filter_options(parser, 'registered limits')
        return parser

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        return identity.registered_limits(
            **catalog_common.limit_filters(identity, parsed_args))


class SetRegisteredLimit(base.ResourceShowOne):
    """Update information about a registered limit"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_id_argument(parser, 'change')
        unique = (' (service, resource name and region together must stay '
                  'unique)')
        parser.add_argument('--service', metavar='<service>',
                            help='New service (type, name or ID)' + unique)
        parser.add_argument('--resource-name', metavar='<resource-name>',
                            help='New resource name' + unique)
        parser.add_argument('--default-limit', metavar='<default-limit>',
                            type=int, help='New default limit')
        parser.add_argument('--description', metavar='<description>',
                            help='Replace the description')
        parser.add_argument('--region', metavar='<region>',
                            help='New region (ID)' + unique)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        changes = common.changed(
            service_id=catalog_common.service_id(identity,
                                                 parsed_args.service),
            resource_name=parsed_args.resource_name,
            default_limit=parsed_args.default_limit,
            description=parsed_args.description,
            region_id=catalog_common.region_id(identity, parsed_args.region),
        )
        return catalog_common.update_by_id(
            identity.get_registered_limit,
            identity.update_registered_limit,
            parsed_args.registered_limit_id, changes, kind=KIND)


class ShowRegisteredLimit(base.ResourceShowOne):
    """Display registered limit details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_id_argument(parser, 'display')
        return parser

    def get_resource(self, parsed_args):
        return _get(common.client(self.app), parsed_args.registered_limit_id)
