"""Functional tests: address scopes against the devcloud's Neutron."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

SHOW_KEYS = {'id', 'ip_version', 'name', 'project_id', 'shared'}
LIST_KEYS = {'ID', 'Name', 'IP Version', 'Shared', 'Project'}


def test_create_list_set_show_delete(openstack, made, unique_name):
    name = unique_name('as')
    scope = made('address scope', name, '--ip-version', '6')
    assert set(scope) == SHOW_KEYS
    assert scope['ip_version'] == 6 and scope['shared'] is False
    rows = listed(openstack, 'address scope', '--name', name)
    assert [row['ID'] for row in rows] == [scope['id']]
    assert set(rows[0]) == LIST_KEYS
    assert listed(openstack, 'address scope', '--name', name,
                  '--ip-version', '4') == []
    new = unique_name('as')
    openstack('address', 'scope', 'set', name, '--name', new, '--share')
    shown = show(openstack, 'address scope', new)
    assert shown['name'] == new and shown['shared'] is True
    assert [r['ID'] for r in listed(openstack, 'address scope',
                                    '--share', '--name', new)] == [
        scope['id']]
    check_delete_many(openstack, 'address scope', scope['id'],
                      'address scopes')


def test_show_missing_is_exit_5(openstack):
    result = openstack('address', 'scope', 'show', 'fn-no-such-scope',
                       check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        "openstack: No address scope with a name or ID of "
        "'fn-no-such-scope' exists.")


def test_demo_user_sees_own_and_shared_scopes(openstack, made,
                                               unique_name):
    own = made('address scope', unique_name('as'), cloud='devcloud-demo')
    hidden = made('address scope', unique_name('as'))
    shared = made('address scope', unique_name('as'), '--share')
    seen = {r['ID'] for r in openstack('address', 'scope', 'list',
                                       cloud='devcloud-demo',
                                       parse_json=True).json}
    assert own['id'] in seen and shared['id'] in seen
    assert hidden['id'] not in seen
    denied = openstack('address', 'scope', 'set', shared['id'], '--name',
                       'x', cloud='devcloud-demo', check=False)
    assert denied.rc in (4, 5)
    assert len(denied.stderr.strip().splitlines()) == 1
