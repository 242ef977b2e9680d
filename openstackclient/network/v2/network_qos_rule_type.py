"""Network v2 QoS rule types: which rule types the cloud's drivers
support."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (Column('type', 'Type'),)
HIDDEN = ('id', 'name')


class ListNetworkQosRuleType(common.Paginated, base.ResourceLister):
    """List QoS rule types"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--all-supported', action='store_true',
            help='List the rule types supported by any loaded driver')
        group.add_argument(
            '--all-rules', action='store_true',
            help='List all rule types Neutron implements')
        return parser

    def list_resources(self, parsed_args):
        query = {}
        if parsed_args.all_supported:
            query['all_supported'] = True
        if parsed_args.all_rules:
            query['all_rules'] = True
        # Neutron cannot page rule types (HTTP 500).
        return common.paginate_here(
            common.client(self.app).qos_rule_types(**query), parsed_args,
            key='type')


class ShowNetworkQosRuleType(base.ShowOne):
    """Show details about supported QoS rule type"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('rule_type', metavar='<qos-rule-type-name>',
                            help='Name of QoS rule type')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        # Neutron answers HTTP 500 for a type it does not know, so the
        # name is checked against the types it implements first.
        known = {item.type for item in network.qos_rule_types(all_rules=True)}
        if parsed_args.rule_type not in known:
            raise errors.NotFoundError(
                f"No QoS rule type named '{parsed_args.rule_type}' exists.")
        rule_type = network.get_qos_rule_type(parsed_args.rule_type)
        return common.fields(rule_type, hidden=HIDDEN)
