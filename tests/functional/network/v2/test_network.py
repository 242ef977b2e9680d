"""Functional tests: networks against the devcloud's Neutron."""

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    check_delete_many, listed, made, one_line_error, show)

SHOW_KEYS = {
    'admin_state_up', 'availability_zone_hints', 'availability_zones',
    'created_at', 'description', 'dns_domain', 'id', 'ipv4_address_scope',
    'ipv6_address_scope', 'is_default', 'is_vlan_transparent', 'mtu', 'name',
    'port_security_enabled', 'project_id', 'provider:network_type',
    'provider:physical_network', 'provider:segmentation_id',
    'qos_policy_id', 'revision_number', 'router:external', 'segments',
    'shared', 'status', 'subnets', 'tags', 'updated_at'}
LONG_KEYS = {'ID', 'Name', 'Status', 'Project', 'State', 'Shared', 'Subnets',
             'Network Type', 'Router Type', 'Availability Zones', 'Tags'}


def test_create_list_set_unset_show_delete(openstack, made, unique_name):
    name = unique_name('net')
    net = made('network', name, '--description', 'first', '--mtu', '1400',
               '--tag', 'red', '--tag', 'blue', '--dns-domain', 'fn.test.')
    assert SHOW_KEYS <= set(net)
    assert net['tags'] == ['blue', 'red'] and net['mtu'] == 1400
    assert net['admin_state_up'] is True and net['router:external'] is False
    assert net['dns_domain'] == 'fn.test.'
    rows = listed(openstack, 'network', '--name', name)
    assert rows == [{'ID': net['id'], 'Name': name, 'Subnets': []}]
    long_rows = listed(openstack, 'network', '--long', '--tags', 'red,blue')
    mine = [r for r in long_rows if r['ID'] == net['id']]
    assert len(mine) == 1 and set(mine[0]) == LONG_KEYS
    assert mine[0]['State'] is True and mine[0]['Router Type'] is False
    assert mine[0]['Network Type'] == 'vxlan'
    assert net['id'] not in [r['ID'] for r in listed(
        openstack, 'network', '--not-tags', 'red')]

    new = unique_name('net')
    openstack('network', 'set', name, '--name', new, '--description', 'two',
              '--disable', '--tag', 'green', '--disable-port-security')
    shown = show(openstack, 'network', new)
    assert shown['name'] == new and shown['description'] == 'two'
    assert shown['admin_state_up'] is False
    assert shown['port_security_enabled'] is False
    assert shown['tags'] == ['blue', 'green', 'red']
    assert [r['ID'] for r in listed(openstack, 'network', '--disable',
                                    '--name', new)] == [net['id']]
    openstack('network', 'unset', new, '--tag', 'red')
    assert show(openstack, 'network', new)['tags'] == ['blue', 'green']
    openstack('network', 'set', new, '--no-tag', '--tag', 'only')
    assert show(openstack, 'network', new)['tags'] == ['only']
    openstack('network', 'unset', new, '--all-tag')
    assert show(openstack, 'network', new)['tags'] == []
    check_delete_many(openstack, 'network', net['id'], 'networks')


def test_provider_and_external_networks_as_admin(openstack, made,
                                                 unique_name):
    vlan = made('network', unique_name('net'), '--provider-network-type',
                'vlan', '--provider-physical-network', 'physnet1',
                '--provider-segment', '150', '--share')
    assert vlan['provider:network_type'] == 'vlan'
    assert vlan['provider:physical_network'] == 'physnet1'
    assert vlan['provider:segmentation_id'] == 150
    assert vlan['shared'] is True
    ext = made('network', unique_name('net'), '--external',
               '--provider-network-type', 'flat',
               '--provider-physical-network', 'physnet1')
    assert ext['router:external'] is True
    ids = [r['ID'] for r in listed(openstack, 'network', '--external')]
    assert ext['id'] in ids and vlan['id'] not in ids
    table = openstack('network', 'show', ext['id'], '-c', 'router:external')
    assert 'External' in table.stdout


def test_public_network_is_visible_to_demo(openstack):
    public = show(openstack, 'network', 'public', cloud='devcloud-demo')
    assert public['router:external'] is True and public['shared'] is True
    assert len(public['subnets']) == 1


def test_show_missing_is_exit_5(openstack):
    line = one_line_error(
        openstack('network', 'show', 'fn-no-such-net', check=False), 5)
    assert line == ("openstack: No network with a name or ID of "
                    "'fn-no-such-net' exists.")


def test_delete_network_in_use_fails_cleanly(openstack, made, unique_name):
    net = made('network', unique_name('net'))
    made('port', unique_name('port'), '--network', net['id'])
    line = one_line_error(
        openstack('network', 'delete', net['id'], check=False), 6)
    assert 'ports still in use' in line and '(HTTP 409)' in line
    assert show(openstack, 'network', net['id'])['id'] == net['id']
