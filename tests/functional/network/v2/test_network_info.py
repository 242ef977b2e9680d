"""Functional tests: read-only network information against the devcloud's
Neutron: extensions, service providers and IP availability."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, listed, sdk_made, show)


def test_extension_list_and_show(openstack):
    rows = listed(openstack, 'extension', '--network')
    assert set(rows[0]) == {'Name', 'Alias', 'Description'}
    aliases = {row['Alias'] for row in rows}
    assert {'trunk', 'qos', 'segment', 'router'} <= aliases
    assert {r['Alias'] for r in listed(openstack, 'extension')} == aliases
    long_rows = listed(openstack, 'extension', '--long')
    assert set(long_rows[0]) == {'Name', 'Alias', 'Description',
                                 'Namespace', 'Updated At', 'Links'}
    trunk = show(openstack, 'extension', 'trunk')
    assert set(trunk) == {'alias', 'description', 'links', 'name',
                          'updated_at'}
    assert trunk['alias'] == 'trunk'
    assert show(openstack, 'extension', trunk['name'])['alias'] == 'trunk'
    missing = openstack('extension', 'show', 'fn-no-such-ext', check=False)
    assert missing.rc == 5
    assert missing.stderr.strip() == (
        "openstack: No extension with a name or ID of 'fn-no-such-ext' "
        "exists.")


def test_service_provider_list(openstack):
    rows = listed(openstack, 'network service provider')
    assert rows
    assert set(rows[0]) == {'Service Type', 'Name', 'Default'}
    assert 'L3_ROUTER_NAT' in {r['Service Type'] for r in rows}


def test_ip_availability(openstack, admin_network, sdk_made, unique_name):
    net = sdk_made('network', name=unique_name('net'))
    subnet = sdk_made('subnet', network_id=net.id, ip_version=4,
                      cidr='10.77.0.0/28', name=unique_name('subnet'))
    sdk_made('port', network_id=net.id)
    rows = [r for r in listed(openstack, 'ip availability')
            if r['Network ID'] == net.id]
    assert rows == [{'Network ID': net.id, 'Network Name': net.name,
                     'Total IPs': 13, 'Used IPs': 1}]
    assert net.id not in [r['Network ID'] for r in listed(
        openstack, 'ip availability', '--ip-version', '6')]
    shown = show(openstack, 'ip availability', net.name)
    assert {'network_id', 'network_name', 'project_id',
            'subnet_ip_availability', 'total_ips', 'used_ips'} <= set(shown)
    assert shown['used_ips'] == 1
    assert shown['subnet_ip_availability'][0]['subnet_id'] == subnet.id
    missing = openstack('ip', 'availability', 'show', 'fn-no-such-net',
                        check=False)
    assert missing.rc == 5


def test_member_sees_only_own_ip_availability(openstack):
    # 'public' belongs to the admin project: a member does not see it.
    rows = listed(openstack, 'ip availability', cloud='devcloud-demo')
    assert 'public' not in {r['Network Name'] for r in rows}
