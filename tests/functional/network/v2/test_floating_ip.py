"""Functional tests: floating IPs, pools and port forwarding."""

import pytest

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    listed, made, net_and_subnet, one_line_error, show)
from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, sdk_made)

LONG_KEYS = {'ID', 'Floating IP Address', 'Fixed IP Address', 'Port',
             'Floating Network', 'Project', 'Router', 'Status',
             'Description', 'Tags', 'DNS Name', 'DNS Domain'}


@pytest.fixture
def routed_port(made, net_and_subnet, unique_name):
    """A port on a subnet routed to `public` (so floating IPs can map)."""
    def make(cidr):
        net, sub = net_and_subnet(cidr)
        router = made('router', unique_name('router'), '--external-gateway',
                      'public')
        made_port = made('port', unique_name('port'), '--network', net['id'])
        return router, sub, made_port
    return make


def test_create_list_set_unset_show_delete(openstack, made, routed_port,
                                           unique_name):
    router, sub, port = routed_port('10.72.0.0/24')
    openstack('router', 'add', 'subnet', router['id'], sub['id'])
    fip = made('floating ip', 'public', '--floating-ip-address',
               '172.24.4.201', '--description', 'first', '--tag', 'f')
    address = fip['floating_ip_address']
    assert address == '172.24.4.201' and fip['port_id'] is None
    assert fip['tags'] == ['f'] and fip['description'] == 'first'
    rows = listed(openstack, 'floating ip', '--floating-ip-address', address)
    assert [r['ID'] for r in rows] == [fip['id']]
    long_rows = listed(openstack, 'floating ip', '--long', '--network',
                       'public', '--tags', 'f')
    assert fip['id'] in [r['ID'] for r in long_rows]
    assert set(long_rows[0]) == LONG_KEYS

    openstack('floating', 'ip', 'set', address, '--port', port['name'],
              '--description', 'two', '--tag', 'g')
    shown = show(openstack, 'floating ip', address)
    assert shown['port_id'] == port['id']
    assert shown['fixed_ip_address'] == port['fixed_ips'][0]['ip_address']
    assert shown['router_id'] == router['id']
    assert shown['tags'] == ['f', 'g'] and shown['description'] == 'two'
    assert [r['ID'] for r in listed(openstack, 'floating ip', '--port',
                                    port['id'])] == [fip['id']]
    openstack('floating', 'ip', 'unset', fip['id'], '--port', '--all-tag')
    shown = show(openstack, 'floating ip', fip['id'])
    assert shown['port_id'] is None and shown['tags'] == []

    openstack('floating', 'ip', 'delete', address)
    result = openstack('floating', 'ip', 'show', address, check=False)
    assert one_line_error(result, 5) == (
        f"openstack: No floating IP with a name or ID of '{address}' "
        "exists.")


def test_create_bound_to_port_with_fixed_ip(openstack, made, routed_port):
    router, sub, port = routed_port('10.73.0.0/24')
    openstack('router', 'add', 'subnet', router['id'], sub['id'])
    fixed = port['fixed_ips'][0]['ip_address']
    fip = made('floating ip', 'public', '--port', port['id'],
               '--fixed-ip-address', fixed, '--subnet', 'public-subnet')
    assert fip['port_id'] == port['id'] and fip['fixed_ip_address'] == fixed
    assert fip['floating_ip_address'].startswith('172.24.4.')


def test_unreachable_port_is_refused_cleanly(openstack, made, routed_port):
    _, _, port = routed_port('10.74.0.0/24')     # no router interface
    result = openstack('floating', 'ip', 'create', 'public', '--port',
                       port['id'], check=False)
    line = one_line_error(result, 5)
    assert 'is not reachable from' in line


def test_pool_list_shows_public(openstack):
    rows = listed(openstack, 'floating ip pool', cloud='devcloud-demo')
    assert {'Name': 'public'} in rows


def test_port_forwarding(openstack, made, routed_port):
    router, sub, port = routed_port('10.75.0.0/24')
    openstack('router', 'add', 'subnet', router['id'], sub['id'])
    fip = made('floating ip', 'public')
    internal = port['fixed_ips'][0]['ip_address']
    pf = openstack('floating', 'ip', 'port', 'forwarding', 'create',
                   fip['id'], '--internal-ip-address', internal, '--port',
                   port['id'], '--internal-protocol-port', '22',
                   '--external-protocol-port', '2222', '--protocol', 'tcp',
                   '--description', 'ssh', parse_json=True).json
    try:
        assert pf['internal_port'] == 22 and pf['external_port'] == 2222
        assert pf['internal_ip_address'] == internal
        assert pf['internal_port_id'] == port['id']
        rows = openstack('floating', 'ip', 'port', 'forwarding', 'list',
                         fip['floating_ip_address'], '--protocol', 'tcp',
                         parse_json=True).json
        assert [r['ID'] for r in rows] == [pf['id']]
        assert rows[0]['External Port'] == 2222
        openstack('floating', 'ip', 'port', 'forwarding', 'set', fip['id'],
                  pf['id'], '--external-protocol-port', '2200',
                  '--description', 'moved')
        shown = openstack('floating', 'ip', 'port', 'forwarding', 'show',
                          fip['id'], pf['id'], parse_json=True).json
        assert shown['external_port'] == 2200
        assert shown['description'] == 'moved'
    finally:
        openstack('floating', 'ip', 'port', 'forwarding', 'delete',
                  fip['id'], pf['id'], check=False)
    assert openstack('floating', 'ip', 'port', 'forwarding', 'list',
                     fip['id'], parse_json=True).json == []
    missing = openstack('floating', 'ip', 'port', 'forwarding', 'show',
                        fip['id'], pf['id'], check=False)
    one_line_error(missing, 5)


def test_qos_policy(openstack, sdk_made, made, unique_name):
    policy = sdk_made('qos_policy', name=unique_name('qos'))
    fip = made('floating ip', 'public', '--qos-policy', policy.name)
    assert fip['qos_policy_id'] == policy.id
    openstack('floating', 'ip', 'unset', fip['id'], '--qos-policy')
    assert show(openstack, 'floating ip', fip['id'])['qos_policy_id'] is None
    openstack('floating', 'ip', 'set', fip['id'], '--qos-policy', policy.id)
    assert show(openstack, 'floating ip', fip['id'])['qos_policy_id'] == \
        policy.id
    openstack('floating', 'ip', 'set', fip['id'], '--no-qos-policy')
    assert show(openstack, 'floating ip', fip['id'])['qos_policy_id'] is None
