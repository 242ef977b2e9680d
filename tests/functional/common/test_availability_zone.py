"""Functional tests: ``availability zone list`` against the devcloud, which
has Nova (zones internal and nova, two compute hosts), Neutron (with no
agents, so no zones) and Cinder (one zone, nova)."""

COLUMNS = '"Zone Name","Zone Status"'
LONG_COLUMNS = ('"Zone Name","Zone Status","Zone Resource","Host Name",'
                '"Service Name","Service Status"')


def test_list_network_zones(openstack):
    # Neutron reports a zone only for the agents that have one: none here.
    assert openstack('availability', 'zone', 'list', '--network',
                     parse_json=True).json == []
    result = openstack('availability', 'zone', 'list', '--network', '-f',
                       'csv')
    assert result.stdout.splitlines() == [COLUMNS]
    result = openstack('availability', 'zone', 'list', '--network', '--long',
                       '-f', 'csv')
    assert result.stdout.splitlines() == [LONG_COLUMNS]


def test_list_volume_zones(openstack):
    assert openstack('availability', 'zone', 'list', '--volume',
                     parse_json=True).json == [
        {'Zone Name': 'nova', 'Zone Status': 'available'}]
    result = openstack('availability', 'zone', 'list', '--volume', '--long',
                       '-f', 'csv')
    assert result.stdout.splitlines() == [
        LONG_COLUMNS, '"nova","available","","","",""']


def test_list_compute_zones(openstack):
    assert openstack('availability', 'zone', 'list', '--compute',
                     parse_json=True).json == [
        {'Zone Name': 'internal', 'Zone Status': 'available'},
        {'Zone Name': 'nova', 'Zone Status': 'available'}]
    rows = openstack('availability', 'zone', 'list', '--compute', '--long',
                     parse_json=True).json
    computes = sorted((r['Zone Name'], r['Host Name'], r['Service Name'])
                      for r in rows if r['Service Name'] == 'nova-compute')
    assert computes == [('nova', 'devcloud-1', 'nova-compute'),
                        ('nova', 'devcloud-2', 'nova-compute')]
    assert all(r['Service Status'].startswith('enabled :-) ')
               for r in rows)
    # A member may not see hosts: one row per zone it may use.
    assert openstack('availability', 'zone', 'list', '--compute', '--long',
                     cloud='devcloud-demo', parse_json=True).json == [
        {'Zone Name': 'nova', 'Zone Status': 'available',
         'Zone Resource': '', 'Host Name': '', 'Service Name': '',
         'Service Status': ''}]


def test_every_service_by_default(openstack):
    result = openstack('availability', 'zone', 'list', parse_json=True)
    assert (result.json, result.stderr) == ([
        {'Zone Name': 'internal', 'Zone Status': 'available'},
        {'Zone Name': 'nova', 'Zone Status': 'available'},
        {'Zone Name': 'nova', 'Zone Status': 'available'}], '')
