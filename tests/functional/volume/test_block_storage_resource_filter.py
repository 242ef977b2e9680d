"""block storage resource filter list/show (3.33) against Cinder's
default resource_filters.json."""


def test_list_and_show(openstack):
    rows = openstack('block', 'storage', 'resource', 'filter', 'list',
                     parse_json=True).json
    by_resource = {r['Resource']: r['Filters'] for r in rows}
    assert 'status' in by_resource['volume']
    assert 'volume_id' in by_resource['backup']
    shown = openstack('block', 'storage', 'resource', 'filter', 'show',
                      'volume', parse_json=True).json
    assert shown == {'Resource': 'volume',
                     'Filters': by_resource['volume']}


def test_errors(openstack):
    missing = openstack('block', 'storage', 'resource', 'filter', 'show',
                        'fn-nope', check=False)
    assert missing.rc == 5 and missing.stderr.strip() == (
        "openstack: No resource filter with a name of 'fn-nope' exists.")
    old = openstack('--os-volume-api-version', '3.32', 'block', 'storage',
                    'resource', 'filter', 'list', check=False)
    assert old.rc == 2 and '3.33' in old.stderr
