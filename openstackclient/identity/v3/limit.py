"""Identity v3 limits (unified limits: the limit of a resource for one
project, overriding the registered default): create, delete, list, set,
show."""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('description', 'description'),
    Column('id', 'id'),
    Column('project_id', 'project_id'),
    Column('region_id', 'region_id'),
    Column('resource_limit', 'resource_limit'),
    Column('resource_name', 'resource_name'),
    Column('service_id', 'service_id'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('project_id', 'Project ID'),
    Column('service_id', 'Service ID'),
    Column('resource_name', 'Resource Name'),
    Column('resource_limit', 'Resource Limit'),
    Column('description', 'Description'),
    Column('region_id', 'Region ID'),
)


def _add_id_argument(parser, what):
    parser.add_argument('limit_id', metavar='<limit-id>',
                        help=f'Limit to {what} (ID)')


def _get(identity, limit_id):
    return catalog_common.get_by_id(identity.get_limit, limit_id,
                                    kind='limit')


class CreateLimit(base.ResourceShowOne):
    """Create a limit"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        catalog_common.add_limit_create_options(parser, 'limit')
        parser.add_argument('--project', metavar='<project>', required=True,
                            help='Project the limit applies to '
                                 '(name or ID; required)')
        common.add_domain_scope_option(parser, 'project')
        parser.add_argument('--resource-limit', metavar='<resource-limit>',
                            type=int, required=True,
                            help='Limit of the resource for the project '
                                 '(required)')
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        project = common.find_project(identity, parsed_args.project,
                                      parsed_args.project_domain)
        return identity.create_limit(
            project_id=project.id,
            resource_limit=parsed_args.resource_limit,
            **catalog_common.limit_create_attrs(identity, parsed_args),
        )


class DeleteLimit(multi.MultiResourceAction):
    """Delete a limit"""

    resource = 'limit'
    named_by = 'ID'
    metavar = '<limit-id>'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        self.identity.delete_limit(_get(self.identity, name_or_id).id)


class ListLimit(base.ResourceLister):
    """List limits"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        catalog_common.add_limit_filter_options(parser, 'limits')
        parser.add_argument('--project', metavar='<project>',
                            help='Only the limits of this project '
                                 '(name or ID)')
        common.add_domain_scope_option(parser, 'project')
        return parser

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        filters = catalog_common.limit_filters(identity, parsed_args)
        if parsed_args.project is not None:
            filters['project_id'] = common.id_or_name(
                common.find_project, identity, parsed_args.project,
                parsed_args.project_domain)
        return identity.limits(**filters)


class SetLimit(base.ResourceShowOne):
    """Update information about a limit"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_id_argument(parser, 'change')
        parser.add_argument('--description', metavar='<description>',
                            help='Replace the description')
        parser.add_argument('--resource-limit', metavar='<resource-limit>',
                            dest='resource_limit', type=int,
                            help='New limit of the resource for the project')
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        changes = common.changed(description=parsed_args.description,
                                 resource_limit=parsed_args.resource_limit)
        return catalog_common.update_by_id(
            identity.get_limit, identity.update_limit, parsed_args.limit_id,
            changes, kind='limit')


class ShowLimit(base.ResourceShowOne):
    """Display limit details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_id_argument(parser, 'display')
        return parser

    def get_resource(self, parsed_args):
        return _get(common.client(self.app), parsed_args.limit_id)
