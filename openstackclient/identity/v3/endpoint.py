"""Identity v3 endpoints: create, delete, list, set, show; and the projects
an endpoint is restricted to (OS-EP-FILTER): add project, remove project.

Endpoints are shown with the name and type of their service.
"""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

INTERFACES = ('admin', 'public', 'internal')

# OSC shows the region ID twice, as 'region' and 'region_id'.
SHOW_COLUMNS = (
    Column('is_enabled', 'enabled'),
    Column('id', 'id'),
    Column('interface', 'interface'),
    Column('region_id', 'region'),
    Column('region_id', 'region_id'),
    Column('service_id', 'service_id'),
    Column('url', 'url'),
    Column('service_name', 'service_name'),
    Column('service_type', 'service_type'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('region_id', 'Region'),
    Column('service_name', 'Service Name'),
    Column('service_type', 'Service Type'),
    Column('is_enabled', 'Enabled'),
    Column('interface', 'Interface'),
    Column('url', 'URL'),
)

PROJECT_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
)


def _view(endpoint, service):
    """The endpoint's fields plus its service's name and type."""
    data = endpoint.to_dict(computed=False)
    data['service_name'] = getattr(service, 'name', None)
    data['service_type'] = getattr(service, 'type', None)
    return data


def _find_with_service(identity, reference):
    """``(endpoint, service)`` for an endpoint ID, or for a service (type,
    name or ID) that has exactly one endpoint."""
    try:
        endpoint = catalog_common.find_endpoint(identity, reference)
    except errors.NotFoundError:
        pass
    else:
        return endpoint, identity.get_service(endpoint.service_id)
    try:
        service = catalog_common.find_service(identity, reference)
    except errors.NotFoundError:
        raise errors.NotFoundError(
            f"No endpoint with an ID, nor service with a type, name or ID, "
            f"of '{reference}' exists.") from None
    endpoints = list(identity.endpoints(service_id=service.id))
    if not endpoints:
        raise errors.NotFoundError(
            f"Service '{reference}' has no endpoint.")
    if len(endpoints) > 1:
        raise errors.AmbiguousError(
            f"Service '{reference}' has more than one endpoint; use the "
            'endpoint ID.')
    return endpoints[0], service


def _add_interface_option(parser, option, help):
    parser.add_argument(option, metavar='<interface>', choices=INTERFACES,
                        help=help)


class _EndpointProjectLink(catalog_common.ProjectLinkCommand):
    """Link or unlink a project and an endpoint (by ID)."""

    def find_target(self, identity, name_or_id):
        return catalog_common.find_endpoint(identity, name_or_id)


class AddProjectToEndpoint(_EndpointProjectLink):
    """Associate a project to an endpoint"""

    target_help = 'Endpoint to give the project access to (ID)'
    project_help = 'Project to give access to the endpoint (name or ID)'

    def link(self, identity, target, project):
        identity.associate_endpoint_with_project(project=project.id,
                                                 endpoint=target.id)


class CreateEndpoint(base.ResourceShowOne):
    """Create new endpoint"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('service', metavar='<service>',
                            help='Service of the endpoint (type, name or ID)')
        _add_interface_option(parser, 'interface',
                              'Interface: admin, public or internal')
        parser.add_argument('url', metavar='<url>', help='URL of the endpoint')
        parser.add_argument('--region', metavar='<region-id>',
                            help='Region of the endpoint (ID)')
        common.add_enable_options(parser, 'endpoint', create=True)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        service = catalog_common.find_service(identity, parsed_args.service)
        endpoint = identity.create_endpoint(
            service_id=service.id,
            url=parsed_args.url,
            interface=parsed_args.interface,
            is_enabled=parsed_args.is_enabled,
            **common.changed(region_id=catalog_common.region_id(
                identity, parsed_args.region)),
        )
        return _view(endpoint, service)


class DeleteEndpoint(multi.MultiResourceAction):
    """Delete endpoint(s)"""

    resource = 'endpoint'
    named_by = 'ID'
    metavar = '<endpoint-id>'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        endpoint = catalog_common.find_endpoint(self.identity, name_or_id)
        self.identity.delete_endpoint(endpoint.id)


class ListEndpoint(base.ResourceLister):
    """List endpoints"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--service', metavar='<service>',
                            help='Only endpoints of this service '
                                 '(type, name or ID)')
        _add_interface_option(parser, '--interface',
                              'Only endpoints of this interface: admin, '
                              'public or internal')
        parser.add_argument('--region', metavar='<region-id>',
                            help='Only endpoints of this region (ID)')
        which = parser.add_mutually_exclusive_group()
        which.add_argument('--endpoint', metavar='<endpoint>',
                           help='List the projects this endpoint is '
                                'restricted to instead (endpoint ID)')
        which.add_argument('--project', metavar='<project>',
                           help='Only endpoints this project may use '
                                '(name or ID)')
        common.add_domain_scope_option(parser, 'project')
        return parser

    def get_columns(self, parsed_args):
        return PROJECT_COLUMNS if parsed_args.endpoint else LIST_COLUMNS

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        if parsed_args.endpoint:
            endpoint = catalog_common.find_endpoint(identity,
                                                    parsed_args.endpoint)
            return identity.endpoint_projects(endpoint.id)
        filters = common.changed(
            service_id=catalog_common.service_id(identity,
                                                 parsed_args.service),
            interface=parsed_args.interface,
            region_id=catalog_common.region_id(identity, parsed_args.region),
        )
        if parsed_args.project:
            project_id = common.id_or_name(
                common.find_project, identity, parsed_args.project,
                parsed_args.project_domain)
            # This API takes no filters: apply them here.
            endpoints = [
                ep for ep in identity.project_endpoints(project_id)
                if all(getattr(ep, key) == value
                       for key, value in filters.items())
            ]
        else:
            endpoints = list(identity.endpoints(**filters))
        services = {}
        if endpoints:
            services = {s.id: s for s in identity.services()}
        return [_view(ep, services.get(ep.service_id)) for ep in endpoints]


class RemoveProjectFromEndpoint(_EndpointProjectLink):
    """Dissociate a project from an endpoint"""

    target_help = 'Endpoint to take the project\'s access from (ID)'
    project_help = 'Project to remove from the endpoint (name or ID)'

    def link(self, identity, target, project):
        identity.disassociate_endpoint_from_project(project=project.id,
                                                    endpoint=target.id)


class SetEndpoint(base.Command):
    """Set endpoint properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('endpoint', metavar='<endpoint-id>',
                            help='Endpoint to change (ID)')
        parser.add_argument('--region', metavar='<region-id>',
                            help='Move the endpoint to this region (ID)')
        _add_interface_option(parser, '--interface',
                              'New interface: admin, public or internal')
        parser.add_argument('--url', metavar='<url>', help='New URL')
        parser.add_argument('--service', metavar='<service>',
                            help='Move the endpoint to this service '
                                 '(type, name or ID)')
        common.add_enable_options(parser, 'endpoint')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        endpoint = catalog_common.find_endpoint(identity, parsed_args.endpoint)
        changes = common.changed(
            service_id=catalog_common.service_id(identity,
                                                 parsed_args.service),
            is_enabled=parsed_args.is_enabled,
            url=parsed_args.url,
            interface=parsed_args.interface,
            region_id=catalog_common.region_id(identity, parsed_args.region),
        )
        if changes:
            identity.update_endpoint(endpoint.id, **changes)


class ShowEndpoint(base.ResourceShowOne):
    """Display endpoint details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'endpoint', metavar='<endpoint>',
            help='Endpoint to display: its ID, or the type, name or ID of a '
                 'service with one endpoint')
        return parser

    def get_resource(self, parsed_args):
        return _view(*_find_with_service(common.client(self.app),
                                         parsed_args.endpoint))
