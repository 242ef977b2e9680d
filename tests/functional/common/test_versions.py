"""versions show against the devcloud's real services."""


def test_versions_show_lists_each_service(openstack):
    rows = openstack('versions', 'show', parse_json=True).json
    types = {row['Service Type'] for row in rows}
    assert {'identity', 'image', 'placement'} <= types
    identity = [r for r in rows if r['Service Type'] == 'identity']
    assert identity[0]['Region Name'] == 'RegionOne'
    assert identity[0]['Version'].startswith('3.')
    assert identity[0]['Status'] == 'CURRENT'


def test_versions_show_filters(openstack):
    rows = openstack('versions', 'show', '--service', 'image',
                     '--status', 'current', parse_json=True).json
    assert rows
    assert {r['Service Type'] for r in rows} == {'image'}
    assert {r['Status'] for r in rows} == {'CURRENT'}


def test_versions_show_all_interfaces(openstack):
    rows = openstack('versions', 'show', '--all-interfaces',
                     '--service', 'identity', parse_json=True).json
    assert {'public', 'internal'} <= {r['Endpoint Interface'] for r in rows}


def test_versions_show_as_member(openstack):
    rows = openstack('versions', 'show', cloud='devcloud-demo',
                     parse_json=True).json
    assert any(r['Service Type'] == 'identity' for r in rows)
