"""Functional tests: server groups against the devcloud's Nova."""

from tests.functional.compute import one_line_error

SHOW_KEYS = {'id', 'members', 'name', 'policy', 'project_id', 'rules',
             'user_id'}


def test_create_list_show_delete(openstack, cleanup, unique_name):
    name = unique_name('sg')
    cleanup('server', 'group', 'delete', name)
    made = openstack('server', 'group', 'create', name, '--policy',
                     'anti-affinity', '--rule', 'max_server_per_host=2',
                     parse_json=True).json
    assert set(made) == SHOW_KEYS
    assert made['policy'] == 'anti-affinity'
    assert made['rules'] == {'max_server_per_host': 2}
    assert made['members'] == []
    shown = openstack('server', 'group', 'show', name, parse_json=True).json
    assert shown == made
    rows = openstack('server', 'group', 'list', '--long',
                     parse_json=True).json
    row, = [r for r in rows if r['ID'] == made['id']]
    assert row == {'ID': made['id'], 'Name': name,
                   'Policy': 'anti-affinity', 'Members': [],
                   'Project Id': made['project_id'],
                   'User Id': made['user_id']}
    everyone = openstack('server', 'group', 'list', '--all-projects',
                         parse_json=True).json
    assert made['id'] in {r['ID'] for r in everyone}
    openstack('server', 'group', 'delete', made['id'])
    gone = openstack('server', 'group', 'show', name, check=False)
    assert one_line_error(gone, 5) == (
        f"openstack: No server group with a name or ID of '{name}' "
        "exists.")


def test_old_microversion_has_policies(openstack, cleanup, unique_name):
    name = unique_name('sg')
    cleanup('server', 'group', 'delete', name)
    made = openstack('--os-compute-api-version', '2.15', 'server', 'group',
                     'create', name, '--policy', 'soft-affinity',
                     parse_json=True).json
    assert made['policies'] == ['soft-affinity'] and 'policy' not in made
    rows = openstack('--os-compute-api-version', '2.15', 'server', 'group',
                     'list', parse_json=True).json
    row, = [r for r in rows if r['ID'] == made['id']]
    assert row['Policies'] == ['soft-affinity']
    result = openstack('--os-compute-api-version', '2.63', 'server',
                       'group', 'create', unique_name('sg'), '--rule',
                       'max_server_per_host=2', check=False)
    assert one_line_error(result, 2) == (
        'openstack: --rule needs --os-compute-api-version 2.64 or greater '
        '(requested: 2.63)')


def test_limit_offset_and_delete_several(openstack, cleanup, unique_name):
    ids = []
    for _ in range(3):
        name = unique_name('sg')
        cleanup('server', 'group', 'delete', name)
        ids.append(openstack('server', 'group', 'create', name,
                             parse_json=True).json['id'])
    every = [r['ID'] for r in openstack('server', 'group', 'list',
                                        parse_json=True).json]
    page = openstack('server', 'group', 'list', '--limit', '1',
                     '--offset', '1', parse_json=True).json
    assert [r['ID'] for r in page] == every[1:2]
    result = openstack('server', 'group', 'delete', *ids, 'fn-no-such-sg',
                       check=False)
    assert result.rc == 5
    assert result.stderr.splitlines()[-1] == (
        'openstack: 1 of 4 server groups failed to delete: fn-no-such-sg')
    left = {r['ID'] for r in openstack('server', 'group', 'list',
                                       parse_json=True).json}
    assert not left & set(ids)
    bad = openstack('server', 'group', 'create', 'x', '--policy', 'nope',
                    check=False)
    assert bad.rc == 2
