"""Functional tests: subnet pools against the devcloud's Neutron."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

SHOW_KEYS = {'address_scope_id', 'created_at', 'default_prefixlen',
             'default_quota', 'description', 'id', 'ip_version',
             'is_default', 'max_prefixlen', 'min_prefixlen', 'name',
             'prefixes', 'project_id', 'revision_number', 'shared', 'tags',
             'updated_at'}
LONG_KEYS = {'ID', 'Name', 'Prefixes', 'Default Prefix Length',
             'Address Scope', 'Default Subnet Pool', 'Shared', 'Tags'}


def test_create_list_set_unset_delete(openstack, made, unique_name):
    scope = made('address scope', unique_name('as'))
    name = unique_name('sp')
    pool = made('subnet pool', name, '--pool-prefix', '10.210.0.0/16',
                '--default-prefix-length', '26', '--min-prefix-length', '20',
                '--max-prefix-length', '28', '--address-scope', scope['name'],
                '--description', 'fn pool', '--tag', 'red', '--tag', 'blue')
    assert set(pool) == SHOW_KEYS
    assert pool['prefixes'] == ['10.210.0.0/16']
    assert (pool['default_prefixlen'], pool['min_prefixlen'],
            pool['max_prefixlen']) == (26, 20, 28)
    assert pool['address_scope_id'] == scope['id']
    assert sorted(pool['tags']) == ['blue', 'red']

    rows = listed(openstack, 'subnet pool', '--long', '--name', name,
                  '--address-scope', scope['id'], '--tags', 'red,blue')
    assert [row['ID'] for row in rows] == [pool['id']]
    assert set(rows[0]) == LONG_KEYS
    assert rows[0]['Default Prefix Length'] == 26
    assert listed(openstack, 'subnet pool', '--name', name,
                  '--not-any-tags', 'red') == []
    assert set(listed(openstack, 'subnet pool', '--name', name)[0]) == {
        'ID', 'Name', 'Prefixes'}

    openstack('subnet', 'pool', 'set', name, '--pool-prefix',
              '10.220.0.0/16', '--no-address-scope', '--description', 'new',
              '--no-tag', '--tag', 'green')
    shown = show(openstack, 'subnet pool', name)
    assert sorted(shown['prefixes']) == ['10.210.0.0/16', '10.220.0.0/16']
    assert shown['address_scope_id'] is None
    assert shown['description'] == 'new'
    assert shown['tags'] == ['green']

    openstack('subnet', 'pool', 'unset', name, '--tag', 'green')
    assert show(openstack, 'subnet pool', name)['tags'] == []
    check_delete_many(openstack, 'subnet pool', pool['id'], 'subnet pools')


def test_create_without_prefix_is_usage_error(openstack, unique_name):
    result = openstack('subnet', 'pool', 'create', unique_name('sp'),
                       check=False)
    assert result.rc == 2


def test_overlapping_prefix_in_one_scope_fails_cleanly(openstack, made,
                                                      unique_name):
    scope = made('address scope', unique_name('as'))
    made('subnet pool', unique_name('sp'), '--pool-prefix', '10.230.0.0/16',
         '--address-scope', scope['id'])
    result = openstack('subnet', 'pool', 'create', unique_name('sp'),
                       '--pool-prefix', '10.230.1.0/24', '--address-scope',
                       scope['id'], check=False)
    assert result.rc != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in result.stderr


def test_add_network_onboards_its_subnets(openstack, made, unique_name):
    pool = made('subnet pool', unique_name('sp'), '--pool-prefix',
                '10.240.0.0/16')
    net = made('network', unique_name('net'))
    sub = made('subnet', unique_name('sub'), '--network', net['id'],
               '--subnet-range', '10.241.0.0/24')
    assert sub['subnetpool_id'] is None
    result = openstack('subnet', 'pool', 'add', 'network', net['name'],
                       pool['name'])
    assert result.stdout == ''
    assert show(openstack, 'subnet', sub['id'])['subnetpool_id'] == (
        pool['id'])
    assert sorted(show(openstack, 'subnet pool', pool['id'])['prefixes']) \
        == ['10.240.0.0/16', '10.241.0.0/24']

    # The deprecated name does the same, and says it is deprecated.
    net2 = made('network', unique_name('net'))
    sub2 = made('subnet', unique_name('sub'), '--network', net2['id'],
                '--subnet-range', '10.242.0.0/24')
    old = openstack('network', 'onboard', 'subnet', net2['id'], pool['id'])
    assert 'deprecated' in old.stderr and 'Traceback' not in old.stderr
    assert show(openstack, 'subnet', sub2['id'])['subnetpool_id'] == (
        pool['id'])


def test_add_network_errors(openstack, made, unique_name):
    pool = made('subnet pool', unique_name('sp'), '--pool-prefix',
                '10.243.0.0/16')
    net = made('network', unique_name('net'))
    for argv in (('fn-no-such-net', pool['id']),
                 (net['id'], 'fn-no-such-pool')):
        result = openstack('subnet', 'pool', 'add', 'network', *argv,
                           check=False)
        assert result.rc == 5, (argv, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1
    # A subnet that overlaps one the pool already handed out: Neutron
    # refuses the onboarding; one line, non-zero.
    made('subnet', unique_name('sub'), '--network', net['id'],
         '--subnet-pool', pool['id'], '--prefix-length', '24')
    other = made('network', unique_name('net'))
    given = show(openstack, 'subnet pool', pool['id'])
    assert given['prefixes'] == ['10.243.0.0/16']
    made('subnet', unique_name('sub'), '--network', other['id'],
         '--subnet-range', '10.243.0.0/24')
    clash = openstack('subnet', 'pool', 'add', 'network', other['id'],
                      pool['id'], check=False)
    assert clash.rc == 2, clash.stderr  # Neutron: HTTP 400
    assert len(clash.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in clash.stderr
