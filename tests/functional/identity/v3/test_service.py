"""Functional tests: service commands against the devcloud's Keystone."""

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, listed, made, service, show)


def test_create_and_show_by_id_name_or_type(openstack, service):
    assert set(service) == SHOW_KEYS['service']
    assert service['enabled'] is True
    assert service['description'] == 'fn test'
    for reference in (service['id'], service['name'], service['type']):
        assert show(openstack, 'service', reference) == service


def test_list(openstack, service):
    rows = {row['ID']: row for row in listed(openstack, 'service')}
    assert rows[service['id']] == {'ID': service['id'],
                                   'Name': service['name'],
                                   'Type': service['type']}
    assert set(rows[service['id']]) == LIST_KEYS['service']
    long_rows = {row['ID']: row
                 for row in listed(openstack, 'service', '--long')}
    assert long_rows[service['id']]['Description'] == 'fn test'
    assert long_rows[service['id']]['Enabled'] is True


def test_set(openstack, service, unique_name):
    new_type = unique_name('type')
    openstack('service', 'set', service['name'], '--type', new_type,
              '--description', 'changed', '--disable')
    shown = show(openstack, 'service', new_type)
    assert shown['id'] == service['id']
    assert shown['description'] == 'changed'
    assert shown['enabled'] is False


def test_type_of_two_services_is_ambiguous(openstack, made, unique_name):
    shared = unique_name('type')
    first = made('service', shared)
    made('service', shared)
    result = openstack('service', 'show', shared, check=False)
    assert result.rc == 1
    assert 'More than one service' in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert show(openstack, 'service', first['id'])['type'] == shared


def test_delete_by_type(openstack, made, unique_name):
    kind = unique_name('type')
    service = made('service', kind)
    openstack('service', 'delete', kind)
    result = openstack('service', 'show', service['id'], check=False)
    assert result.rc == 5
    assert 'No service' in result.stderr
