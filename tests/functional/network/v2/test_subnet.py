"""Functional tests: subnets against the devcloud's Neutron."""

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    check_delete_many, listed, made, one_line_error, show)

LONG_KEYS = {'ID', 'Name', 'Network', 'Subnet', 'Project', 'DHCP',
             'Name Servers', 'Allocation Pools', 'Host Routes', 'IP Version',
             'Gateway', 'Service Types', 'Tags'}


def test_create_list_set_unset_show_delete(openstack, made, unique_name):
    net = made('network', unique_name('net'))
    name = unique_name('sub')
    sub = made('subnet', name, '--network', net['name'], '--subnet-range',
               '10.61.0.0/24', '--gateway', '10.61.0.1', '--allocation-pool',
               'start=10.61.0.10,end=10.61.0.20', '--dns-nameserver',
               '192.0.2.53', '--host-route',
               'destination=10.62.0.0/24,gateway=10.61.0.5', '--no-dhcp',
               '--tag', 'x', '--description', 'first')
    assert sub['cidr'] == '10.61.0.0/24' and sub['ip_version'] == 4
    assert sub['gateway_ip'] == '10.61.0.1' and sub['enable_dhcp'] is False
    assert sub['allocation_pools'] == [{'start': '10.61.0.10',
                                        'end': '10.61.0.20'}]
    assert sub['host_routes'] == [{'destination': '10.62.0.0/24',
                                   'nexthop': '10.61.0.5'}]
    assert sub['dns_nameservers'] == ['192.0.2.53'] and sub['tags'] == ['x']
    assert 'subnetpool_id' in sub and 'tenant_id' not in sub
    rows = listed(openstack, 'subnet', '--network', net['id'])
    assert rows == [{'ID': sub['id'], 'Name': name, 'Network': net['id'],
                     'Subnet': '10.61.0.0/24'}]
    long_rows = listed(openstack, 'subnet', '--long', '--name', name)
    assert set(long_rows[0]) == LONG_KEYS
    assert long_rows[0]['DHCP'] is False

    openstack('subnet', 'set', name, '--dns-nameserver', '192.0.2.54',
              '--allocation-pool', 'start=10.61.0.30,end=10.61.0.40',
              '--dhcp', '--description', 'two', '--tag', 'y')
    shown = show(openstack, 'subnet', sub['id'])
    assert shown['dns_nameservers'] == ['192.0.2.53', '192.0.2.54']
    assert len(shown['allocation_pools']) == 2
    assert shown['enable_dhcp'] is True and shown['description'] == 'two'
    assert shown['tags'] == ['x', 'y']
    openstack('subnet', 'unset', name, '--dns-nameserver', '192.0.2.53',
              '--host-route', 'destination=10.62.0.0/24,gateway=10.61.0.5',
              '--allocation-pool', 'start=10.61.0.30,end=10.61.0.40',
              '--tag', 'x')
    shown = show(openstack, 'subnet', sub['id'])
    assert shown['dns_nameservers'] == ['192.0.2.54']
    assert shown['host_routes'] == [] and shown['tags'] == ['y']
    assert shown['allocation_pools'] == [{'start': '10.61.0.10',
                                          'end': '10.61.0.20'}]
    openstack('subnet', 'set', name, '--gateway', 'none')
    assert show(openstack, 'subnet', name)['gateway_ip'] is None
    missing = openstack('subnet', 'unset', name, '--dns-nameserver',
                        '192.0.2.99', check=False)
    one_line_error(missing, 5)
    check_delete_many(openstack, 'subnet', sub['id'], 'subnets')


def test_overlapping_cidr_is_refused_cleanly(openstack, made, unique_name):
    net = made('network', unique_name('net'))
    made('subnet', unique_name('sub'), '--network', net['id'],
         '--subnet-range', '10.63.0.0/24')
    result = openstack('subnet', 'create', unique_name('sub'), '--network',
                       net['id'], '--subnet-range', '10.63.0.0/25',
                       check=False)
    line = one_line_error(result, 2)
    assert 'overlaps with another subnet' in line and '(HTTP 400)' in line
    assert len(listed(openstack, 'subnet', '--network', net['id'])) == 1


def test_ipv6_slaac_subnet(openstack, made, unique_name):
    net = made('network', unique_name('net'))
    sub = made('subnet', unique_name('sub'), '--network', net['id'],
               '--ip-version', '6', '--subnet-range', 'fd00:61::/64',
               '--ipv6-ra-mode', 'slaac', '--ipv6-address-mode', 'slaac')
    assert sub['ip_version'] == 6 and sub['ipv6_address_mode'] == 'slaac'
    assert [r['ID'] for r in listed(openstack, 'subnet', '--ip-version',
                                    '6', '--network', net['id'])] == [
        sub['id']]


def test_create_needs_a_range(openstack, made, unique_name):
    net = made('network', unique_name('net'))
    result = openstack('subnet', 'create', unique_name('sub'), '--network',
                       net['id'], check=False)
    assert 'subnet-range' in one_line_error(result, 2)
