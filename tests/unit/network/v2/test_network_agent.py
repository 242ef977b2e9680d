"""Unit tests: network agent list/show/set/delete and add/remove
network/router."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import agent as sdk_agent
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import router as sdk_router

from openstackclient.cli import errors
from openstackclient.network.v2 import network_agent
from tests.unit import fakes

AGENT = sdk_agent.Agent(id='a1', agent_type='DHCP agent', host='h',
                        availability_zone='nova', alive=True,
                        admin_state_up=False, binary='neutron-dhcp-agent',
                        configurations={'k': 'v'})
NET = sdk_network.Network(id='n1')
ROUTER = sdk_router.Router(id='r1')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.get_agent.return_value = AGENT
    proxy.find_network.return_value = NET
    proxy.find_router.return_value = ROUTER
    return proxy


def test_list(net):
    net.agents.return_value = [AGENT]
    _, (labels, rows) = fakes.run_command(
        network_agent.ListNetworkAgent,
        ['--agent-type', 'dhcp', '--host', 'h'], network=net)
    net.agents.assert_called_once_with(agent_type='DHCP agent', host='h')
    assert labels == ('ID', 'Agent Type', 'Host', 'Availability Zone',
                      'Alive', 'State', 'Binary')
    row = rows[0]
    assert row[4].human_readable() == ':-)'
    assert row[4].machine_readable() is True
    assert row[5].human_readable() == 'DOWN'


def test_list_hosting_network_and_router(net):
    net.network_hosting_dhcp_agents.return_value = []
    fakes.run_command(network_agent.ListNetworkAgent, ['--network', 'n'],
                      network=net)
    net.network_hosting_dhcp_agents.assert_called_once_with(NET)
    net.routers_hosting_l3_agents.return_value = []
    _, (labels, _) = fakes.run_command(
        network_agent.ListNetworkAgent, ['--router', 'r', '--long'],
        network=net)
    net.routers_hosting_l3_agents.assert_called_once_with(ROUTER)
    assert labels[-1] == 'HA State'


def test_show(net):
    _, (labels, values) = fakes.run_command(network_agent.ShowNetworkAgent,
                                            ['a1'], network=net)
    shown = dict(zip(labels, values))
    assert shown['alive'].machine_readable() is True
    assert shown['admin_state_up'].human_readable() == 'DOWN'
    assert shown['configurations'].machine_readable() == {'k': 'v'}


def test_show_missing(net):
    net.get_agent.side_effect = sdk_exc.NotFoundException('gone')
    with pytest.raises(errors.NotFoundError, match='No network agent'):
        fakes.run_command(network_agent.ShowNetworkAgent, ['x'],
                          network=net)


def test_set_and_delete(net):
    fakes.run_command(network_agent.SetNetworkAgent,
                      ['a1', '--enable', '--description', 'd'], network=net)
    net.update_agent.assert_called_once_with(AGENT, description='d',
                                             is_admin_state_up=True)
    fakes.run_command(network_agent.DeleteNetworkAgent, ['a1'], network=net)
    net.delete_agent.assert_called_once_with(AGENT, ignore_missing=False)


def test_add_remove(net):
    fakes.run_command(network_agent.AddNetworkToAgent,
                      ['--dhcp', 'a1', 'n'], network=net)
    net.add_dhcp_agent_to_network.assert_called_once_with(AGENT, NET)
    fakes.run_command(network_agent.RemoveNetworkFromAgent, ['a1', 'n'],
                      network=net)
    net.remove_dhcp_agent_from_network.assert_called_once_with(AGENT, NET)
    fakes.run_command(network_agent.AddRouterToAgent, ['--l3', 'a1', 'r'],
                      network=net)
    net.add_router_to_agent.assert_called_once_with(AGENT, ROUTER)
    fakes.run_command(network_agent.RemoveRouterFromAgent, ['a1', 'r'],
                      network=net)
    net.remove_router_from_agent.assert_called_once_with(AGENT, ROUTER)


def test_router_set(net):
    fakes.run_command(network_agent.SetNetworkAgentRouter,
                      ['--ha-chassis-priority', '100', 'a1', 'r'],
                      network=net)
    net.get_agent.assert_called_once_with('a1')
    net.find_router.assert_called_once_with('r', ignore_missing=False)
    net.update_router_in_agent.assert_called_once_with(
        AGENT, ROUTER, ha_chassis_priority=100)


def test_router_set_needs_priority(net):
    with pytest.raises(SystemExit):
        fakes.run_command(network_agent.SetNetworkAgentRouter, ['a1', 'r'],
                          network=net)
    net.update_router_in_agent.assert_not_called()


def test_router_set_missing_agent(net):
    net.get_agent.side_effect = sdk_exc.NotFoundException('gone')
    with pytest.raises(errors.NotFoundError):
        fakes.run_command(network_agent.SetNetworkAgentRouter,
                          ['--ha-chassis-priority', '1', 'nope', 'r'],
                          network=net)
    net.update_router_in_agent.assert_not_called()


def test_add_router_with_ha_chassis_priority(net):
    fakes.run_command(network_agent.AddRouterToAgent,
                      ['--l3', '--ha-chassis-priority', '7', 'a1', 'r'],
                      network=net)
    net.add_router_to_agent.assert_called_once_with(
        AGENT, ROUTER, ha_chassis_priority=7)
