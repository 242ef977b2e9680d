"""Functional tests: catalog list/show against the devcloud's token."""

ENDPOINT_KEYS = {'id', 'interface', 'region_id', 'url', 'region'}


def test_list(openstack, devcloud):
    rows = openstack('catalog', 'list', parse_json=True).json
    assert set(rows[0]) == {'Name', 'Type', 'Endpoints'}
    identity = next(row for row in rows if row['Type'] == 'identity')
    assert set(identity['Endpoints'][0]) == ENDPOINT_KEYS
    urls = {ep['url'].rstrip('/') for ep in identity['Endpoints']
            if ep['interface'] == 'public'}
    assert devcloud.endpoints['identity'].rstrip('/') in urls


def test_list_for_people(openstack):
    table = openstack('catalog', 'list').stdout
    assert '  public: http' in table
    assert 'RegionOne' in table


def test_show_by_type_and_name(openstack):
    by_type = openstack('catalog', 'show', 'identity', parse_json=True).json
    assert set(by_type) == {'endpoints', 'id', 'name', 'type'}
    assert by_type['type'] == 'identity'
    by_name = openstack('catalog', 'show', by_type['name'],
                        parse_json=True).json
    assert by_name == by_type


def test_show_unknown(openstack):
    result = openstack('catalog', 'show', 'fn-no-such-service', check=False)
    assert result.rc == 5
    assert len(result.stderr.strip().splitlines()) == 1


def test_member_reads_own_catalog(openstack):
    rows = openstack('catalog', 'list', cloud='devcloud-demo',
                     parse_json=True).json
    assert 'identity' in {row['Type'] for row in rows}
