"""Functional tests: host aggregates against the devcloud's Nova."""

from tests.functional.compute import one_line_error

SHOW_KEYS = {'availability_zone', 'created_at', 'deleted_at', 'hosts', 'id',
             'is_deleted', 'name', 'properties', 'updated_at', 'uuid'}
LONG_KEYS = {'ID', 'UUID', 'Name', 'Availability Zone', 'Properties',
             'Hosts'}


def test_create_list_set_unset_hosts_delete(openstack, cleanup,
                                            unique_name):
    name = unique_name('agg')
    cleanup('aggregate', 'delete', name)
    made = openstack('aggregate', 'create', name, '--zone', 'fn-zone',
                     '--property', 'a=1', parse_json=True).json
    assert set(made) == SHOW_KEYS
    assert made['availability_zone'] == 'fn-zone'
    assert made['properties'] == {'a': '1', 'availability_zone': 'fn-zone'}
    shown = openstack('aggregate', 'show', name, parse_json=True).json
    assert shown['properties'] == {'a': '1'}   # the zone shows on its own

    new = unique_name('agg')
    cleanup('aggregate', 'delete', new)
    openstack('aggregate', 'set', name, '--name', new, '--zone', 'fn-z2',
              '--no-property', '--property', 'b=2', '--property', 'c=3')
    openstack('aggregate', 'unset', new, '--property', 'c')
    shown = openstack('aggregate', 'show', new, parse_json=True).json
    assert shown['availability_zone'] == 'fn-z2'
    assert shown['properties'] == {'b': '2'}

    added = openstack('aggregate', 'add', 'host', new, 'devcloud-1',
                      parse_json=True).json
    cleanup('aggregate', 'remove', 'host', new, 'devcloud-1')
    assert added['hosts'] == ['devcloud-1']
    rows = openstack('aggregate', 'list', '--long', '--host', 'devcloud-1',
                     parse_json=True).json
    row, = [r for r in rows if r['Name'] == new]
    assert set(row) == LONG_KEYS and row['Hosts'] == ['devcloud-1']
    assert row['Properties'] == {'b': '2'}
    assert new not in {r['Name'] for r in openstack(
        'aggregate', 'list', '--availability-zone', 'fn-elsewhere',
        parse_json=True).json}
    short = openstack('aggregate', 'list', parse_json=True).json
    assert set(short[0]) == {'ID', 'UUID', 'Name', 'Availability Zone'}

    # Nova refuses to delete an aggregate that has hosts: 400, exit 2.
    busy = openstack('aggregate', 'delete', new, check=False)
    assert 'not empty' in one_line_error(busy, 2)
    removed = openstack('aggregate', 'remove', 'host', new, 'devcloud-1',
                        parse_json=True).json
    assert removed['hosts'] == []
    openstack('aggregate', 'delete', new)
    gone = openstack('aggregate', 'show', new, check=False)
    assert one_line_error(gone, 5) == (
        f"openstack: No aggregate with a name or ID of '{new}' exists.")


def test_refusals(openstack, cleanup, unique_name):
    name = unique_name('agg')
    cleanup('aggregate', 'delete', name)
    openstack('aggregate', 'create', name)
    again = openstack('aggregate', 'create', name, check=False)
    assert one_line_error(again, 6) == (
        f'openstack: Aggregate {name} already exists. (HTTP 409)')
    unknown = openstack('aggregate', 'add', 'host', name, 'fn-no-such-host',
                        check=False)
    assert one_line_error(unknown, 5) == (
        'openstack: Compute host fn-no-such-host could not be found. '
        '(HTTP 404)')
    result = openstack('aggregate', 'delete', name, 'fn-no-such-agg',
                       check=False)
    assert result.rc == 5
    assert result.stderr.splitlines()[-1] == (
        'openstack: 1 of 2 aggregates failed to delete: fn-no-such-agg')


def test_cache_image(openstack, cleanup, unique_name, tmp_path):
    data = tmp_path / 'image.raw'
    data.write_bytes(b'\0' * 1024)
    image = unique_name('img')
    cleanup('image', 'delete', image)
    openstack('image', 'create', image, '--file', data, '--disk-format',
              'raw', '--container-format', 'bare')
    name = unique_name('agg')
    cleanup('aggregate', 'delete', name)
    openstack('aggregate', 'create', name)
    cleanup('aggregate', 'remove', 'host', name, 'devcloud-2')
    openstack('aggregate', 'add', 'host', name, 'devcloud-2')
    result = openstack('aggregate', 'cache', 'image', name, image)
    assert result.stdout == '' and result.stderr == ''
    missing = openstack('aggregate', 'cache', 'image', name,
                        'fn-no-such-image', check=False)
    assert one_line_error(missing, 5) == (
        "openstack: No image with a name or ID of 'fn-no-such-image' "
        "exists.")
    old = openstack('--os-compute-api-version', '2.80', 'aggregate',
                    'cache', 'image', name, image, check=False)
    assert one_line_error(old, 2) == (
        'openstack: aggregate cache image needs --os-compute-api-version '
        '2.81 or greater (requested: 2.80)')
