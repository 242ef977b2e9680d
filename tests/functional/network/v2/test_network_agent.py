"""Functional tests: network agents against the devcloud's Neutron, which
runs no agents: lists are empty (or hold only what reports in), and every
command on an agent ID that does not exist fails with one line, exit 5."""

import pytest

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, listed, sdk_made)

LIST_KEYS = {'ID', 'Agent Type', 'Host', 'Availability Zone', 'Alive',
             'State', 'Binary'}
NO_AGENT = '00000000-0000-0000-0000-00000000a9e7'


def test_list(openstack, admin_network):
    rows = listed(openstack, 'network agent')
    assert sorted(r['ID'] for r in rows) == sorted(
        a.id for a in admin_network.agents())
    for row in rows:
        assert set(row) == LIST_KEYS
    dhcp = listed(openstack, 'network agent', '--agent-type', 'dhcp',
                  '--host', 'fn-no-such-host')
    assert dhcp == []


def test_list_hosting(openstack, sdk_made, unique_name):
    net = sdk_made('network', name=unique_name('net'))
    router = sdk_made('router', name=unique_name('router'))
    assert listed(openstack, 'network agent', '--network', net.name) == []
    assert listed(openstack, 'network agent', '--router', router.id,
                  '--long') == []
    missing = openstack('network', 'agent', 'list', '--network',
                        'fn-no-such-net', check=False)
    assert missing.rc == 5


@pytest.mark.parametrize('argv', [
    ('show', NO_AGENT),
    ('set', NO_AGENT, '--description', 'x'),
    ('delete', NO_AGENT),
])
def test_missing_agent(openstack, argv):
    result = openstack('network', 'agent', *argv, check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        f"openstack: No network agent with a name or ID of '{NO_AGENT}' "
        "exists.")


def test_delete_many_names_each_failure(openstack):
    result = openstack('network', 'agent', 'delete', NO_AGENT, 'fn-no-such',
                       check=False)
    assert result.rc == 5
    assert f"Failed to delete network agent '{NO_AGENT}'" in result.stderr
    assert '2 of 2 network agents failed to delete' in result.stderr


def test_add_remove_with_missing_agent(openstack, sdk_made, unique_name):
    net = sdk_made('network', name=unique_name('net'))
    router = sdk_made('router', name=unique_name('router'))
    for argv in (('add', 'network', '--dhcp', NO_AGENT, net.id),
                 ('remove', 'network', '--dhcp', NO_AGENT, net.id),
                 ('add', 'router', '--l3', NO_AGENT, router.id),
                 ('add', 'router', '--l3', '--ha-chassis-priority', '3',
                  NO_AGENT, router.id),
                 ('remove', 'router', '--l3', NO_AGENT, router.id)):
        result = openstack('network', 'agent', *argv, check=False)
        assert result.rc == 5, argv
        assert len(result.stderr.strip().splitlines()) == 1


def test_agent_router_set_errors(openstack, sdk_made, unique_name):
    router = sdk_made('router', name=unique_name('router'))
    result = openstack('network', 'agent', 'router', 'set',
                       '--ha-chassis-priority', '10', NO_AGENT, router.id,
                       check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        f"openstack: No network agent with a name or ID of '{NO_AGENT}' "
        "exists.")
    # The priority is required and a whole number: usage errors.
    for argv in ((NO_AGENT, router.id),
                 ('--ha-chassis-priority', 'high', NO_AGENT, router.id)):
        usage = openstack('network', 'agent', 'router', 'set', *argv,
                          check=False)
        assert usage.rc == 2, argv
        assert 'Traceback' not in usage.stderr
