"""The service catalog of the current token: catalog list, catalog show.

Read from the token itself (no identity API request beyond signing in).
"""

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column


class EndpointsColumn(cliff_columns.FormattableColumn):
    """Catalog endpoints: a region line, then ``  <interface>: <url>``,
    for people; the list of endpoint dicts for machines."""

    def human_readable(self):
        lines = []
        for endpoint in self._value or ():
            region = (endpoint.get('region_id') or endpoint.get('region')
                      or '<none>')
            lines.append(region)
            lines.append(f"  {endpoint.get('interface')}: "
                         f"{endpoint.get('url')}")
        return '\n'.join(lines)

    def machine_readable(self):
        return list(self._value or ())


LIST_COLUMNS = (
    Column('name', 'Name'),
    Column('type', 'Type'),
    Column('endpoints', 'Endpoints', EndpointsColumn),
)


def _catalog(app):
    """The catalog (a list of service dicts) of the signed-in token."""
    auth_ref = app.client_manager.auth_ref
    if not auth_ref:
        raise errors.AuthError('Sign in to read the service catalog.')
    return auth_ref.service_catalog.catalog or []


class ListCatalog(base.ResourceLister):
    """List services in the service catalog"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return _catalog(self.app)


class ShowCatalog(base.ShowOne):
    """Display service catalog details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('service', metavar='<service>',
                            help='Service to display (type or name)')
        return parser

    def take_action(self, parsed_args):
        wanted = parsed_args.service
        for service in _catalog(self.app):
            if wanted in (service.get('name'), service.get('type')):
                break
        else:
            raise errors.NotFoundError(
                f"No service with a type or name of '{wanted}' is in the "
                'catalog.')
        fields = {key: value for key, value in service.items()
                  if key != 'links'}
        fields['endpoints'] = EndpointsColumn(fields.get('endpoints'))
        labels = tuple(sorted(fields))
        return labels, tuple(fields[label] for label in labels)
