"""Identity v3 services of the catalog: create, delete, list, set, show.

A service is named by its ID, its name, or its type when only one service
has that type.
"""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('name', 'name'),
    Column('type', 'type'),
    Column('is_enabled', 'enabled'),
    Column('description', 'description'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('type', 'Type'),
    Column('description', 'Description', long=True),
    Column('is_enabled', 'Enabled', long=True),
)

_TYPE_HELP = 'Service type (compute, image, identity, volume, ...)'


class CreateService(base.ResourceShowOne):
    """Create new service"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('type', metavar='<type>', help=_TYPE_HELP)
        parser.add_argument('--name', metavar='<name>',
                            help='Name of the new service')
        parser.add_argument('--description', metavar='<description>',
                            help='Describe the new service')
        common.add_enable_options(parser, 'service', create=True)
        return parser

    def get_resource(self, parsed_args):
        # Keystone refuses a null name or description: send only those
        # given.
        return common.client(self.app).create_service(
            type=parsed_args.type,
            is_enabled=parsed_args.is_enabled,
            **common.changed(name=parsed_args.name,
                             description=parsed_args.description),
        )


class DeleteService(multi.MultiResourceAction):
    """Delete service(s)"""

    resource = 'service'
    named_by = 'type, name or ID'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        service = catalog_common.find_service(self.identity, name_or_id)
        self.identity.delete_service(service.id)


class ListService(base.ResourceLister):
    """List services"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).services()


class SetService(base.Command):
    """Set service properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('service', metavar='<service>',
                            help='Service to change (type, name or ID)')
        parser.add_argument('--type', metavar='<type>',
                            help='New service type')
        parser.add_argument('--name', metavar='<service-name>',
                            help='New service name')
        parser.add_argument('--description', metavar='<description>',
                            help='Replace the description')
        common.add_enable_options(parser, 'service')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        service = catalog_common.find_service(identity, parsed_args.service)
        changes = common.changed(
            type=parsed_args.type,
            name=parsed_args.name,
            description=parsed_args.description,
            is_enabled=parsed_args.is_enabled,
        )
        if changes:
            identity.update_service(service.id, **changes)


class ShowService(base.ResourceShowOne):
    """Display service details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('service', metavar='<service>',
                            help='Service to display (type, name or ID)')
        return parser

    def get_resource(self, parsed_args):
        return catalog_common.find_service(common.client(self.app),
                                           parsed_args.service)
