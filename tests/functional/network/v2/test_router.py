"""Functional tests: routers against the devcloud's Neutron."""

import pytest

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    check_delete_many, listed, made, net_and_subnet, one_line_error, show)
from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, sdk_made)

LIST_KEYS = {'ID', 'Name', 'Status', 'State', 'Project', 'Distributed',
             'HA'}
LONG_KEYS = LIST_KEYS | {'Routes', 'External gateway info',
                         'Availability zones', 'Tags'}


def test_create_list_set_unset_show_delete(openstack, made, unique_name):
    name = unique_name('router')
    router = made('router', name, '--description', 'first', '--tag', 'r')
    assert router['admin_state_up'] is True and router['tags'] == ['r']
    assert router['external_gateway_info'] is None
    assert 'routes' in router and 'tenant_id' not in router
    rows = listed(openstack, 'router', '--name', name)
    assert [r['ID'] for r in rows] == [router['id']]
    assert set(rows[0]) == LIST_KEYS        # admin sees ha and distributed
    assert rows[0]['State'] is True
    long_rows = listed(openstack, 'router', '--long', '--tags', 'r',
                       '--name', name)
    assert set(long_rows[0]) == LONG_KEYS

    openstack('router', 'set', name, '--external-gateway', 'public',
              '--disable-snat', '--name', name + '-x', '--tag', 's')
    shown = show(openstack, 'router', router['id'])
    gateway = shown['external_gateway_info']
    assert gateway['enable_snat'] is False
    assert gateway['external_fixed_ips'][0]['ip_address'].startswith(
        '172.24.4.')
    assert shown['name'] == name + '-x' and shown['tags'] == ['r', 's']
    openstack('router', 'set', router['id'], '--enable-snat', '--disable')
    shown = show(openstack, 'router', router['id'])
    assert shown['external_gateway_info']['enable_snat'] is True
    assert shown['admin_state_up'] is False
    openstack('router', 'unset', router['id'], '--external-gateway',
              '--tag', 'r')
    shown = show(openstack, 'router', router['id'])
    assert shown['external_gateway_info'] is None and shown['tags'] == ['s']
    check_delete_many(openstack, 'router', router['id'], 'routers')


def test_interfaces_and_routes(openstack, made, net_and_subnet,
                               unique_name):
    net, sub = net_and_subnet('10.68.0.0/24')
    router = made('router', unique_name('router'), '--external-gateway',
                  'public', '--fixed-ip', 'ip-address=172.24.4.222')
    assert router['external_gateway_info']['external_fixed_ips'][0][
        'ip_address'] == '172.24.4.222'
    openstack('router', 'add', 'subnet', router['name'], sub['name'])
    # A router has one interface per subnet: the port is on another one.
    other = made('subnet', unique_name('sub'), '--network', net['id'],
                 '--subnet-range', '10.68.1.0/24')
    port = made('port', unique_name('port'), '--network', net['id'],
                '--fixed-ip', f"subnet={other['id']},ip-address=10.68.1.7")
    openstack('router', 'add', 'port', router['id'], port['name'])
    interfaces = show(openstack, 'router', router['id'])['interfaces_info']
    assert sorted(i['ip_address'] for i in interfaces) == [
        '10.68.0.1', '10.68.1.7']
    assert {i['subnet_id'] for i in interfaces} == {sub['id'], other['id']}
    router_ports = listed(openstack, 'port', '--router', router['id'])
    assert port['id'] in [p['ID'] for p in router_ports]

    # Routes through a next hop on the attached subnet.
    added = openstack('router', 'add', 'route', router['id'], '--route',
                      'destination=10.69.0.0/24,gateway=10.68.0.50',
                      '--route', 'destination=10.70.0.0/24,gateway=10.68.0.51',
                      parse_json=True).json
    assert sorted(r['destination'] for r in added['routes']) == [
        '10.69.0.0/24', '10.70.0.0/24']
    removed = openstack('router', 'remove', 'route', router['id'],
                        '--route', 'destination=10.69.0.0/24,'
                        'gateway=10.68.0.50', parse_json=True).json
    assert removed['routes'] == [{'destination': '10.70.0.0/24',
                                  'nexthop': '10.68.0.51'}]
    openstack('router', 'set', router['id'], '--route',
              'destination=10.71.0.0/24,gateway=10.68.0.52')
    assert len(show(openstack, 'router', router['id'])['routes']) == 2
    openstack('router', 'unset', router['id'], '--route',
              'destination=10.70.0.0/24,gateway=10.68.0.51')
    assert show(openstack, 'router', router['id'])['routes'] == [
        {'destination': '10.71.0.0/24', 'nexthop': '10.68.0.52'}]
    openstack('router', 'set', router['id'], '--no-route')
    assert show(openstack, 'router', router['id'])['routes'] == []

    # A router with interfaces cannot go; without them it can.
    refused = openstack('router', 'delete', router['id'], check=False)
    assert '(HTTP 409)' in one_line_error(refused, 6)
    openstack('router', 'remove', 'port', router['id'], port['id'])
    openstack('router', 'remove', 'subnet', router['id'], sub['id'])
    assert show(openstack, 'router', router['id'])['interfaces_info'] == []


def test_add_missing_subnet_is_exit_5(openstack, made, unique_name):
    router = made('router', unique_name('router'))
    result = openstack('router', 'add', 'subnet', router['id'],
                       'fn-no-such-subnet', check=False)
    assert "No subnet with a name or ID of 'fn-no-such-subnet'" in \
        one_line_error(result, 5)


def test_gateway_qos_policy(openstack, sdk_made, made, unique_name):
    policy = sdk_made('qos_policy', name=unique_name('qos'))
    bare = made('router', unique_name('router'))
    refused = openstack('router', 'set', bare['id'], '--qos-policy',
                        policy.id, check=False)
    assert 'external gateway' in one_line_error(refused, 2)
    router = made('router', unique_name('router'), '--external-gateway',
                  'public')
    openstack('router', 'set', router['id'], '--qos-policy', policy.name)
    gateway = show(openstack, 'router', router['id'])['external_gateway_info']
    assert gateway['qos_policy_id'] == policy.id
    assert gateway['network_id'] == router['external_gateway_info'][
        'network_id']
    openstack('router', 'unset', router['id'], '--qos-policy')
    gateway = show(openstack, 'router', router['id'])['external_gateway_info']
    assert gateway.get('qos_policy_id') is None
    openstack('router', 'set', router['id'], '--qos-policy', policy.id)
    openstack('router', 'set', router['id'], '--no-qos-policy')
    gateway = show(openstack, 'router', router['id'])['external_gateway_info']
    assert gateway.get('qos_policy_id') is None


def test_add_remove_gateway_without_multihoming(openstack, admin_network,
                                                made, unique_name):
    """The devcloud's Neutron has no ``external-gateway-multihoming``:
    ``router add/remove gateway`` say so in one line (exit 1), as OSC
    does, and leave the router as it was."""
    if admin_network.find_extension('external-gateway-multihoming',
                                    ignore_missing=True) is not None:
        pytest.skip('Neutron has external-gateway-multihoming here')
    router = made('router', unique_name('router'))
    for action in ('add', 'remove'):
        result = openstack('router', action, 'gateway', router['id'],
                           'public', '--fixed-ip', 'ip-address=172.24.4.77',
                           check=False)
        assert one_line_error(result, 1) == (
            'openstack: The external-gateway-multihoming extension is not '
            'enabled at the Neutron side.')
    assert show(openstack, 'router', router['id'])[
        'external_gateway_info'] is None
    usage = openstack('router', 'add', 'gateway', router['id'], check=False)
    assert usage.rc == 2
