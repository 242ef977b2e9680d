"""Functional tests: address groups against the devcloud's Neutron."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

SHOW_KEYS = {'addresses', 'description', 'id', 'name', 'project_id'}
LIST_KEYS = {'ID', 'Name', 'Description', 'Project', 'Addresses'}


def test_create_list_set_unset_delete(openstack, made, unique_name):
    name = unique_name('ag')
    group = made('address group', name, '--description', 'fn group',
                 '--address', '10.9.0.1', '--address', '10.8.0.0/24')
    assert SHOW_KEYS <= set(group)
    assert sorted(group['addresses']) == ['10.8.0.0/24', '10.9.0.1/32']
    rows = listed(openstack, 'address group', '--name', name)
    assert [r['ID'] for r in rows] == [group['id']]
    assert set(rows[0]) == LIST_KEYS
    new = unique_name('ag')
    openstack('address', 'group', 'set', name, '--name', new,
              '--description', 'changed', '--address', '2001:db8::1')
    shown = show(openstack, 'address group', new)
    assert shown['description'] == 'changed'
    assert sorted(shown['addresses']) == [
        '10.8.0.0/24', '10.9.0.1/32', '2001:db8::1/128']
    openstack('address', 'group', 'unset', new, '--address', '10.9.0.1',
              '--address', '2001:db8::1')
    assert show(openstack, 'address group', new)['addresses'] == [
        '10.8.0.0/24']
    check_delete_many(openstack, 'address group', group['id'],
                      'address groups')


def test_bad_address_is_usage_error(openstack, unique_name):
    result = openstack('address', 'group', 'create', unique_name('ag'),
                       '--address', 'not-an-ip', check=False)
    assert result.rc == 2
