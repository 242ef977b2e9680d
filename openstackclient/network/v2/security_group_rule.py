"""Network v2 security group rules: create, delete, list, show."""

import argparse

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common
from openstackclient.network.v2 import security_group as sg

PROTOCOLS = ('ah', 'dccp', 'egp', 'esp', 'gre', 'icmp', 'igmp',
             'ipv6-encap', 'ipv6-frag', 'ipv6-icmp', 'ipv6-nonxt',
             'ipv6-opts', 'ipv6-route', 'ospf', 'pgm', 'rsvp', 'sctp', 'tcp',
             'udp', 'udplite', 'vrrp')
_ICMP = ('icmp', 'ipv6-icmp', 'icmpv6', '1', '58')


def protocol(text):
    """argparse type: a protocol name, a number 0-255, or 'any'."""
    value = text.lower()
    if value == 'any':
        return None
    if value in PROTOCOLS or value == 'icmpv6':
        return value
    if value.isdigit() and 0 <= int(value) <= 255:
        return value
    raise argparse.ArgumentTypeError(
        f"expected a protocol name ({', '.join(PROTOCOLS)}), a number "
        f"0-255 or 'any', got '{text}'")


def port_range(text):
    """argparse type: ``22`` or ``137:139`` -> (min, max)."""
    low, sep, high = text.partition(':')
    try:
        first = int(low)
        last = int(high) if sep else first
    except ValueError:
        first = last = -1
    if not (0 <= first <= last <= 65535):
        raise argparse.ArgumentTypeError(
            f"expected a port or a range <min>:<max> (0-65535), got '{text}'")
    return first, last


def format_port_range(rule):
    """``min:max`` for TCP/UDP-like rules, '' without ports or for ICMP."""
    low = cols.get(rule, 'port_range_min')
    high = cols.get(rule, 'port_range_max')
    if str(cols.get(rule, 'protocol')).lower() in _ICMP:
        return ''
    if low in (None, cols.MISSING) and high in (None, cols.MISSING):
        return ''
    low = '' if low in (None, cols.MISSING) else low
    high = '' if high in (None, cols.MISSING) else high
    return f'{low}:{high}'


LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('protocol', 'IP Protocol'),
    Column('ether_type', 'Ethertype'),
    Column('remote_ip_prefix', 'IP Range'),
    Column(format_port_range, 'Port Range'),
    Column('direction', 'Direction', long=True),
    Column('remote_group_id', 'Remote Security Group'),
    Column('remote_address_group_id', 'Remote Address Group'),
)
GROUP_COLUMN = Column('security_group_id', 'Security Group')


def rule_fields(rule):
    """``(labels, values)`` of a rule, as OSC's rule show."""
    return common.fields(rule, formatters={'tags': common.ListColumn})


class CreateSecurityGroupRule(base.ShowOne):
    """Create a new security group rule"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'group', metavar='<group>',
            help='Create rule in this security group (name or ID)')
        remote = parser.add_mutually_exclusive_group()
        remote.add_argument(
            '--remote-ip', metavar='<ip-address>',
            help='Remote IP address block (may use CIDR notation; default '
                 'for IPv4 rule: 0.0.0.0/0, default for IPv6 rule: ::/0)')
        remote.add_argument(
            '--remote-group', metavar='<group>',
            help='Remote security group (name or ID)')
        remote.add_argument(
            '--remote-address-group', metavar='<group>',
            help='Remote address group (name or ID)')
        parser.add_argument(
            '--dst-port', metavar='<port-range>', type=port_range,
            help='Destination port, may be a single port or a starting and '
                 'ending port range: 137:139. Required for IP protocols TCP '
                 'and UDP. Ignored for ICMP IP protocols.')
        parser.add_argument(
            '--protocol', metavar='<protocol>', type=protocol,
            default=None,
            help='IP protocol (ah, dccp, egp, esp, gre, icmp, igmp, '
                 'ipv6-encap, ipv6-frag, ipv6-icmp, ipv6-nonxt, ipv6-opts, '
                 'ipv6-route, ospf, pgm, rsvp, sctp, tcp, udp, udplite, vrrp '
                 'and integer representations [0-255] or any; default: any '
                 '(all protocols))')
        parser.add_argument(
            '--icmp-type', metavar='<icmp-type>', type=int,
            help='ICMP type for ICMP IP protocols')
        parser.add_argument(
            '--icmp-code', metavar='<icmp-code>', type=int,
            help='ICMP code for ICMP IP protocols')
        direction = parser.add_mutually_exclusive_group()
        direction.add_argument(
            '--ingress', dest='direction', action='store_const',
            const='ingress', default='ingress',
            help='Rule applies to incoming network traffic (default)')
        direction.add_argument(
            '--egress', dest='direction', action='store_const',
            const='egress', help='Rule applies to outgoing network traffic')
        parser.add_argument(
            '--ethertype', metavar='<ethertype>', choices=('IPv4', 'IPv6'),
            help='Ethertype of network traffic (IPv4, IPv6; default: based '
                 'on IP protocol)')
        parser.add_argument('--description', metavar='<description>',
                            help='Set security group rule description')
        common.add_project_options(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        group = sg.find_security_group(network, parsed_args.group)
        proto = parsed_args.protocol
        ethertype = parsed_args.ethertype
        if ethertype is None:
            ipv6 = (proto in ('ipv6-icmp', 'icmpv6', '58')
                    or ':' in (parsed_args.remote_ip or ''))
            ethertype = 'IPv6' if ipv6 else 'IPv4'
        if proto == 'icmp' and ethertype == 'IPv6':
            proto = 'ipv6-icmp'
        attrs = common.changed(
            security_group_id=group.id,
            direction=parsed_args.direction,
            ether_type=ethertype,
            protocol=proto,
            description=parsed_args.description,
            project_id=common.project_id(self.app, parsed_args),
        )
        if str(proto).lower() in _ICMP:
            if parsed_args.dst_port is not None:
                raise errors.UsageError(
                    '--dst-port is not valid with ICMP; use --icmp-type and '
                    '--icmp-code')
            if parsed_args.icmp_code is not None and \
                    parsed_args.icmp_type is None:
                raise errors.UsageError('--icmp-code needs --icmp-type')
            attrs.update(common.changed(port_range_min=parsed_args.icmp_type,
                                        port_range_max=parsed_args.icmp_code))
        elif parsed_args.icmp_type is not None or \
                parsed_args.icmp_code is not None:
            raise errors.UsageError('--icmp-type and --icmp-code need an ICMP '
                                    'protocol (--protocol icmp)')
        elif parsed_args.dst_port is not None:
            attrs['port_range_min'], attrs['port_range_max'] = \
                parsed_args.dst_port
        if parsed_args.remote_group is not None:
            attrs['remote_group_id'] = sg.find_security_group(
                network, parsed_args.remote_group).id
        elif parsed_args.remote_address_group is not None:
            attrs['remote_address_group_id'] = common.find_id(
                network, 'address_group', parsed_args.remote_address_group,
                kind='address group')
        elif parsed_args.remote_ip is not None:
            attrs['remote_ip_prefix'] = parsed_args.remote_ip
        else:
            attrs['remote_ip_prefix'] = (
                '::/0' if ethertype == 'IPv6' else '0.0.0.0/0')
        return rule_fields(network.create_security_group_rule(**attrs))


class DeleteSecurityGroupRule(common.NetworkDelete):
    """Delete security group rule(s)"""

    resource = 'security group rule'
    sdk_resource = 'security_group_rule'
    metavar = '<rule>'
    named_by = 'ID'


class ListSecurityGroupRule(common.Paginated, base.Lister):
    """List security group rules"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'group', metavar='<group>', nargs='?',
            help='List all rules in this security group (name or ID)')
        parser.add_argument(
            '--protocol', metavar='<protocol>', type=protocol,
            help='List rules by the IP protocol (ah, dccp, egp, esp, gre, '
                 'icmp, igmp, ipv6-encap, ipv6-frag, ipv6-icmp, ipv6-nonxt, '
                 'ipv6-opts, ipv6-route, ospf, pgm, rsvp, sctp, tcp, udp, '
                 'udplite, vrrp and integer representations [0-255])')
        parser.add_argument(
            '--ethertype', metavar='<ethertype>', choices=('IPv4', 'IPv6'),
            help='List rules by the Ethertype (IPv4 or IPv6)')
        direction = parser.add_mutually_exclusive_group()
        direction.add_argument(
            '--ingress', dest='direction', action='store_const',
            const='ingress',
            help='List only rules applied to incoming network traffic')
        direction.add_argument(
            '--egress', dest='direction', action='store_const',
            const='egress',
            help='List only rules applied to outgoing network traffic')
        parser.add_argument('--long', action='store_true', default=False,
                            help='List additional fields in output')
        common.add_project_options(
            parser, 'List only rules of this project (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            protocol=parsed_args.protocol,
            ether_type=parsed_args.ethertype,
            direction=parsed_args.direction,
            project_id=common.project_id(self.app, parsed_args),
        )
        specs = cols.select(LIST_COLUMNS, parsed_args.long)
        if parsed_args.group is not None:
            query['security_group_id'] = sg.find_security_group(
                network, parsed_args.group).id
        else:
            specs.append(GROUP_COLUMN)
        query.update(pagination.query(parsed_args))
        rules = network.security_group_rules(**query)
        return cols.labels(specs), (cols.row(r, specs) for r in rules)


class ShowSecurityGroupRule(base.ShowOne):
    """Display security group rule details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('rule', metavar='<rule>',
                            help='Security group rule to display (ID only)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        return rule_fields(common.find(network, 'security_group_rule',
                                       parsed_args.rule,
                                       kind='security group rule'))
