"""Network v2 routers: create, delete, list, set, show, unset; interfaces
(``router add/remove subnet|port``), extra routes
(``router add/remove route``) and, where Neutron has the
``external-gateway-multihoming`` extension, more than one external
gateway (``router add/remove gateway``)."""

import json

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common


class RouterInfoColumn(cliff_columns.FormattableColumn):
    """The gateway info as JSON text for people, the dict for machines."""

    def human_readable(self):
        return json.dumps(self._value) if self._value else ''


class RoutesColumn(cliff_columns.FormattableColumn):
    """``destination='..', gateway='..'`` per route; dicts for machines."""

    def human_readable(self):
        return '\n'.join(
            cols.format_dict({'destination': route.get('destination'),
                              'gateway': route.get('nexthop')})
            for route in self._value or ())


FORMATTERS = {
    'admin_state_up': common.AdminStateColumn,
    'external_gateway_info': RouterInfoColumn,
    'availability_zones': common.ListColumn,
    'availability_zone_hints': common.ListColumn,
    'routes': RoutesColumn,
    'tags': common.ListColumn,
}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('status', 'Status'),
    Column('is_admin_state_up', 'State', common.AdminStateColumn),
    Column('project_id', 'Project'),
)
# Shown when a router in the list has them (admins see them).
HA_COLUMNS = (
    Column('is_distributed', 'Distributed'),
    Column('is_ha', 'HA'),
)
LONG_COLUMNS = (
    Column('routes', 'Routes', RoutesColumn),
    Column('external_gateway_info', 'External gateway info',
           RouterInfoColumn),
    Column('availability_zones', 'Availability zones', common.ListColumn),
    Column('tags', 'Tags', common.ListColumn),
)

_ROUTE = common.key_value_type('destination', 'gateway',
                               required=('destination', 'gateway'))
_FIXED_IP = common.key_value_type('subnet', 'ip-address')


def router_fields(router, interfaces=None):
    """``(labels, values)`` of a router, as OSC's router show."""
    labels, values = common.fields(router, formatters=FORMATTERS)
    if interfaces is None:
        return labels, values
    shown = dict(zip(labels, values))
    shown['interfaces_info'] = common.ListDictColumn(interfaces)
    labels = tuple(sorted(shown))
    return labels, tuple(shown[label] for label in labels)


def find_router(network, name_or_id):
    """The router with this name or ID."""
    return common.find(network, 'router', name_or_id)


def _routes(given):
    return [{'destination': r['destination'], 'nexthop': r['gateway']}
            for r in given or ()]


def _add_route_option(parser, help):
    parser.add_argument(
        '--route', metavar='destination=<subnet>,gateway=<ip-address>',
        dest='routes', action='append', type=_ROUTE, help=help)


def _add_options(parser, create):
    """The options create and set share."""
    parser.add_argument('--description', metavar='<description>',
                        help='Router description')
    common.add_toggle(
        parser, '--enable', '--disable', 'admin_state',
        'Enable router' + (' (default)' if create else ''),
        'Disable router', default=True if create else None)
    common.add_toggle(
        parser, '--distributed', '--centralized', 'distributed',
        'Set router to distributed mode (disabled router only)',
        'Set router to centralized mode (disabled router only)')
    common.add_toggle(
        parser, '--ha', '--no-ha', 'ha',
        'Set the router as highly available (disabled router only)',
        'Clear high availability attribute of the router (disabled router '
        'only)')
    parser.add_argument(
        '--external-gateway', metavar='<network>',
        help="External Network used as router's gateway (name or ID)")
    parser.add_argument(
        '--fixed-ip', metavar='subnet=<subnet>,ip-address=<ip-address>',
        dest='fixed_ips', action='append', type=_FIXED_IP,
        help='Desired IP and/or subnet (name or ID) on external gateway: '
             'subnet=<subnet>,ip-address=<ip-address> (repeat option to set '
             'multiple fixed IP addresses)')
    common.add_toggle(
        parser, '--enable-snat', '--disable-snat', 'snat',
        'Enable Source NAT on external gateway',
        'Disable Source NAT on external gateway')
    common.add_toggle(
        parser, '--enable-ndp-proxy', '--disable-ndp-proxy', 'ndp_proxy',
        'Enable IPv6 NDP proxy on external gateway',
        'Disable IPv6 NDP proxy on external gateway')


def _gateway_info(network, parsed_args, current=None):
    """``external_gateway_info`` for the gateway options, or None."""
    if (parsed_args.external_gateway is None and not parsed_args.fixed_ips
            and parsed_args.snat is None):
        return None
    if parsed_args.external_gateway is not None:
        info = {'network_id': common.find_id(
            network, 'network', parsed_args.external_gateway)}
    elif current and current.get('network_id'):
        info = {'network_id': current['network_id']}
    else:
        raise errors.UsageError(
            'You must specify --external-gateway in order to set '
            'the gateway options --fixed-ip or --enable-snat/--disable-snat')
    if parsed_args.snat is not None:
        info['enable_snat'] = parsed_args.snat
    if parsed_args.fixed_ips:
        ips = []
        for item in parsed_args.fixed_ips:
            entry = {}
            if 'subnet' in item:
                entry['subnet_id'] = common.find_id(network, 'subnet',
                                                    item['subnet'])
            if 'ip-address' in item:
                entry['ip_address'] = item['ip-address']
            ips.append(entry)
        info['external_fixed_ips'] = ips
    return info


def _attrs(network, parsed_args, current=None):
    attrs = common.changed(
        description=parsed_args.description,
        is_admin_state_up=parsed_args.admin_state,
        is_distributed=parsed_args.distributed,
        is_ha=parsed_args.ha,
        enable_ndp_proxy=parsed_args.ndp_proxy,
    )
    gateway = _gateway_info(network, parsed_args, current)
    if gateway is not None:
        attrs['external_gateway_info'] = gateway
    return attrs


class CreateRouter(base.ShowOne):
    """Create a new router"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>', help='New router name')
        _add_options(parser, create=True)
        common.add_project_options(parser)
        parser.add_argument(
            '--availability-zone-hint', metavar='<availability-zone>',
            dest='availability_zone_hints', action='append',
            help='Availability Zone in which to create this router (repeat '
                 'option to set multiple availability zones)')
        parser.add_argument(
            '--flavor', metavar='<flavor-id>', dest='flavor',
            help='Associate the router to a flavor (by name or ID)')
        common.add_tag_options(parser, 'router', 'create')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.ndp_proxy and parsed_args.external_gateway is None:
            raise errors.UsageError(
                "You must specify '--external-gateway' in order to enable "
                "router's NDP proxy")
        network = common.client(self.app)
        attrs = _attrs(network, parsed_args)
        attrs.update(common.changed(
            name=parsed_args.name,
            project_id=common.project_id(self.app, parsed_args),
            availability_zone_hints=parsed_args.availability_zone_hints,
            flavor_id=common.find_id(network, 'flavor', parsed_args.flavor,
                                     kind='network flavor'),
        ))
        made = network.create_router(**attrs)
        made = common.set_tags(network, made, parsed_args, 'create')
        return router_fields(made)


class DeleteRouter(common.NetworkDelete):
    """Delete router(s)"""

    resource = 'router'
    sdk_resource = 'router'


class ListRouter(common.Paginated, base.Lister):
    """List routers"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='List routers according to their name')
        common.add_toggle(parser, '--enable', '--disable', 'admin_state',
                          'List enabled routers', 'List disabled routers')
        common.add_project_options(
            parser, 'List routers according to their project (name or ID)')
        parser.add_argument('--long', action='store_true', default=False,
                            help='List additional fields in output')
        common.add_tag_filter_options(parser, 'router')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            name=parsed_args.name,
            is_admin_state_up=parsed_args.admin_state,
            project_id=common.project_id(self.app, parsed_args),
        )
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        routers = list(network.routers(**query))
        specs = list(LIST_COLUMNS)
        for spec in HA_COLUMNS:
            if any(getattr(r, spec.attr, None) is not None for r in routers):
                specs.append(spec)
        if parsed_args.long:
            specs.extend(LONG_COLUMNS)
        return cols.labels(specs), (cols.row(r, specs) for r in routers)


class SetRouter(base.Command):
    """Set router properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('router', metavar='<router>',
                            help='Router to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set router name')
        _add_options(parser, create=False)
        _add_route_option(
            parser, 'Add routes to the router: destination is a CIDR, '
                    'gateway the next hop IP address (repeat option to add '
                    'multiple routes)')
        parser.add_argument(
            '--no-route', action='store_true',
            help='Clear routes associated with the router. Specify both '
                 '--route and --no-route to overwrite the current value of '
                 'routes.')
        qos = parser.add_mutually_exclusive_group()
        qos.add_argument(
            '--qos-policy', metavar='<qos-policy>',
            help="Attach QoS policy to router gateway IPs (name or ID)")
        qos.add_argument(
            '--no-qos-policy', action='store_true',
            help='Remove QoS policy from router gateway IPs')
        common.add_tag_options(parser, 'router', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_router(network, parsed_args.router)
        current = obj.external_gateway_info or {}
        attrs = _attrs(network, parsed_args, current)
        if parsed_args.name is not None:
            attrs['name'] = parsed_args.name
        if parsed_args.no_route or parsed_args.routes:
            routes = [] if parsed_args.no_route else list(obj.routes or [])
            routes += [r for r in _routes(parsed_args.routes)
                       if r not in routes]
            attrs['routes'] = routes
        if parsed_args.qos_policy is not None or parsed_args.no_qos_policy:
            info = dict(attrs.get('external_gateway_info') or current)
            if not info.get('network_id'):
                raise errors.UsageError(
                    'The router has no external gateway: a QoS policy '
                    'needs one (--external-gateway)')
            info = {k: v for k, v in info.items()
                    if k in ('network_id', 'enable_snat',
                             'external_fixed_ips')}
            info['qos_policy_id'] = None if parsed_args.no_qos_policy else (
                common.find_id(network, 'qos_policy', parsed_args.qos_policy,
                               kind='QoS policy'))
            attrs['external_gateway_info'] = info
        if attrs:
            network.update_router(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'set')


class ShowRouter(base.ShowOne):
    """Display router details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('router', metavar='<router>',
                            help='Router to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_router(network, parsed_args.router)
        interfaces = []
        for port in network.ports(device_id=obj.id):
            if port.device_owner == 'network:router_gateway':
                continue
            for ip in port.fixed_ips or ():
                interfaces.append({'port_id': port.id,
                                   'ip_address': ip.get('ip_address'),
                                   'subnet_id': ip.get('subnet_id')})
        return router_fields(obj, interfaces)


class UnsetRouter(base.Command):
    """Unset router properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('router', metavar='<router>',
                            help='Router to modify (name or ID)')
        _add_route_option(
            parser, 'Routes to be removed from the router: destination is a '
                    'CIDR, gateway the next hop IP address (repeat option to '
                    'unset multiple routes)')
        parser.add_argument('--external-gateway', action='store_true',
                            help='Remove external gateway information from '
                                 'the router')
        parser.add_argument('--qos-policy', action='store_true',
                            help='Remove QoS policy from router gateway IPs')
        common.add_tag_options(parser, 'router', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_router(network, parsed_args.router)
        attrs = {}
        if parsed_args.routes:
            current = list(obj.routes or [])
            for route in _routes(parsed_args.routes):
                if route not in current:
                    raise errors.NotFoundError(
                        f"Router '{parsed_args.router}' has no route "
                        f"destination={route['destination']},"
                        f"gateway={route['nexthop']}")
                current.remove(route)
            attrs['routes'] = current
        if parsed_args.external_gateway:
            attrs['external_gateway_info'] = {}
        elif parsed_args.qos_policy:
            info = dict(obj.external_gateway_info or {})
            if not info.get('network_id'):
                raise errors.UsageError(
                    f"Router '{parsed_args.router}' has no external gateway")
            attrs['external_gateway_info'] = {
                'network_id': info['network_id'], 'qos_policy_id': None}
        if attrs:
            network.update_router(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'unset')


class _Interface(base.Command):
    """Base of router add/remove subnet/port."""

    #: 'subnet' or 'port'; 'add' or 'remove'
    kind = None
    action = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        verb = 'add' if self.action == 'add' else 'remove'
        to = 'to which' if self.action == 'add' else 'from which'
        parser.add_argument(
            'router', metavar='<router>',
            help=f'Router {to} {self.kind} will be '
                 f'{verb}{"ed" if verb == "add" else "d"} (name or ID)')
        parser.add_argument(
            self.kind, metavar=f'<{self.kind}>',
            help=f'{self.kind.capitalize()} to be '
                 f'{verb}{"ed" if verb == "add" else "d"} (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        router = find_router(network, parsed_args.router)
        target = common.find_id(network, self.kind,
                                getattr(parsed_args, self.kind))
        method = (network.add_interface_to_router if self.action == 'add'
                  else network.remove_interface_from_router)
        method(router, **{self.kind: target})


class AddSubnetToRouter(_Interface):
    """Add a subnet to a router"""

    kind, action = 'subnet', 'add'


class RemoveSubnetFromRouter(_Interface):
    """Remove a subnet from a router"""

    kind, action = 'subnet', 'remove'


class AddPortToRouter(_Interface):
    """Add a port to a router"""

    kind, action = 'port', 'add'


class RemovePortFromRouter(_Interface):
    """Remove a port from a router"""

    kind, action = 'port', 'remove'


class _ExtraRoutes(base.ShowOne):
    """Base of router add/remove route (atomic extra route changes)."""

    action = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'router', metavar='<router>',
            help='Router to which extra static routes will be '
                 + ('added' if self.action == 'add' else 'removed')
                 + ' (name or ID)')
        _add_route_option(
            parser, 'Route to be ' + ('added' if self.action == 'add' else
                                      'removed')
            + ': destination is a CIDR, gateway the next hop IP address '
              '(repeat option to give multiple routes)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        router = find_router(network, parsed_args.router)
        body = {'router': {'routes': _routes(parsed_args.routes)}}
        if self.action == 'add':
            updated = network.add_extra_routes_to_router(router, body)
        else:
            updated = network.remove_extra_routes_from_router(router, body)
        return router_fields(updated)


class AddExtraRoutesToRouter(_ExtraRoutes):
    """Add extra static routes to a router's routing table"""

    action = 'add'


class RemoveExtraRoutesFromRouter(_ExtraRoutes):
    """Remove extra static routes from a router's routing table"""

    action = 'remove'


MULTIHOMING = 'external-gateway-multihoming'


class _Gateways(base.ShowOne):
    """Base of router add/remove gateway (multiple external gateways)."""

    action = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('router', metavar='<router>',
                            help='Router to modify (name or ID)')
        parser.add_argument(
            'network', metavar='<network>',
            help='External network of the gateway to '
                 + ('add' if self.action == 'add' else 'remove')
                 + ' (name or ID)')
        parser.add_argument(
            '--fixed-ip', metavar='subnet=<subnet>,ip-address=<ip-address>',
            dest='fixed_ips', action='append', type=_FIXED_IP,
            help=('Desired IP and/or subnet (name or ID) on the gateway'
                  if self.action == 'add' else
                  'IP and/or subnet (name or ID) that tell which gateway on '
                  'the network to remove')
            + ': subnet=<subnet>,ip-address=<ip-address> (repeat option to '
              'give multiple fixed IP addresses)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        if network.find_extension(MULTIHOMING, ignore_missing=True) is None:
            raise errors.CommandError(
                f'The {MULTIHOMING} extension is not enabled at the '
                'Neutron side.')
        router = find_router(network, parsed_args.router)
        gateway = {'network_id': common.find_id(network, 'network',
                                                parsed_args.network)}
        ips = []
        for item in parsed_args.fixed_ips or ():
            entry = {}
            if 'subnet' in item:
                subnet = common.find(network, 'subnet', item['subnet'])
                if subnet.network_id != gateway['network_id']:
                    raise errors.UsageError(
                        f"Subnet '{item['subnet']}' is not on network "
                        f"'{parsed_args.network}'")
                entry['subnet_id'] = subnet.id
            if 'ip-address' in item:
                entry['ip_address'] = item['ip-address']
            ips.append(entry)
        if ips:
            gateway['external_fixed_ips'] = ips
        body = {'router': {'external_gateways': [gateway]}}
        if self.action == 'add':
            updated = network.add_external_gateways(router, body)
        else:
            updated = network.remove_external_gateways(router, body)
        return router_fields(updated)


class AddGatewayToRouter(_Gateways):
    """Add router gateway"""

    action = 'add'


class RemoveGatewayFromRouter(_Gateways):
    """Remove router gateway"""

    action = 'remove'
