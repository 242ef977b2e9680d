"""Network v2 service providers: the drivers behind Neutron's advanced
services (L3 router flavors and the like)."""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('service_type', 'Service Type'),
    Column('name', 'Name'),
    Column('is_default', 'Default'),
)


class ListNetworkServiceProvider(base.ResourceLister):
    """List Service Providers"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).service_providers()
