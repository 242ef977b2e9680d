"""A server's network connections: fixed and floating IPs, networks, ports
and security groups.

Networks, ports, floating IPs and security groups are looked up in
Neutron (so a name that matches nothing is one line, exit 5); Nova then
attaches or detaches the interface. Floating IPs are associated through
Neutron, as OSC does: the floating IP is pointed at a port of the server.
"""

import logging

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common
from openstackclient.network.v2 import common as network_common

LOG = logging.getLogger(__name__)

INTERFACE_COLUMNS = (
    Column('port_id', 'Port ID'),
    Column('server_id', 'Server ID'),
    Column('net_id', 'Network ID'),
    Column('mac_addr', 'MAC Address'),
    Column('port_state', 'Port State'),
    Column('fixed_ips', 'Fixed IPs', _common.ListDictColumn),
)
TAG_COLUMN = Column('tag', 'Tag')


def _network(app):
    return network_common.client(app)


def _network_id(app, name_or_id):
    return network_common.find(_network(app), 'network', name_or_id).id


def _floating_ip(app, address):
    return network_common.find(_network(app), 'ip', address,
                               kind='floating IP')


def _add_server_argument(parser, help):
    parser.add_argument('server', metavar='<server>', help=help)


def _add_tag_option(parser, help):
    parser.add_argument('--tag', metavar='<tag>', help=help)


def _interface_args(app, parsed_args, **attrs):
    """``create_server_interface`` arguments, ``--tag`` from 2.49."""
    if parsed_args.tag:
        common.require(app, '2.49', '--tag')
        attrs['tag'] = parsed_args.tag
    return attrs


class AddFixedIP(base.ShowOne):
    """Add fixed IP address to server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(
            parser, 'Server to receive the fixed IP address (name or ID)')
        parser.add_argument(
            'network', metavar='<network>',
            help='Network to allocate the fixed IP address from (name or '
                 'ID)')
        parser.add_argument('--fixed-ip-address', metavar='<ip-address>',
                            help='Requested fixed IP address')
        _add_tag_option(
            parser, 'Tag for the attached interface. (supported by '
                    '--os-compute-api-version 2.49 or above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        attrs = _interface_args(self.app, args)
        server = _common.find_server(self.app, args.server, details=False)
        attrs['net_id'] = _network_id(self.app, args.network)
        if args.fixed_ip_address:
            attrs['fixed_ips'] = [{'ip_address': args.fixed_ip_address}]
        compute = common.client(self.app)
        interface = compute.create_server_interface(server.id, **attrs)
        specs = INTERFACE_COLUMNS + ((TAG_COLUMN,) if args.tag else ())
        return cols.show(interface, specs)


class RemoveFixedIP(base.Command):
    """Remove fixed IP address from server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(
            parser, 'Server to remove the fixed IP address from (name or ID)')
        parser.add_argument(
            'ip_address', metavar='<ip-address>',
            help='Fixed IP address to remove from the server (IP only)')
        return parser

    def take_action(self, parsed_args):
        # Nova's removeFixedIp action exists up to 2.43: asked at that
        # version unless the user pinned another.
        common.removed_at(self.app, '2.44', 'server remove fixed ip',
                          'use server remove port or port set instead')
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        compute = common.client(self.app)
        response = compute.post(
            f'/servers/{server.id}/action',
            json={'removeFixedIp': {'address': parsed_args.ip_address}},
            raise_exc=False,
            microversion=common.pinned_version(self.app) or '2.43')
        common.http_error(response, 'server remove fixed ip')


class AddFloatingIP(base.Command):
    """Add floating IP address to server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(
            parser, 'Server to receive the floating IP address (name or ID)')
        parser.add_argument(
            'ip_address', metavar='<ip-address>',
            help='Floating IP address to assign to the first available '
                 'server port (IP only)')
        parser.add_argument(
            '--fixed-ip-address', metavar='<ip-address>',
            help='Fixed IP address to associate with this floating IP '
                 'address. The first server port containing the fixed IP '
                 'address will be used')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        network = _network(self.app)
        floating_ip = _floating_ip(self.app, args.ip_address)
        server = _common.find_server(self.app, args.server, details=False)
        ports = list(network.ports(device_id=server.id))
        if not ports:
            raise errors.CommandError(
                f"Server '{args.server}' has no ports to associate floating "
                f'IP {args.ip_address} with')
        if args.fixed_ip_address:
            port = _port_with_address(ports, args.fixed_ip_address)
            if port is None:
                raise errors.NotFoundError(
                    f"No port of server '{args.server}' has the fixed IP "
                    f'address {args.fixed_ip_address}')
            network.update_ip(floating_ip, port_id=port.id,
                              fixed_ip_address=args.fixed_ip_address)
            return
        # A port whose network has no router to the floating IP's
        # network is refused with 404 (ExternalGatewayForFloatingIP
        # NotFound): the next port is tried, as OSC does.
        last_error = None
        for port in ports:
            try:
                network.update_ip(floating_ip, port_id=port.id)
            except Exception as exc:
                if errors.exit_code_for(exc) != errors.NOT_FOUND:
                    raise
                LOG.info('Skipped port %s: not reachable from the floating '
                         "IP's network", port.id)
                last_error = exc
            else:
                return
        raise last_error


def _port_with_address(ports, address):
    for port in ports:
        if any(ip.get('ip_address') == address
               for ip in port.fixed_ips or ()):
            return port
    return None


class RemoveFloatingIP(base.Command):
    """Remove floating IP address from server"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(
            parser, 'Server to remove the floating IP address from (name or '
                    'ID)')
        parser.add_argument(
            'ip_address', metavar='<ip-address>',
            help='Floating IP address to remove from server (IP only)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        network = _network(self.app)
        floating_ip = _floating_ip(self.app, args.ip_address)
        server = _common.find_server(self.app, args.server, details=False)
        if not floating_ip.port_id:
            return   # associated with nothing: nothing to remove
        ports = {port.id for port in network.ports(device_id=server.id)}
        if floating_ip.port_id not in ports:
            # OSC would disassociate it from whatever holds it.
            raise errors.CommandError(
                f'Floating IP {args.ip_address} is associated with port '
                f"{floating_ip.port_id}, not a port of server "
                f"'{args.server}'")
        network.update_ip(floating_ip, port_id=None)


class _Interface(base.Command):
    """Attach or detach a port, or a network's ports: the resource kind
    and the direction are data; subclasses differ only in what a detach
    removes."""

    #: 'port' or 'network': the positional argument and the Neutron lookup.
    kind = None
    #: ``create_server_interface`` argument the looked-up ID goes in.
    attach_as = None
    #: Whether the command attaches (and so takes ``--tag``).
    attach = True
    server_help = None
    resource_help = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(parser, self.server_help)
        parser.add_argument(self.kind, metavar=f'<{self.kind}>',
                            help=self.resource_help)
        if self.attach:
            _add_tag_option(
                parser, 'Tag for the attached interface (supported by '
                        '--os-compute-api-version 2.49 or later)')
        return parser

    def take_action(self, parsed_args):
        attrs = _interface_args(self.app, parsed_args) if self.attach else {}
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        found = network_common.find(_network(self.app), self.kind,
                                    getattr(parsed_args, self.kind))
        compute = common.client(self.app)
        if self.attach:
            attrs[self.attach_as] = found.id
            compute.create_server_interface(server, **attrs)
            return
        port_ids = self.detached(compute, server, found, parsed_args)
        for port_id in port_ids:
            compute.delete_server_interface(port_id, server=server,
                                            ignore_missing=False)

    def detached(self, compute, server, found, parsed_args):
        """The IDs of the server's ports the detach removes."""
        raise NotImplementedError


class AddPort(_Interface):
    """Add port to server"""

    kind = 'port'
    attach_as = 'port_id'
    server_help = 'Server to add the port to (name or ID)'
    resource_help = 'Port to add to the server (name or ID)'


class AddNetwork(_Interface):
    """Add network to server"""

    kind = 'network'
    attach_as = 'net_id'
    server_help = 'Server to add the network to (name or ID)'
    resource_help = 'Network to add to the server (name or ID)'


class RemovePort(_Interface):
    """Remove port from server"""

    kind = 'port'
    attach = False
    server_help = 'Server to remove the port from (name or ID)'
    resource_help = 'Port to remove from the server (name or ID)'

    def detached(self, compute, server, port, parsed_args):
        if port.device_id != server.id:
            # Nova accepts (202) the detach of a port it does not have.
            raise errors.NotFoundError(
                f"Port '{parsed_args.port}' is not attached to server "
                f"'{parsed_args.server}'")
        return [port.id]


class RemoveNetwork(_Interface):
    """Remove all ports of a network from server"""

    kind = 'network'
    attach = False
    server_help = 'Server to remove the network from (name or ID)'
    resource_help = 'Network to remove from the server (name or ID)'

    def detached(self, compute, server, network, parsed_args):
        return [interface.port_id
                for interface in compute.server_interfaces(server)
                if interface.net_id == network.id]


class _ServerSecurityGroups(base.Command):
    """Add or remove security groups, one Nova action each."""

    #: 'add' or 'remove', with how the messages say it.
    verb = None
    preposition = None
    past = None
    help = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(parser, 'Server (name or ID)')
        parser.add_argument(
            'security_groups', metavar='<security-group>', nargs='+',
            help=self.help)
        return parser

    def take_action(self, parsed_args):
        # The server's details: its project, where a group name is looked
        # up (an admin sees every project's 'default').
        server = _common.find_server(self.app, parsed_args.server)
        compute = common.client(self.app)
        network = _network(self.app)
        method = (compute.add_security_group_to_server
                  if self.verb == 'add' else
                  compute.remove_security_group_from_server)
        names = parsed_args.security_groups
        if len(names) == 1:   # the error itself is the one line
            self._act(method, network, server, names[0])
            return
        failures = []
        for name_or_id in names:
            try:
                self._act(method, network, server, name_or_id)
            except Exception as exc:   # noqa: BLE001 - one line each
                failures.append(exc)
                self.app.stderr.write(
                    f"Failed to {self.verb} security group '{name_or_id}' "
                    f"{self.preposition} server '{parsed_args.server}': "
                    f'{errors.one_line(exc)}\n')
        if not failures:
            return
        total = len(names)
        codes = {errors.exit_code_for(exc) for exc in failures}
        raise errors.CommandError(
            f'{len(failures)} of {total} security groups were not '
            f'{self.past}.',
            exit_code=codes.pop() if len(codes) == 1 else errors.FAILURE)

    @staticmethod
    def _act(method, network, server, name_or_id):
        group = _find_group(network, name_or_id, server.project_id)
        # Nova takes a Neutron group's name or ID; the ID is unambiguous.
        method(server, {'name': group.id})


def _find_group(network, name_or_id, project_id):
    """The group with this ID, else the one with this name in the
    server's project (Neutron applies the filter to names only)."""
    return network_common.find(network, 'security_group', name_or_id,
                               project_id=project_id)


class AddServerSecurityGroup(_ServerSecurityGroups):
    """Add security group(s) to server"""

    verb, preposition, past = 'add', 'to', 'added'
    help = ('Security group(s) to add to the server (name or ID) (repeat '
            'option to add multiple groups)')


class RemoveServerSecurityGroup(_ServerSecurityGroups):
    """Remove security group from server"""

    verb, preposition, past = 'remove', 'from', 'removed'
    help = ('Security group(s) to remove from server (name or ID) (repeat '
            'option to remove multiple groups)')
