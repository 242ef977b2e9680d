"""Identity v3 endpoint groups (OS-EP-FILTER): create, delete, list, set,
show; add project, remove project.

An endpoint group selects endpoints by filters (``interface``,
``service_id``, ``region_id``) read from a JSON file.
"""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import DictColumn
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('description', 'description'),
    Column('filters', 'filters', DictColumn),
    Column('id', 'id'),
    Column('name', 'name'),
)

# Endpoint groups and projects are both listed under these labels.
LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
)

_FILTERS_HELP = ('JSON file of the filters that select endpoints, e.g. '
                 '{"interface": "public", "service_id": "<id>"}')


class _EndpointGroupProjectLink(catalog_common.ProjectLinkCommand):
    """Link or unlink a project and an endpoint group."""

    target = 'endpoint-group'
    target_help = 'Endpoint group (name or ID)'

    def find_target(self, identity, name_or_id):
        return catalog_common.find_endpoint_group(identity, name_or_id)


class AddProjectToEndpointGroup(_EndpointGroupProjectLink):
    """Add a project to an endpoint group"""

    project_help = 'Project to give access to the group (name or ID)'

    def link(self, identity, target, project):
        identity.associate_project_with_endpoint_group(
            endpoint_group=target.id, project=project.id)


class CreateEndpointGroup(base.ResourceShowOne):
    """Create new endpoint group"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of the new endpoint group')
        parser.add_argument('filters', metavar='<filename>',
                            help=_FILTERS_HELP)
        parser.add_argument('--description', metavar='<description>',
                            help='Describe the new endpoint group')
        return parser

    def get_resource(self, parsed_args):
        filters = catalog_common.read_json(parsed_args.filters)
        return common.client(self.app).create_endpoint_group(
            name=parsed_args.name,
            filters=filters,
            description=parsed_args.description,
        )


class DeleteEndpointGroup(multi.MultiResourceAction):
    """Delete endpoint group(s)"""

    resource = 'endpoint group'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        group = catalog_common.find_endpoint_group(self.identity, name_or_id)
        self.identity.delete_endpoint_group(group.id)


class ListEndpointGroup(base.ResourceLister):
    """List endpoint groups"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        which = parser.add_mutually_exclusive_group()
        which.add_argument('--endpointgroup', metavar='<endpoint-group>',
                           help='List the projects of this endpoint group '
                                'instead (name or ID)')
        which.add_argument('--project', metavar='<project>',
                           help='Only the endpoint groups of this project '
                                '(name or ID)')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain of --project (name or ID)')
        return parser

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        if parsed_args.endpointgroup:
            group = catalog_common.find_endpoint_group(
                identity, parsed_args.endpointgroup)
            return identity.endpoint_group_projects(group.id)
        if parsed_args.project:
            project = common.find_project(identity, parsed_args.project,
                                          parsed_args.domain)
            return identity.project_endpoint_groups(project.id)
        return identity.endpoint_groups()


class RemoveProjectFromEndpointGroup(_EndpointGroupProjectLink):
    """Remove project from endpoint group"""

    project_help = 'Project to remove from the group (name or ID)'

    def link(self, identity, target, project):
        identity.disassociate_project_from_endpoint_group(
            endpoint_group=target.id, project=project.id)


class SetEndpointGroup(base.Command):
    """Set endpoint group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('endpointgroup', metavar='<endpoint-group>',
                            help='Endpoint group to change (name or ID)')
        parser.add_argument('--name', metavar='<name>', help='New name')
        parser.add_argument('--filters', metavar='<filename>',
                            help='Replace the filters: ' + _FILTERS_HELP)
        parser.add_argument('--description', metavar='<description>',
                            help='Replace the description')
        return parser

    def take_action(self, parsed_args):
        filters = None
        if parsed_args.filters is not None:
            filters = catalog_common.read_json(parsed_args.filters)
        identity = common.client(self.app)
        group = catalog_common.find_endpoint_group(identity,
                                                   parsed_args.endpointgroup)
        changes = common.changed(
            name=parsed_args.name,
            filters=filters,
            description=parsed_args.description,
        )
        if changes:
            identity.update_endpoint_group(group.id, **changes)


class ShowEndpointGroup(base.ResourceShowOne):
    """Display endpoint group details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('endpointgroup', metavar='<endpointgroup>',
                            help='Endpoint group to display (name or ID)')
        return parser

    def get_resource(self, parsed_args):
        return catalog_common.find_endpoint_group(common.client(self.app),
                                                  parsed_args.endpointgroup)
