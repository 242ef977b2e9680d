"""Functional tests: ``availability zone list`` against the devcloud, which
has Neutron (with no agents, so no zones), Cinder (one zone, nova) and no
Nova."""

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


def test_services_not_in_catalog_are_skipped(openstack):
    result = openstack('availability', 'zone', 'list', '--compute',
                       parse_json=True)
    assert result.json == []
    assert 'Compute API is not available' in result.stderr
    # With no option, the services the catalog lacks go unmentioned.
    result = openstack('availability', 'zone', 'list', parse_json=True)
    assert (result.json, result.stderr) == (
        [{'Zone Name': 'nova', 'Zone Status': 'available'}], '')
