"""Functional tests: flavors against the devcloud's Nova."""

from tests.functional.compute import one_line_error

SHOW_KEYS = {
    'OS-FLV-DISABLED:disabled', 'OS-FLV-EXT-DATA:ephemeral',
    'access_project_ids', 'description', 'disk', 'id', 'name',
    'os-flavor-access:is_public', 'properties', 'ram', 'rxtx_factor',
    'swap', 'vcpus'}
LIST_KEYS = {'ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs', 'Is Public'}
LONG_KEYS = LIST_KEYS | {'Swap', 'RXTX Factor', 'Properties'}


def test_create_list_set_unset_show_delete(openstack, cleanup, unique_name):
    name = unique_name('flavor')
    cleanup('flavor', 'delete', name)
    made = openstack('flavor', 'create', name, '--ram', '64', '--disk', '1',
                     '--vcpus', '2', '--swap', '16', '--private',
                     '--project', 'demo', '--property', 'hw:a=1',
                     '--description', 'first', parse_json=True).json
    assert set(made) == SHOW_KEYS - {'access_project_ids'}
    assert (made['ram'], made['disk'], made['vcpus'], made['swap']) == (
        64, 1, 2, 16)
    assert made['os-flavor-access:is_public'] is False
    assert made['properties'] == {'hw:a': '1'}
    assert made['description'] == 'first'

    demo = openstack('project', 'show', 'demo', parse_json=True).json['id']
    shown = openstack('flavor', 'show', name, parse_json=True).json
    assert set(shown) == SHOW_KEYS
    assert shown['access_project_ids'] == [demo]

    private = openstack('flavor', 'list', '--private', '--long',
                        parse_json=True).json
    row, = [r for r in private if r['Name'] == name]
    assert set(row) == LONG_KEYS and row['Properties'] == {'hw:a': '1'}
    public = openstack('flavor', 'list', parse_json=True).json
    assert name not in {r['Name'] for r in public}
    assert set(public[0]) == LIST_KEYS
    everything = openstack('flavor', 'list', '--all', '--min-ram', '64',
                           parse_json=True).json
    assert name in {r['Name'] for r in everything}
    assert all(r['RAM'] >= 64 for r in everything)

    openstack('flavor', 'set', name, '--no-property', '--property', 'b=2',
              '--description', 'second')
    shown = openstack('flavor', 'show', name, parse_json=True).json
    assert shown['properties'] == {'b': '2'}
    assert shown['description'] == 'second'
    openstack('flavor', 'unset', name, '--property', 'b', '--project',
              'demo')
    shown = openstack('flavor', 'show', name, parse_json=True).json
    assert shown['properties'] == {} and shown['access_project_ids'] == []
    openstack('flavor', 'set', name, '--project', 'demo')
    shown = openstack('flavor', 'show', shown['id'], parse_json=True).json
    assert shown['access_project_ids'] == [demo]

    openstack('flavor', 'delete', name)
    gone = openstack('flavor', 'show', name, check=False)
    assert one_line_error(gone, 5) == (
        f"openstack: No flavor with a name or ID of '{name}' exists.")


def test_paging(openstack):
    first = openstack('flavor', 'list', '--limit', '1',
                      parse_json=True).json
    assert len(first) == 1
    rest = openstack('flavor', 'list', '--marker', first[0]['ID'],
                     parse_json=True).json
    assert first[0]['ID'] not in {r['ID'] for r in rest}


def test_duplicate_name_is_409(openstack, cleanup, unique_name):
    name = unique_name('flavor')
    cleanup('flavor', 'delete', name)
    openstack('flavor', 'create', name, '--id', 'auto')
    again = openstack('flavor', 'create', name, check=False)
    assert one_line_error(again, 6) == (
        f'openstack: Flavor with name {name} already exists. (HTTP 409)')


def test_delete_several_reports_each_failure(openstack, unique_name):
    name = unique_name('flavor')
    openstack('flavor', 'create', name)
    result = openstack('flavor', 'delete', name, 'fn-no-such-flavor',
                       check=False)
    assert result.rc == 5
    assert result.stderr.splitlines() == [
        "Failed to delete flavor 'fn-no-such-flavor': No flavor with a "
        "name or ID of 'fn-no-such-flavor' exists.",
        'openstack: 1 of 2 flavors failed to delete: fn-no-such-flavor']
    assert openstack('flavor', 'show', name, check=False).rc == 5


def test_option_limits(openstack):
    result = openstack('flavor', 'create', 'fn-never', '--project', 'demo',
                       check=False)
    assert one_line_error(result, 2) == (
        'openstack: --project is only allowed with --private')
    # Nova dropped rxtx_factor at 2.102; this cloud offers more.
    result = openstack('flavor', 'create', 'fn-never', '--rxtx-factor', '2',
                       check=False)
    assert '2.101' in one_line_error(result, 2)
    result = openstack('--os-compute-api-version', '2.54', 'flavor',
                       'create', 'fn-never', '--description', 'x',
                       check=False)
    assert one_line_error(result, 2) == (
        'openstack: --description needs --os-compute-api-version 2.55 or '
        'greater (requested: 2.54)')


def test_rxtx_factor_below_2_102(openstack, cleanup, unique_name):
    name = unique_name('flavor')
    cleanup('flavor', 'delete', name)
    made = openstack('--os-compute-api-version', '2.60', 'flavor', 'create',
                     name, '--rxtx-factor', '2.5', parse_json=True).json
    assert made['rxtx_factor'] == 2.5


def test_non_admin_refusals_are_exit_4(openstack):
    for args in (('flavor', 'create', 'fn-never'),
                 ('hypervisor', 'list'),
                 ('aggregate', 'list')):
        result = openstack(*args, cloud='devcloud-demo', check=False)
        assert "Policy doesn't allow" in one_line_error(result, 4)
    # Flavors are listed to everyone.
    rows = openstack('flavor', 'list', cloud='devcloud-demo',
                     parse_json=True).json
    assert 'm1.nano' in {r['Name'] for r in rows}
