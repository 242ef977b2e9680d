"""Network v2 default security group rules: the templates Neutron copies
into new security groups (extension ``security-groups-default-rules``).

A template's remote group and remote address group are passed on as given
(IDs, or ``PARENT`` for the group being created), as OSC does.
"""

import argparse

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common
from openstackclient.network.v2 import security_group_rule as sgr

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('protocol', 'IP Protocol'),
    Column('ether_type', 'Ethertype'),
    Column('remote_ip_prefix', 'IP Range'),
    Column(sgr.format_port_range, 'Port Range'),
    Column('direction', 'Direction'),
    Column('remote_group_id', 'Remote Security Group'),
    Column('remote_address_group_id', 'Remote Address Group'),
    Column('used_in_default_sg', 'Used in default Security Group'),
    Column('used_in_non_default_sg', 'Used in custom Security Group'),
)

_ICMP = ('icmp', 'ipv6-icmp', 'icmpv6', '1', '58')
_HIDDEN = ('name', 'revision_number')


def rule_fields(rule):
    """``(labels, values)`` of a default rule, as OSC shows it."""
    return common.fields(rule, hidden=_HIDDEN)


def find_rule(network, rule_id):
    """The default security group rule with this ID."""
    return common.find(network, 'default_security_group_rule', rule_id,
                       kind='default security group rule')


def _ethertype(text):
    """argparse type: IPv4 or IPv6, in any case."""
    value = {'ipv4': 'IPv4', 'ipv6': 'IPv6'}.get(text.lower())
    if value is None:
        raise argparse.ArgumentTypeError(
            f"expected IPv4 or IPv6, got '{text}'")
    return value


def _add_direction(parser, create):
    direction = parser.add_mutually_exclusive_group()
    direction.add_argument(
        '--ingress', dest='direction', action='store_const',
        const='ingress', default='ingress' if create else None,
        help='Rule applies to incoming network traffic (default)' if create
        else 'List only default rules applied to incoming network traffic')
    direction.add_argument(
        '--egress', dest='direction', action='store_const', const='egress',
        help='Rule applies to outgoing network traffic' if create
        else 'List only default rules applied to outgoing network traffic')


def rule_attrs(parsed_args):
    """The create attributes the options give (usage errors as OSC's)."""
    proto = parsed_args.protocol
    ethertype = parsed_args.ethertype
    if ethertype is None:
        ipv6 = (proto in ('ipv6-icmp', 'icmpv6', '58')
                or ':' in (parsed_args.remote_ip or ''))
        ethertype = 'IPv6' if ipv6 else 'IPv4'
    if proto == 'icmp' and ethertype == 'IPv6':
        proto = 'ipv6-icmp'
    attrs = {
        'protocol': proto,
        'direction': parsed_args.direction,
        'ether_type': ethertype,
        'used_in_default_sg': parsed_args.for_default_sg,
        'used_in_non_default_sg': parsed_args.for_custom_sg,
    }
    attrs.update(common.changed(description=parsed_args.description))
    icmp_given = (parsed_args.icmp_type is not None
                  or parsed_args.icmp_code is not None)
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
    elif icmp_given:
        raise errors.UsageError('--icmp-type and --icmp-code need an ICMP '
                                'protocol (--protocol icmp)')
    elif parsed_args.dst_port is not None:
        attrs['port_range_min'], attrs['port_range_max'] = \
            parsed_args.dst_port
    if parsed_args.remote_group is not None:
        attrs['remote_group_id'] = parsed_args.remote_group
    elif parsed_args.remote_address_group is not None:
        attrs['remote_address_group_id'] = parsed_args.remote_address_group
    else:
        attrs['remote_ip_prefix'] = parsed_args.remote_ip or (
            '::/0' if ethertype == 'IPv6' else '0.0.0.0/0')
    return attrs


class CreateDefaultSecurityGroupRule(base.ShowOne):
    """Create a new default security group rule"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--description', metavar='<description>',
                            help='Set default security group rule '
                                 'description')
        parser.add_argument('--icmp-type', metavar='<icmp-type>', type=int,
                            help='ICMP type for ICMP IP protocols')
        parser.add_argument('--icmp-code', metavar='<icmp-code>', type=int,
                            help='ICMP code for ICMP IP protocols')
        _add_direction(parser, create=True)
        parser.add_argument(
            '--ethertype', metavar='<ethertype>', type=_ethertype,
            help='Ethertype of network traffic (IPv4, IPv6; default: based '
                 'on IP protocol)')
        remote = parser.add_mutually_exclusive_group()
        remote.add_argument(
            '--remote-ip', metavar='<ip-address>',
            help='Remote IP address block (may use CIDR notation; default '
                 'for IPv4 rule: 0.0.0.0/0, default for IPv6 rule: ::/0)')
        remote.add_argument('--remote-group', metavar='<group>',
                            help='Remote security group (ID)')
        remote.add_argument('--remote-address-group', metavar='<group>',
                            help='Remote address group (ID)')
        parser.add_argument(
            '--dst-port', metavar='<port-range>', type=sgr.port_range,
            help='Destination port, may be a single port or a starting and '
                 'ending port range: 137:139. Required for IP protocols TCP '
                 'and UDP. Ignored for ICMP IP protocols.')
        parser.add_argument(
            '--protocol', metavar='<protocol>', type=sgr.protocol,
            help='IP protocol (' + ', '.join(sgr.PROTOCOLS) + ' and integer '
                 'representations [0-255] or any; default: any (all '
                 'protocols))')
        parser.add_argument(
            '--for-default-sg', action='store_true', default=False,
            help='Use this rule in the default security group Neutron '
                 'creates for each project')
        parser.add_argument(
            '--for-custom-sg', action='store_true', default=False,
            help='Use this rule in the security groups users create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        return rule_fields(network.create_default_security_group_rule(
            **rule_attrs(parsed_args)))


class DeleteDefaultSecurityGroupRule(common.NetworkDelete):
    """Delete default security group rule(s)"""

    resource = 'default security group rule'
    sdk_resource = 'default_security_group_rule'
    metavar = '<rule>'
    named_by = 'ID only'


class ListDefaultSecurityGroupRule(base.ResourceLister):
    """List default security group rules"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--protocol', metavar='<protocol>', type=sgr.protocol,
            help='List default rules by the IP protocol ('
                 + ', '.join(sgr.PROTOCOLS)
                 + ' and integer representations [0-255] or any)')
        parser.add_argument(
            '--ethertype', metavar='<ethertype>', type=_ethertype,
            help='List default rules by the Ethertype (IPv4 or IPv6)')
        _add_direction(parser, create=False)
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        return network.default_security_group_rules(**common.changed(
            protocol=parsed_args.protocol,
            ether_type=parsed_args.ethertype,
            direction=parsed_args.direction))


class ShowDefaultSecurityGroupRule(base.ShowOne):
    """Display default security group rule details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'rule', metavar='<rule>',
            help='Default security group rule to display (ID only)')
        return parser

    def take_action(self, parsed_args):
        return rule_fields(find_rule(common.client(self.app),
                                     parsed_args.rule))
