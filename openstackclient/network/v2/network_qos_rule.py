"""Network v2 QoS rules: the limits and marks of a QoS policy.

A rule belongs to one policy and has a type (bandwidth limit, minimum
bandwidth, minimum packet rate, DSCP marking); each type takes its own
options. Rules are found by ID in their policy, where Neutron lists them
with their type.
"""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common
from openstackclient.network.v2 import network_qos_policy

#: Option value -> Neutron's rule type.
RULE_TYPES = {
    'bandwidth-limit': 'bandwidth_limit',
    'dscp-marking': 'dscp_marking',
    'minimum-bandwidth': 'minimum_bandwidth',
    'minimum-packet-rate': 'minimum_packet_rate',
}

#: Rule type -> (required, optional) API fields.
RULE_FIELDS = {
    'bandwidth_limit': (('max_kbps',), ('max_burst_kbps', 'direction')),
    'dscp_marking': (('dscp_mark',), ()),
    'minimum_bandwidth': (('min_kbps',), ('direction',)),
    'minimum_packet_rate': (('min_kpps',), ('direction',)),
}

#: API field -> the option that sets it.
OPTIONS = {
    'max_kbps': '--max-kbps',
    'max_burst_kbps': '--max-burst-kbits',
    'dscp_mark': '--dscp-mark',
    'min_kbps': '--min-kbps',
    'min_kpps': '--min-kpps',
    'direction': '--ingress/--egress/--any',
}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('qos_policy_id', 'QoS Policy ID'),
    Column('type', 'Type'),
    Column('max_kbps', 'Max Kbps'),
    Column('max_burst_kbps', 'Max Burst Kbits'),
    Column('min_kbps', 'Min Kbps'),
    Column('min_kpps', 'Min Kpps'),
    Column('dscp_mark', 'DSCP mark'),
    Column('direction', 'Direction'),
)

_HIDDEN = ('tenant_id', 'project_id', 'location', 'name')


def add_policy_argument(parser, what):
    parser.add_argument('qos_policy', metavar='<qos-policy>',
                        help=f'QoS policy {what} (name or ID)')


def add_rule_options(parser):
    """The value options of every rule type (each type takes some)."""
    for field in ('max_kbps', 'max_burst_kbps', 'dscp_mark', 'min_kbps',
                  'min_kpps'):
        option = OPTIONS[field]
        parser.add_argument(option, dest=field, type=int,
                            metavar=f'<{option[2:]}>',
                            help=_HELP[field])
    group = parser.add_mutually_exclusive_group()
    for direction in ('ingress', 'egress', 'any'):
        group.add_argument(f'--{direction}', dest='direction',
                           action='store_const', const=direction,
                           help=_HELP[direction])


_HELP = {
    'max_kbps': 'Maximum bandwidth in kbps (bandwidth-limit)',
    'max_burst_kbps': 'Maximum burst in kilobits, 0 or not given means '
                      'automatic: 80%% of the bandwidth limit '
                      '(bandwidth-limit)',
    'dscp_mark': 'DSCP mark: 0, or an even number from 8 to 56 except '
                 '42, 44 and 50-54 (dscp-marking)',
    'min_kbps': 'Minimum guaranteed bandwidth in kbps (minimum-bandwidth)',
    'min_kpps': 'Minimum guaranteed packet rate in kpps '
                '(minimum-packet-rate)',
    'ingress': 'Rule applies to traffic into the project network',
    'egress': 'Rule applies to traffic from the project network',
    'any': 'Rule applies to traffic either way (minimum-packet-rate)',
}


def rule_attrs(parsed_args, rule_type, *, create):
    """The fields of the options given, checked against ``rule_type``."""
    required, optional = RULE_FIELDS[rule_type]
    given = {field: getattr(parsed_args, field) for field in OPTIONS
             if getattr(parsed_args, field) is not None}
    allowed = set(required) | set(optional)
    wrong = sorted(OPTIONS[field] for field in given if field not in allowed)
    if given.get('direction') == 'any' and rule_type != 'minimum_packet_rate':
        wrong.append('--any')
    if wrong:
        raise errors.UsageError(
            f'A {rule_type.replace("_", "-")} rule does not take '
            + ', '.join(wrong))
    if create:
        missing = [OPTIONS[field] for field in required if field not in given]
        if missing:
            raise errors.UsageError(
                f'A {rule_type.replace("_", "-")} rule needs '
                + ', '.join(missing))
    return given


def find_rule(policy, rule_id):
    """The rule (a dict, with its ``type``) of ``policy`` with this ID."""
    for rule in policy.rules or ():
        if rule.get('id') == rule_id:
            return dict(rule, qos_policy_id=policy.id)
    raise errors.NotFoundError(
        f"No QoS rule with an ID of '{rule_id}' exists in QoS policy "
        f"'{policy.name or policy.id}'.")


def rule_method(network, verb, rule_type):
    """``network.<verb>_qos_<type>_rule``."""
    return getattr(network, f'{verb}_qos_{rule_type}_rule')


def show(rule):
    """A rule (dict) as OSC shows it: its fields, sorted."""
    labels = tuple(sorted(key for key in rule if key not in _HIDDEN))
    return labels, tuple(rule[key] for key in labels)


class _PolicyRule:
    """Mixin: ``<qos-policy> <rule-id>`` arguments."""

    policy_help = ''
    rule_help = ''

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_policy_argument(parser, self.policy_help)
        parser.add_argument('id', metavar='<rule-id>',
                            help=f'QoS rule {self.rule_help} (ID)')
        return parser

    def find(self, parsed_args):
        """``(network, policy, rule dict)``."""
        network = common.client(self.app)
        policy = network_qos_policy.find_qos_policy(network,
                                                    parsed_args.qos_policy)
        return network, policy, find_rule(policy, parsed_args.id)


class CreateNetworkQosRule(base.ShowOne):
    """Create new Network QoS rule"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_policy_argument(parser, 'that will contain the rule')
        parser.add_argument(
            '--type', metavar='<type>', required=True,
            choices=tuple(RULE_TYPES),
            help='QoS rule type: ' + ', '.join(RULE_TYPES))
        add_rule_options(parser)
        return parser

    def take_action(self, parsed_args):
        rule_type = RULE_TYPES[parsed_args.type]
        attrs = rule_attrs(parsed_args, rule_type, create=True)
        network = common.client(self.app)
        policy = network_qos_policy.find_qos_policy(network,
                                                    parsed_args.qos_policy)
        rule = rule_method(network, 'create', rule_type)(policy, **attrs)
        # Shown as the policy lists it, like ``show`` does.
        policy = network.get_qos_policy(policy.id)
        return show(find_rule(policy, rule.id))


class DeleteNetworkQosRule(_PolicyRule, base.Command):
    """Delete Network QoS rule"""

    policy_help = 'that contains the rule'
    rule_help = 'to delete'

    def take_action(self, parsed_args):
        network, policy, rule = self.find(parsed_args)
        rule_method(network, 'delete', rule['type'])(
            rule['id'], policy, ignore_missing=False)


class ListNetworkQosRule(base.ResourceLister):
    """List Network QoS rules"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_policy_argument(parser, 'that contains the rules')
        return parser

    def list_resources(self, parsed_args):
        policy = network_qos_policy.find_qos_policy(
            common.client(self.app), parsed_args.qos_policy)
        return [dict(rule, qos_policy_id=policy.id)
                for rule in policy.rules or ()]


class SetNetworkQosRule(_PolicyRule, base.Command):
    """Set Network QoS rule properties"""

    policy_help = 'that contains the rule'
    rule_help = 'to modify'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_rule_options(parser)
        return parser

    def take_action(self, parsed_args):
        network, policy, rule = self.find(parsed_args)
        attrs = rule_attrs(parsed_args, rule['type'], create=False)
        if attrs:
            rule_method(network, 'update', rule['type'])(
                rule['id'], policy, **attrs)


class ShowNetworkQosRule(_PolicyRule, base.ShowOne):
    """Display Network QoS rule details"""

    policy_help = 'that contains the rule'
    rule_help = 'to display'

    def take_action(self, parsed_args):
        _, _, rule = self.find(parsed_args)
        return show(rule)
