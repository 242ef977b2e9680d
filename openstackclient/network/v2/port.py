"""Network v2 ports: create, delete, list, set, show, unset."""

import json

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli import properties
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

FORMATTERS = {
    'admin_state_up': common.AdminStateColumn,
    'allowed_address_pairs': common.ListDictColumn,
    'binding_profile': common.DictColumn,
    'binding_vif_details': common.DictColumn,
    'dns_assignment': common.ListDictColumn,
    'extra_dhcp_opts': common.ListDictColumn,
    'fixed_ips': common.ListDictColumn,
    'security_group_ids': common.ListColumn,
    'tags': common.ListColumn,
}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('mac_address', 'MAC Address'),
    Column('fixed_ips', 'Fixed IP Addresses', common.ListDictColumn),
    Column('status', 'Status'),
    Column('security_group_ids', 'Security Groups', common.ListColumn,
           long=True),
    Column('device_owner', 'Device Owner', long=True),
    Column('tags', 'Tags', common.ListColumn, long=True),
)

VNIC_TYPES = ('direct', 'direct-physical', 'macvtap', 'normal', 'baremetal',
              'virtio-forwarder', 'vdpa', 'remote-managed', 'smart-nic',
              'accelerator-direct', 'accelerator-direct-physical')

_FIXED_IP = common.key_value_type('subnet', 'ip-address')
_FIXED_IP_FILTER = common.key_value_type('subnet', 'ip-address',
                                         'ip-substring')
_ALLOWED_ADDRESS = common.key_value_type('ip-address', 'mac-address',
                                         required=('ip-address',))
_DHCP_OPTION = common.key_value_type('name', 'value', 'ip-version',
                                     required=('name',))


def port_fields(port):
    """``(labels, values)`` of a port, as OSC's port show."""
    return common.fields(port, formatters=FORMATTERS)


def find_port(network, name_or_id):
    """The port with this name or ID."""
    return common.find(network, 'port', name_or_id)


class BindingProfileAction(properties.KeyValueAction):
    """``--binding-profile key=value`` (repeatable) or a JSON object."""

    def __call__(self, parser, namespace, values, option_string=None):
        if values.lstrip().startswith('{'):
            try:
                data = json.loads(values)
            except ValueError:
                data = None
            if not isinstance(data, dict):
                parser.error(f"{option_string}: not a JSON object: "
                             f"'{values}'")
            current = dict(getattr(namespace, self.dest, None) or {})
            current.update(data)
            setattr(namespace, self.dest, current)
            return
        super().__call__(parser, namespace, values, option_string)


def _fixed_ips(network, given):
    """``--fixed-ip`` dicts -> the API's ``subnet_id``/``ip_address``."""
    result = []
    for item in given or ():
        entry = {}
        if 'subnet' in item:
            entry['subnet_id'] = common.find_id(network, 'subnet',
                                                item['subnet'])
        if 'ip-address' in item:
            entry['ip_address'] = item['ip-address']
        result.append(entry)
    return result


def _allowed_addresses(given):
    result = []
    for item in given or ():
        pair = {'ip_address': item['ip-address']}
        if 'mac-address' in item:
            pair['mac_address'] = item['mac-address']
        result.append(pair)
    return result


def _dhcp_options(given):
    """``--extra-dhcp-option`` dicts -> the API's ``opt_name`` etc."""
    result = []
    for item in given or ():
        option = {'opt_name': item['name'],
                  'opt_value': item.get('value')}
        if 'ip-version' in item:
            if item['ip-version'] not in ('4', '6'):
                raise errors.UsageError(
                    f"--extra-dhcp-option: ip-version must be 4 or 6, not "
                    f"'{item['ip-version']}'")
            option['ip_version'] = int(item['ip-version'])
        result.append(option)
    return result


def _security_group_ids(network, given):
    return [common.find_id(network, 'security_group', name, kind='security '
                           'group') for name in given or ()]


def _add_options(parser, create):
    """The options create and set share."""
    parser.add_argument('--description', metavar='<description>',
                        help='Description of this port')
    parser.add_argument('--device', metavar='<device-id>',
                        help='Port device ID')
    parser.add_argument('--mac-address', metavar='<mac-address>',
                        help='MAC address of this port (admin only)')
    parser.add_argument(
        '--device-owner', metavar='<device-owner>',
        help='Device owner of this port. This is the entity that uses the '
             'port (for example, network:dhcp).')
    parser.add_argument(
        '--vnic-type', metavar='<vnic-type>', choices=VNIC_TYPES,
        help='VNIC type for this port (direct | direct-physical | macvtap | '
             'normal | baremetal | virtio-forwarder | vdpa | remote-managed '
             '| smart-nic | accelerator-direct | accelerator-direct-physical'
             ', default: normal)')
    parser.add_argument('--host', metavar='<host-id>',
                        help='Allocate port on host <host-id> (ID only)')
    parser.add_argument(
        '--dns-domain', metavar='<dns-domain>',
        help='Set DNS domain to this port (requires dns_domain extension '
             'for ports)')
    parser.add_argument(
        '--dns-name', metavar='<dns-name>',
        help='Set DNS name for this port (requires DNS integration '
             'extension)')
    common.add_toggle(
        parser, '--enable', '--disable', 'admin_state',
        'Enable port' + (' (default)' if create else ''), 'Disable port',
        default=True if create else None)
    parser.add_argument(
        '--binding-profile', metavar='<binding-profile>',
        action=BindingProfileAction, dest='binding_profile',
        help='Custom data to be passed as binding:profile. Data may be '
             'passed as <key>=<value> or JSON. (repeat option to set '
             'multiple binding:profile data)')
    parser.add_argument(
        '--fixed-ip', metavar='subnet=<subnet>,ip-address=<ip-address>',
        dest='fixed_ips', action='append', type=_FIXED_IP,
        help='Desired IP and/or subnet for this port (name or ID for the '
             'subnet): subnet=<subnet>,ip-address=<ip-address> (repeat '
             'option to set multiple fixed IP addresses)')
    parser.add_argument(
        '--security-group', metavar='<security-group>',
        dest='security_groups', action='append',
        help='Security group to associate with this port (name or ID) '
             '(repeat option to set multiple security groups)')
    parser.add_argument(
        '--no-security-group', action='store_true',
        help='Associate no security groups with this port')
    parser.add_argument(
        '--qos-policy', metavar='<qos-policy>',
        help='Attach QoS policy to this port (name or ID)')
    common.add_toggle(
        parser, '--enable-port-security', '--disable-port-security',
        'port_security',
        'Enable port security for this port'
        + (' (Default)' if create else ''),
        'Disable port security for this port')
    numa = parser.add_mutually_exclusive_group()
    for policy in ('required', 'preferred', 'socket', 'legacy'):
        numa.add_argument(
            f'--numa-policy-{policy}', dest='numa_policy',
            action='store_const', const=policy,
            help=f'NUMA affinity policy {policy} to schedule this port')
    parser.add_argument(
        '--extra-dhcp-option',
        metavar='name=<name>[,value=<value>,ip-version={4,6}]',
        dest='extra_dhcp_options', action='append', type=_DHCP_OPTION,
        help='Extra DHCP option to apply on this port: name=<name>'
             '[,value=<value>,ip-version={4,6}] (repeat option to set '
             'multiple extra DHCP options)')
    parser.add_argument(
        '--allowed-address',
        metavar='ip-address=<ip-address>[,mac-address=<mac-address>]',
        dest='allowed_address_pairs', action='append',
        type=_ALLOWED_ADDRESS,
        help='Add allowed-address pair associated with this port: '
             'ip-address=<ip-address>[,mac-address=<mac-address>] (repeat '
             'option to set multiple allowed-address pairs)')


def _attrs(network, parsed_args):
    """The SDK attributes the shared options give (not the lists)."""
    attrs = common.changed(
        description=parsed_args.description,
        device_id=parsed_args.device,
        mac_address=parsed_args.mac_address,
        device_owner=parsed_args.device_owner,
        binding_vnic_type=parsed_args.vnic_type,
        binding_host_id=parsed_args.host,
        dns_domain=parsed_args.dns_domain,
        dns_name=parsed_args.dns_name,
        is_admin_state_up=parsed_args.admin_state,
        is_port_security_enabled=parsed_args.port_security,
        numa_affinity_policy=parsed_args.numa_policy,
    )
    if parsed_args.qos_policy is not None:
        attrs['qos_policy_id'] = common.find_id(
            network, 'qos_policy', parsed_args.qos_policy, kind='QoS policy')
    return attrs


class CreatePort(base.ShowOne):
    """Create a new port"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', help='Name of this port')
        parser.add_argument(
            '--network', metavar='<network>', required=True,
            help='Network this port belongs to (name or ID)')
        _add_options(parser, create=True)
        parser.add_argument(
            '--no-fixed-ip', action='store_true',
            help='No IP or subnet for this port')
        parser.add_argument(
            '--device-profile', metavar='<device-profile>',
            help='Cyborg port device profile')
        common.add_project_options(parser)
        common.add_tag_options(parser, 'port', 'create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        if parsed_args.security_groups and parsed_args.no_security_group:
            raise errors.UsageError('--security-group and '
                                    '--no-security-group are exclusive')
        if parsed_args.fixed_ips and parsed_args.no_fixed_ip:
            raise errors.UsageError('--fixed-ip and --no-fixed-ip are '
                                    'exclusive')
        attrs = _attrs(network, parsed_args)
        attrs.update(common.changed(
            name=parsed_args.name,
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            project_id=common.project_id(self.app, parsed_args),
            binding_profile=parsed_args.binding_profile,
            device_profile=parsed_args.device_profile,
        ))
        if parsed_args.no_fixed_ip:
            attrs['fixed_ips'] = []
        elif parsed_args.fixed_ips:
            attrs['fixed_ips'] = _fixed_ips(network, parsed_args.fixed_ips)
        if parsed_args.no_security_group:
            attrs['security_group_ids'] = []
        elif parsed_args.security_groups:
            attrs['security_group_ids'] = _security_group_ids(
                network, parsed_args.security_groups)
        if parsed_args.allowed_address_pairs:
            attrs['allowed_address_pairs'] = _allowed_addresses(
                parsed_args.allowed_address_pairs)
        if parsed_args.extra_dhcp_options:
            attrs['extra_dhcp_opts'] = _dhcp_options(
                parsed_args.extra_dhcp_options)
        made = network.create_port(**attrs)
        made = common.set_tags(network, made, parsed_args, 'create')
        return port_fields(made)


class DeletePort(common.NetworkDelete):
    """Delete port(s)"""

    resource = 'port'
    sdk_resource = 'port'


class ListPort(common.Paginated, base.ResourceLister):
    """List ports"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--device-owner', metavar='<device-owner>',
            help='List only ports with the specified device owner. This is '
                 'the entity that uses the port (for example, network:dhcp).')
        parser.add_argument('--host', metavar='<host-id>',
                            help='List only ports bound to this host ID')
        parser.add_argument(
            '--network', metavar='<network>',
            help='List only ports connected to this network (name or ID)')
        device = parser.add_mutually_exclusive_group()
        device.add_argument(
            '--router', metavar='<router>', dest='router',
            help='List only ports attached to this router (name or ID)')
        device.add_argument(
            '--server', metavar='<server>',
            help='List only ports attached to this server (name or ID)')
        device.add_argument(
            '--device-id', metavar='<device-id>',
            help='List only ports with the specified device ID')
        parser.add_argument(
            '--mac-address', metavar='<mac-address>',
            help='List only ports with this MAC address')
        common.add_project_options(
            parser, 'List only ports of this project (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='List only ports of this name')
        parser.add_argument(
            '--fixed-ip',
            metavar='subnet=<subnet>,ip-address=<ip-address>,'
                    'ip-substring=<ip-substring>',
            dest='fixed_ips', action='append', type=_FIXED_IP_FILTER,
            help='Desired IP and/or subnet for filtering ports (name or ID '
                 'for the subnet) (repeat option to give several)')
        parser.add_argument(
            '--security-group', metavar='<security-group>',
            dest='security_groups', action='append',
            help='List only ports associated with this security group (name '
                 'or ID) (repeat option for several)')
        parser.add_argument(
            '--status', metavar='<status>',
            choices=('ACTIVE', 'BUILD', 'DOWN', 'ERROR'),
            help='List ports according to their status '
                 '(ACTIVE, BUILD, DOWN, ERROR)')
        common.add_tag_filter_options(parser, 'port')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        device_id = parsed_args.device_id
        if parsed_args.router is not None:
            device_id = common.find_id(network, 'router', parsed_args.router)
        if parsed_args.server is not None:
            from openstackclient.compute.v2.server import _common as server
            device_id = server.find_server(self.app, parsed_args.server,
                                           details=False).id
        query = common.changed(
            device_owner=parsed_args.device_owner,
            network_id=common.find_id(network, 'network',
                                      parsed_args.network),
            device_id=device_id,
            mac_address=parsed_args.mac_address,
            project_id=common.project_id(self.app, parsed_args),
            name=parsed_args.name,
            status=parsed_args.status,
        )
        if parsed_args.host is not None:
            # The server's name: the SDK would filter 'binding_host_id'
            # on the client, after fetching every port.
            query['binding:host_id'] = parsed_args.host
        if parsed_args.fixed_ips:
            query['fixed_ips'] = _fixed_ip_filters(network,
                                                   parsed_args.fixed_ips)
        if parsed_args.security_groups:
            query['security_group_ids'] = _security_group_ids(
                network, parsed_args.security_groups)
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        return network.ports(**query)


def _fixed_ip_filters(network, given):
    """``--fixed-ip`` filters -> Neutron's ``fixed_ips`` query values."""
    result = []
    for item in given:
        if 'subnet' in item:
            result.append('subnet_id=' + common.find_id(
                network, 'subnet', item['subnet']))
        if 'ip-address' in item:
            result.append('ip_address=' + item['ip-address'])
        if 'ip-substring' in item:
            result.append('ip_address_substr=' + item['ip-substring'])
    return result


class SetPort(base.Command):
    """Set port properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('port', metavar='<port>',
                            help='Port to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set port name')
        _add_options(parser, create=False)
        parser.add_argument(
            '--no-fixed-ip', action='store_true',
            help='Clear existing information of fixed IP addresses. '
                 'Specify both --fixed-ip and --no-fixed-ip to overwrite '
                 'the current fixed IP addresses.')
        parser.add_argument(
            '--no-binding-profile', action='store_true',
            help='Clear existing information of binding:profile. Specify '
                 'both --binding-profile and --no-binding-profile to '
                 'overwrite the current binding:profile information.')
        parser.add_argument(
            '--no-allowed-address', action='store_true',
            dest='no_allowed_address_pairs',
            help='Clear existing allowed-address pairs associated with this '
                 'port. Specify both --allowed-address and '
                 '--no-allowed-address to overwrite the current '
                 'allowed-address pairs.')
        common.add_tag_options(parser, 'port', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_port(network, parsed_args.port)
        attrs = _attrs(network, parsed_args)
        if parsed_args.name is not None:
            attrs['name'] = parsed_args.name
        if parsed_args.no_fixed_ip or parsed_args.fixed_ips:
            current = [] if parsed_args.no_fixed_ip else list(
                obj.fixed_ips or [])
            attrs['fixed_ips'] = current + _fixed_ips(
                network, parsed_args.fixed_ips)
        if parsed_args.no_binding_profile or parsed_args.binding_profile:
            attrs['binding_profile'] = properties.merged(
                obj.binding_profile, parsed_args.binding_profile,
                clear=parsed_args.no_binding_profile)
        if parsed_args.no_security_group or parsed_args.security_groups:
            current = [] if parsed_args.no_security_group else list(
                obj.security_group_ids or [])
            added = _security_group_ids(network, parsed_args.security_groups)
            attrs['security_group_ids'] = current + [
                sg for sg in added if sg not in current]
        if (parsed_args.no_allowed_address_pairs
                or parsed_args.allowed_address_pairs):
            current = [] if parsed_args.no_allowed_address_pairs else list(
                obj.allowed_address_pairs or [])
            attrs['allowed_address_pairs'] = current + _allowed_addresses(
                parsed_args.allowed_address_pairs)
        if parsed_args.extra_dhcp_options:
            # Neutron merges these by name (and IP version) into the
            # port's options; a null value removes one.
            attrs['extra_dhcp_opts'] = _dhcp_options(
                parsed_args.extra_dhcp_options)
        if attrs:
            network.update_port(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'set')


class ShowPort(base.ShowOne):
    """Display port details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('port', metavar='<port>',
                            help='Port to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return port_fields(find_port(common.client(self.app),
                                     parsed_args.port))


class UnsetPort(base.Command):
    """Unset port properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('port', metavar='<port>',
                            help='Port to modify (name or ID)')
        parser.add_argument(
            '--fixed-ip', metavar='subnet=<subnet>,ip-address=<ip-address>',
            dest='fixed_ips', action='append', type=_FIXED_IP,
            help='Desired IP and/or subnet which should be removed from '
                 'this port (name or ID for the subnet) (repeat option to '
                 'unset multiple fixed IP addresses)')
        parser.add_argument(
            '--binding-profile', metavar='<binding-profile-key>',
            dest='binding_profile', action='append',
            help='Desired key which should be removed from binding:profile '
                 '(repeat option to unset multiple binding:profile data)')
        parser.add_argument(
            '--security-group', metavar='<security-group>',
            dest='security_groups', action='append',
            help='Security group which should be removed this port (name or '
                 'ID) (repeat option to unset multiple security groups)')
        parser.add_argument(
            '--allowed-address',
            metavar='ip-address=<ip-address>[,mac-address=<mac-address>]',
            dest='allowed_address_pairs', action='append',
            type=_ALLOWED_ADDRESS,
            help='Desired allowed-address pair which should be removed from '
                 'this port: ip-address=<ip-address>[,mac-address='
                 '<mac-address>] (repeat option to unset multiple '
                 'allowed-address pairs)')
        parser.add_argument(
            '--qos-policy', action='store_true',
            help='Remove the QoS policy attached to the port')
        parser.add_argument('--host', action='store_true',
                            help='Clear host binding for the port')
        parser.add_argument('--numa-policy', action='store_true',
                            help='Clear existing NUMA affinity policy')
        common.add_tag_options(parser, 'port', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_port(network, parsed_args.port)
        attrs = {}
        if parsed_args.fixed_ips:
            current = list(obj.fixed_ips or [])
            for wanted in _fixed_ips(network, parsed_args.fixed_ips):
                match = [ip for ip in current
                         if all(ip.get(k) == v for k, v in wanted.items())]
                if not match:
                    raise errors.NotFoundError(
                        f"Port '{parsed_args.port}' has no fixed IP "
                        + ','.join(f'{k}={v}' for k, v in wanted.items()))
                current = [ip for ip in current if ip not in match]
            attrs['fixed_ips'] = current
        if parsed_args.binding_profile:
            profile = dict(obj.binding_profile or {})
            for key in parsed_args.binding_profile:
                if key not in profile:
                    raise errors.NotFoundError(
                        f"Port '{parsed_args.port}' has no binding:profile "
                        f"key '{key}'")
                del profile[key]
            attrs['binding_profile'] = profile
        if parsed_args.security_groups:
            current = list(obj.security_group_ids or [])
            for sg in _security_group_ids(network,
                                          parsed_args.security_groups):
                if sg not in current:
                    raise errors.NotFoundError(
                        f"Port '{parsed_args.port}' is not in security "
                        f"group '{sg}'")
                current.remove(sg)
            attrs['security_group_ids'] = current
        if parsed_args.allowed_address_pairs:
            current = list(obj.allowed_address_pairs or [])
            for pair in _allowed_addresses(parsed_args.allowed_address_pairs):
                match = [p for p in current
                         if all(p.get(k) == v for k, v in pair.items())]
                if not match:
                    raise errors.NotFoundError(
                        f"Port '{parsed_args.port}' has no allowed address "
                        f"pair ip-address={pair['ip_address']}")
                current = [p for p in current if p not in match]
            attrs['allowed_address_pairs'] = current
        if parsed_args.qos_policy:
            attrs['qos_policy_id'] = None
        if parsed_args.host:
            attrs['binding_host_id'] = ''
        if parsed_args.numa_policy:
            attrs['numa_affinity_policy'] = None
        if attrs:
            network.update_port(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'unset')
