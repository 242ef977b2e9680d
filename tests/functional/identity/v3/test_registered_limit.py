"""Functional tests: registered limit commands against the devcloud's
Keystone (unified limits, flat model: Keystone's defaults)."""

import pytest

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, check_delete_many, listed, made, region, service,
    show)


@pytest.fixture
def registered(made, service, region):
    return made('registered limit', '--service', service['name'],
                '--default-limit', '10', '--region', region['region'],
                '--description', 'fn test', 'fn-widgets')


def test_create_show(openstack, registered, service, region):
    assert set(registered) == SHOW_KEYS['registered limit']
    assert registered == {
        'id': registered['id'], 'service_id': service['id'],
        'region_id': region['region'], 'resource_name': 'fn-widgets',
        'default_limit': 10, 'description': 'fn test'}
    assert show(openstack, 'registered limit', registered['id']) == (
        registered)


def test_list_filters(openstack, made, registered, service):
    made('registered limit', '--service', service['id'],
         '--default-limit', '1', 'fn-gadgets')
    rows = listed(openstack, 'registered limit', '--service',
                  service['type'], '--resource-name', 'fn-widgets')
    assert [row['ID'] for row in rows] == [registered['id']]
    assert set(rows[0]) == LIST_KEYS['registered limit']
    all_rows = listed(openstack, 'registered limit', '--service',
                      service['id'])
    assert {row['Resource Name'] for row in all_rows} == {'fn-widgets',
                                                          'fn-gadgets'}


def test_set_prints_the_result(openstack, registered):
    updated = openstack('registered', 'limit', 'set', registered['id'],
                        '--default-limit', '0', '--description', 'changed',
                        '--resource-name', 'fn-things',
                        parse_json=True).json
    assert (updated['default_limit'], updated['description'],
            updated['resource_name']) == (0, 'changed', 'fn-things')
    assert show(openstack, 'registered limit', registered['id']) == updated


def test_delete_many_reports_each_failure(openstack, registered):
    check_delete_many(openstack, 'registered limit', registered['id'],
                      'registered limits')
