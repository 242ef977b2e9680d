"""Network v2 floating IPs: create, delete, list, set, show, unset, and
``floating ip pool list``.

A floating IP is named by its address or its ID.
"""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

FORMATTERS = {
    'port_details': common.DictColumn,
    'tags': common.ListColumn,
}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('floating_ip_address', 'Floating IP Address'),
    Column('fixed_ip_address', 'Fixed IP Address'),
    Column('port_id', 'Port'),
    Column('floating_network_id', 'Floating Network'),
    Column('project_id', 'Project'),
    Column('router_id', 'Router', long=True),
    Column('status', 'Status', long=True),
    Column('description', 'Description', long=True),
    Column('tags', 'Tags', common.ListColumn, long=True),
    Column('dns_name', 'DNS Name', long=True),
    Column('dns_domain', 'DNS Domain', long=True),
)


def floating_ip_fields(ip):
    """``(labels, values)`` of a floating IP, as OSC's floating ip show."""
    return common.fields(ip, formatters=FORMATTERS)


def find_floating_ip(network, address_or_id):
    """The floating IP with this address or ID."""
    return common.find(network, 'ip', address_or_id, kind='floating IP')


def _qos_policy_id(network, parsed_args):
    if getattr(parsed_args, 'no_qos_policy', False):
        return {'qos_policy_id': None}
    if parsed_args.qos_policy is not None:
        return {'qos_policy_id': common.find_id(
            network, 'qos_policy', parsed_args.qos_policy, kind='QoS policy')}
    return {}


class CreateFloatingIP(base.ShowOne):
    """Create floating IP"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'network', metavar='<network>',
            help='Network to allocate floating IP from (name or ID)')
        parser.add_argument(
            '--subnet', metavar='<subnet>',
            help='Subnet on which you want to create the floating IP (name '
                 'or ID)')
        parser.add_argument(
            '--port', metavar='<port>',
            help='Port to be associated with the floating IP (name or ID)')
        parser.add_argument(
            '--floating-ip-address', metavar='<ip-address>',
            help='Floating IP address')
        parser.add_argument(
            '--fixed-ip-address', metavar='<ip-address>',
            help='Fixed IP address mapped to the floating IP')
        parser.add_argument(
            '--qos-policy', metavar='<qos-policy>',
            help='Attach QoS policy to the floating IP (name or ID)')
        parser.add_argument('--description', metavar='<description>',
                            help='Set floating IP description')
        common.add_project_options(parser)
        parser.add_argument(
            '--dns-domain', metavar='<dns-domain>',
            help='Set DNS domain for this floating IP')
        parser.add_argument(
            '--dns-name', metavar='<dns-name>',
            help='Set DNS name for this floating IP')
        common.add_tag_options(parser, 'floating IP', 'create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = common.changed(
            floating_network_id=common.find_id(network, 'network',
                                               parsed_args.network),
            subnet_id=common.find_id(network, 'subnet', parsed_args.subnet),
            port_id=common.find_id(network, 'port', parsed_args.port),
            floating_ip_address=parsed_args.floating_ip_address,
            fixed_ip_address=parsed_args.fixed_ip_address,
            description=parsed_args.description,
            project_id=common.project_id(self.app, parsed_args),
            dns_domain=parsed_args.dns_domain,
            dns_name=parsed_args.dns_name,
        )
        attrs.update(_qos_policy_id(network, parsed_args))
        made = network.create_ip(**attrs)
        made = common.set_tags(network, made, parsed_args, 'create')
        return floating_ip_fields(made)


class DeleteFloatingIP(common.NetworkDelete):
    """Delete floating IP(s)"""

    resource = 'floating IP'
    sdk_resource = 'ip'
    metavar = '<floating-ip>'
    named_by = 'IP address or ID'


class ListFloatingIP(common.Paginated, base.ResourceLister):
    """List floating IP(s)"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--network', metavar='<network>',
            help='List floating IP(s) according to given network (name or '
                 'ID)')
        parser.add_argument(
            '--port', metavar='<port>',
            help='List floating IP(s) according to given port (name or ID)')
        parser.add_argument(
            '--fixed-ip-address', metavar='<ip-address>',
            help='List floating IP(s) according to given fixed IP address')
        parser.add_argument(
            '--floating-ip-address', metavar='<ip-address>',
            help='List floating IP(s) according to given floating IP '
                 'address')
        parser.add_argument(
            '--status', metavar='<status>', choices=('ACTIVE', 'DOWN'),
            help='List floating IP(s) according to given status '
                 '(ACTIVE, DOWN)')
        common.add_project_options(
            parser, 'List floating IP(s) according to given project (name '
                    'or ID)')
        parser.add_argument(
            '--router', metavar='<router>',
            help='List floating IP(s) according to given router (name or '
                 'ID)')
        common.add_tag_filter_options(parser, 'floating IP')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            floating_network_id=common.find_id(network, 'network',
                                               parsed_args.network),
            port_id=common.find_id(network, 'port', parsed_args.port),
            fixed_ip_address=parsed_args.fixed_ip_address,
            floating_ip_address=parsed_args.floating_ip_address,
            status=parsed_args.status,
            project_id=common.project_id(self.app, parsed_args),
            router_id=common.find_id(network, 'router', parsed_args.router),
        )
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        return network.ips(**query)


class SetFloatingIP(base.Command):
    """Set floating IP properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'floating_ip', metavar='<floating-ip>',
            help='Floating IP to modify (IP address or ID)')
        parser.add_argument(
            '--port', metavar='<port>',
            help='Associate the floating IP with port (name or ID)')
        parser.add_argument(
            '--fixed-ip-address', metavar='<ip-address>',
            help='Fixed IP of the port (required only if port has multiple '
                 'IPs)')
        parser.add_argument('--description', metavar='<description>',
                            help='Set floating IP description')
        qos = parser.add_mutually_exclusive_group()
        qos.add_argument(
            '--qos-policy', metavar='<qos-policy>',
            help='Attach QoS policy to the floating IP (name or ID)')
        qos.add_argument('--no-qos-policy', action='store_true',
                         help='Remove the QoS policy attached to the '
                              'floating IP')
        common.add_tag_options(parser, 'floating IP', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_floating_ip(network, parsed_args.floating_ip)
        attrs = common.changed(
            port_id=common.find_id(network, 'port', parsed_args.port),
            fixed_ip_address=parsed_args.fixed_ip_address,
            description=parsed_args.description,
        )
        if parsed_args.fixed_ip_address and 'port_id' not in attrs:
            raise errors.UsageError('--fixed-ip-address needs --port')
        attrs.update(_qos_policy_id(network, parsed_args))
        if attrs:
            network.update_ip(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'set')


class ShowFloatingIP(base.ShowOne):
    """Display floating IP details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'floating_ip', metavar='<floating-ip>',
            help='Floating IP to display (IP address or ID)')
        return parser

    def take_action(self, parsed_args):
        return floating_ip_fields(find_floating_ip(
            common.client(self.app), parsed_args.floating_ip))


class UnsetFloatingIP(base.Command):
    """Unset floating IP properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'floating_ip', metavar='<floating-ip>',
            help='Floating IP to disassociate (IP address or ID)')
        parser.add_argument(
            '--port', action='store_true',
            help='Disassociate any port associated with the floating IP')
        parser.add_argument(
            '--qos-policy', action='store_true',
            help='Remove the QoS policy attached to the floating IP')
        common.add_tag_options(parser, 'floating IP', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_floating_ip(network, parsed_args.floating_ip)
        attrs = {}
        if parsed_args.port:
            attrs['port_id'] = None
        if parsed_args.qos_policy:
            attrs['qos_policy_id'] = None
        if attrs:
            network.update_ip(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'unset')


class ListFloatingIPPool(base.ResourceLister):
    """List pools of floating IP addresses

    With Neutron, the pools are the external networks the user can see.
    """

    columns = (Column('name', 'Name'),)

    def list_resources(self, parsed_args):
        return common.client(self.app).networks(is_router_external=True)
