"""Network v2 agents: list, show, set, delete, and which agents host a
network (DHCP) or a router (L3); ``network agent router set`` changes how
an L3 agent hosts a router (its HA chassis priority, ML2/OVN).

Agents are found by ID. Neutron lists only agents that report in; the
devcloud runs none, so its list is empty.
"""

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

#: ``--agent-type`` values -> Neutron's agent types.
AGENT_TYPES = {
    'bgp': 'BGP dynamic routing agent',
    'dhcp': 'DHCP agent',
    'open-vswitch': 'Open vSwitch agent',
    'linux-bridge': 'Linux bridge agent',
    'ofa': 'OFA driver agent',
    'l3': 'L3 agent',
    'loadbalancer': 'Loadbalancer agent',
    'metering': 'Metering agent',
    'metadata': 'Metadata agent',
    'macvtap': 'Macvtap agent',
    'nic': 'NIC Switch agent',
    'baremetal': 'Baremetal Node',
    'ovn-controller': 'OVN Controller agent',
    'ovn-controller-gateway': 'OVN Controller Gateway agent',
    'ovn-metadata': 'OVN Metadata agent',
    'ovn-agent': 'OVN Neutron agent',
}


class AliveColumn(cliff_columns.FormattableColumn):
    """``:-)`` or ``XXX`` for people (as Neutron's own CLI), the boolean
    for machines."""

    def human_readable(self):
        return ':-)' if self._value else 'XXX'


LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('agent_type', 'Agent Type'),
    Column('host', 'Host'),
    Column('availability_zone', 'Availability Zone'),
    Column('is_alive', 'Alive', AliveColumn),
    Column('is_admin_state_up', 'State', common.AdminStateColumn),
    Column('binary', 'Binary'),
)
HA_STATE = Column('ha_state', 'HA State')

RENAMES = {'is_alive': 'alive', 'configuration': 'configurations',
           'last_heartbeat_at': 'heartbeat_timestamp'}
FORMATTERS = {'alive': AliveColumn,
              'admin_state_up': common.AdminStateColumn,
              'configurations': common.DictColumn}


def find_agent(network, agent_id):
    """The agent with this ID."""
    try:
        return network.get_agent(agent_id)
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.NOT_FOUND:
            raise lookup.not_found('network agent', agent_id) from exc
        raise


def show(agent):
    """An agent as OSC shows it."""
    return common.fields(agent, RENAMES, FORMATTERS)


class DeleteNetworkAgent(multi.MultiResourceAction):
    """Delete network agent(s)"""

    resource = 'network agent'
    metavar = '<network-agent>'
    named_by = 'ID'

    def act(self, parsed_args, name_or_id):
        network = common.client(self.app)
        network.delete_agent(find_agent(network, name_or_id),
                             ignore_missing=False)


class ListNetworkAgent(common.Paginated, base.ResourceLister):
    """List network agents"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--agent-type', metavar='<agent-type>',
            choices=tuple(AGENT_TYPES),
            help='List only agents of this type: ' + ', '.join(AGENT_TYPES))
        parser.add_argument('--host', metavar='<host>',
                            help='List only agents running on this host')
        hosting = parser.add_mutually_exclusive_group()
        hosting.add_argument(
            '--network', metavar='<network>',
            help='List the DHCP agents hosting this network (name or ID)')
        hosting.add_argument(
            '--router', metavar='<router>',
            help='List the L3 agents hosting this router (name or ID)')
        parser.add_argument(
            '--long', action='store_true', default=False,
            help='List additional fields in output (with --router: the '
                 'HA state)')
        return parser

    def get_columns(self, parsed_args):
        specs = list(self.columns)
        if parsed_args.long and parsed_args.router is not None:
            specs.append(HA_STATE)
        return specs

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        query = common.changed(
            agent_type=AGENT_TYPES.get(parsed_args.agent_type),
            host=parsed_args.host)
        if parsed_args.network is not None:
            net = common.find(network, 'network', parsed_args.network)
            return network.network_hosting_dhcp_agents(net, **query)
        if parsed_args.router is not None:
            router = common.find(network, 'router', parsed_args.router)
            return network.routers_hosting_l3_agents(router, **query)
        query.update(pagination.query(parsed_args))
        return network.agents(**query)


class SetNetworkAgent(base.Command):
    """Set network agent properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('network_agent', metavar='<network-agent>',
                            help='Network agent to modify (ID)')
        parser.add_argument('--description', metavar='<description>',
                            help='Set network agent description')
        common.add_toggle(parser, '--enable', '--disable',
                          'is_admin_state_up', 'Enable network agent',
                          'Disable network agent')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        agent = find_agent(network, parsed_args.network_agent)
        changes = common.changed(
            description=parsed_args.description,
            is_admin_state_up=parsed_args.is_admin_state_up)
        if changes:
            network.update_agent(agent, **changes)


class ShowNetworkAgent(base.ShowOne):
    """Display network agent details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('network_agent', metavar='<network-agent>',
                            help='Network agent to display (ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_agent(common.client(self.app),
                               parsed_args.network_agent))


def add_ha_chassis_priority(parser, required):
    parser.add_argument(
        '--ha-chassis-priority', metavar='<ha-chassis-priority>',
        type=int, required=required,
        help='HA chassis priority, from 0 to 32767 (ML2/OVN L3 agents '
             'only)')


class _AgentHosting(base.Command):
    """``[--<kind flag>] <agent-id> <resource>``: one agent and the network
    or router it is to host (or stop hosting)."""

    #: 'network' or 'router'; the flag (--dhcp, --l3) names the agent kind.
    target = 'network'
    flag = '--dhcp'
    flag_help = ''
    agent_help = ''

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(self.flag, action='store_true',
                            help=self.flag_help)
        parser.add_argument('agent_id', metavar='<agent-id>',
                            help=self.agent_help)
        parser.add_argument(self.target, metavar=f'<{self.target}>',
                            help=f'{self.target.capitalize()} (name or ID)')
        return parser

    def resolve(self, parsed_args):
        """``(network proxy, agent, network or router)``."""
        network = common.client(self.app)
        agent = find_agent(network, parsed_args.agent_id)
        item = common.find(network, self.target,
                           getattr(parsed_args, self.target))
        return network, agent, item


class AddNetworkToAgent(_AgentHosting):
    """Add network to an agent"""

    flag_help = 'Add network to a DHCP agent (the only kind there is)'
    agent_help = 'Agent to host the network (ID)'

    def take_action(self, parsed_args):
        network, agent, item = self.resolve(parsed_args)
        network.add_dhcp_agent_to_network(agent, item)


class RemoveNetworkFromAgent(_AgentHosting):
    """Remove network from an agent"""

    flag_help = 'Remove network from a DHCP agent (the only kind there is)'
    agent_help = 'Agent to stop hosting the network (ID)'

    def take_action(self, parsed_args):
        network, agent, item = self.resolve(parsed_args)
        network.remove_dhcp_agent_from_network(agent, item)


class AddRouterToAgent(_AgentHosting):
    """Add router to an agent"""

    target = 'router'
    flag = '--l3'
    flag_help = 'Add router to an L3 agent (the only kind there is)'
    agent_help = 'Agent to host the router (ID)'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_ha_chassis_priority(parser, required=False)
        return parser

    def take_action(self, parsed_args):
        network, agent, item = self.resolve(parsed_args)
        network.add_router_to_agent(agent, item, **common.changed(
            ha_chassis_priority=parsed_args.ha_chassis_priority))


class RemoveRouterFromAgent(_AgentHosting):
    """Remove router from an agent"""

    target = 'router'
    flag = '--l3'
    flag_help = 'Remove router from an L3 agent (the only kind there is)'
    agent_help = 'Agent to stop hosting the router (ID)'

    def take_action(self, parsed_args):
        network, agent, item = self.resolve(parsed_args)
        network.remove_router_from_agent(agent, item)


class SetNetworkAgentRouter(base.Command):
    """Set properties of a router associated to an agent"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_ha_chassis_priority(parser, required=True)
        parser.add_argument('agent_id', metavar='<agent-id>',
                            help='L3 agent to modify (ID)')
        parser.add_argument('router', metavar='<router>',
                            help='Router to update (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        agent = find_agent(network, parsed_args.agent_id)
        router = common.find(network, 'router', parsed_args.router)
        network.update_router_in_agent(
            agent, router, ha_chassis_priority=parsed_args.ha_chassis_priority)
