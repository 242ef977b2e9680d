"""Network v2 local IPs: a virtual IP that ports associated with it reach
locally, without leaving the host (local_ip plugin)."""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

IP_MODES = ('translate', 'passthrough')

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('project_id', 'Project'),
    Column('local_port_id', 'Local Port ID'),
    Column('network_id', 'Network'),
    Column('local_ip_address', 'Local IP address'),
    Column('ip_mode', 'IP mode'),
)


def find_local_ip(network, name_or_id):
    """The local IP with this name or ID."""
    return common.find(network, 'local_ip', name_or_id, kind='local IP')


class CreateLocalIP(base.ShowOne):
    """Create Local IP"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='New local IP name')
        parser.add_argument('--description', metavar='<description>',
                            help='New local IP description')
        parser.add_argument(
            '--network', metavar='<network>',
            help='Network to allocate the local IP from (name or ID)')
        parser.add_argument(
            '--local-port', metavar='<local-port>',
            help='Port to take the local IP address from (name or ID)')
        parser.add_argument('--local-ip-address',
                            metavar='<local-ip-address>',
                            help='IP address or CIDR')
        parser.add_argument(
            '--ip-mode', metavar='<ip-mode>', choices=IP_MODES,
            help='How traffic reaches the local IP: '
                 + ', '.join(IP_MODES))
        common.add_project_options(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            local_port_id=common.find_id(network, 'port',
                                         parsed_args.local_port),
            local_ip_address=parsed_args.local_ip_address,
            ip_mode=parsed_args.ip_mode,
            project_id=common.project_id(self.app, parsed_args))
        return common.fields(network.create_local_ip(**attrs))


class DeleteLocalIP(common.NetworkDelete):
    """Delete local IP(s)"""

    resource = 'local IP'
    sdk_resource = 'local_ip'
    metavar = '<local-ip>'


class ListLocalIP(base.ResourceLister):
    """List local IPs"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='List only local IPs of this name')
        common.add_project_options(
            parser, 'List local IPs of this project (name or ID)')
        parser.add_argument(
            '--network', metavar='<network>',
            help='List local IPs of this network (name or ID)')
        parser.add_argument(
            '--local-port', metavar='<local-port>',
            help='List local IPs of this local port (name or ID)')
        parser.add_argument('--local-ip-address',
                            metavar='<local-ip-address>',
                            help='List local IPs of this address')
        parser.add_argument(
            '--ip-mode', metavar='<ip_mode>', choices=IP_MODES,
            help='List local IPs of this IP mode: ' + ', '.join(IP_MODES))
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            name=parsed_args.name,
            project_id=common.project_id(self.app, parsed_args),
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            local_port_id=common.find_id(network, 'port',
                                         parsed_args.local_port),
            local_ip_address=parsed_args.local_ip_address,
            ip_mode=parsed_args.ip_mode)
        return network.local_ips(**query)


class SetLocalIP(base.Command):
    """Set local IP properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('local_ip', metavar='<local-ip>',
                            help='Local IP to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set local IP name')
        parser.add_argument('--description', metavar='<description>',
                            help='Set local IP description')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        local_ip = find_local_ip(network, parsed_args.local_ip)
        changes = common.changed(name=parsed_args.name,
                                 description=parsed_args.description)
        if changes:
            network.update_local_ip(local_ip, **changes)


class ShowLocalIP(base.ShowOne):
    """Display local IP details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('local_ip', metavar='<local-ip>',
                            help='Local IP to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return common.fields(find_local_ip(common.client(self.app),
                                           parsed_args.local_ip))
