"""Network v2 IP availability: how many addresses each network's subnets
have and how many are in use (admin only by default policy)."""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('network_id', 'Network ID'),
    Column('network_name', 'Network Name'),
    Column('total_ips', 'Total IPs'),
    Column('used_ips', 'Used IPs'),
)
FORMATTERS = {'subnet_ip_availability': common.ListDictColumn,
              'ip_availability_details': common.DictColumn}
#: Fields the SDK has that Neutron does not send.
HIDDEN = ('id', 'name')


class ListIPAvailability(common.Paginated, base.ResourceLister):
    """List IP availability for network"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--ip-version', type=int, choices=(4, 6), default=4,
            metavar='<ip-version>',
            help='List IP availability of networks of this IP version: '
                 '4 or 6 (default: 4)')
        common.add_project_options(
            parser, 'List IP availability of the networks of this project '
                    '(name or ID)')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            ip_version=parsed_args.ip_version,
            project_id=common.project_id(self.app, parsed_args))
        query.update(pagination.query(parsed_args))
        return common.client(self.app).network_ip_availabilities(**query)


class ShowIPAvailability(base.ShowOne):
    """Show network IP availability details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'network', metavar='<network>',
            help='Show IP availability of this network (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        # Looked up as a network: IP availability is found by ID only.
        net = common.find(network, 'network', parsed_args.network)
        availability = common.find(network, 'network_ip_availability',
                                   net.id, kind='network IP availability')
        return common.fields(availability, formatters=FORMATTERS,
                             hidden=HIDDEN)
