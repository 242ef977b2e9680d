"""Functional tests: limit commands against the devcloud's Keystone
(unified limits, flat model: Keystone's defaults), on a service,
registered limit and project made for the test."""

import pytest

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, check_delete_many, listed, made, project, service,
    show)


@pytest.fixture
def limit(made, service, project):
    made('registered limit', '--service', service['id'], '--default-limit',
         '10', 'fn-widgets')
    return made('limit', '--project', project['name'], '--project-domain',
                'default', '--service', service['name'],
                '--resource-limit', '3', '--description', 'fn test',
                'fn-widgets')


def test_create_show(openstack, limit, service, project):
    assert set(limit) == SHOW_KEYS['limit']
    assert limit == {
        'id': limit['id'], 'project_id': project['id'],
        'service_id': service['id'], 'region_id': None,
        'resource_name': 'fn-widgets', 'resource_limit': 3,
        'description': 'fn test'}
    assert show(openstack, 'limit', limit['id']) == limit


def test_list_filters(openstack, limit, service, project):
    rows = listed(openstack, 'limit', '--project', project['name'],
                  '--service', service['type'], '--resource-name',
                  'fn-widgets')
    assert rows == [{'ID': limit['id'], 'Project ID': project['id'],
                     'Service ID': service['id'],
                     'Resource Name': 'fn-widgets', 'Resource Limit': 3,
                     'Description': 'fn test', 'Region ID': None}]
    assert set(rows[0]) == LIST_KEYS['limit']


def test_set_prints_the_result(openstack, limit):
    updated = openstack('limit', 'set', limit['id'], '--resource-limit', '2',
                        '--description', 'changed', parse_json=True).json
    assert (updated['resource_limit'], updated['description']) == (
        2, 'changed')
    assert show(openstack, 'limit', limit['id']) == updated


def test_without_registered_limit_fails(openstack, service, project):
    result = openstack('limit', 'create', '--project', project['id'],
                       '--service', service['id'], '--resource-limit', '1',
                       'fn-unregistered', check=False)
    assert result.rc != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in result.stderr


def test_delete_many_reports_each_failure(openstack, limit):
    check_delete_many(openstack, 'limit', limit['id'], 'limits')
