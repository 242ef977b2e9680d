"""Functional tests: endpoint group commands against the devcloud's
Keystone, with a project made for the test."""

import json

import pytest

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, check_delete_many, json_file, listed, made, project,
    show)

FILTERS = {'interface': 'public'}


@pytest.fixture
def group(made, unique_name, json_file):
    return made('endpoint group', unique_name('endpoint-group'),
                json_file(json.dumps(FILTERS)), '--description', 'fn test')


def test_create_show_list(openstack, group):
    assert set(group) == SHOW_KEYS['endpoint group']
    assert group['filters'] == FILTERS
    assert group['description'] == 'fn test'
    assert show(openstack, 'endpoint group', group['name']) == group
    rows = listed(openstack, 'endpoint group')
    assert {'ID': group['id'], 'Name': group['name'],
            'Description': 'fn test'} in rows
    assert set(rows[0]) == LIST_KEYS['endpoint group']


def test_set(openstack, group, unique_name, json_file):
    new_name = unique_name('endpoint-group')
    new_filters = {'interface': 'internal'}
    openstack('endpoint', 'group', 'set', group['id'], '--name', new_name,
              '--filters', json_file(json.dumps(new_filters)),
              '--description', '')
    shown = show(openstack, 'endpoint group', new_name)
    assert shown == {'id': group['id'], 'name': new_name,
                     'filters': new_filters, 'description': ''}


def test_projects(openstack, group, project):
    openstack('endpoint', 'group', 'add', 'project', group['name'],
              project['name'], '--project-domain', 'default')
    projects = listed(openstack, 'endpoint group', '--endpointgroup',
                      group['name'])
    assert [row['ID'] for row in projects] == [project['id']]
    groups = listed(openstack, 'endpoint group', '--project',
                    project['name'], '--domain', 'default')
    assert [row['ID'] for row in groups] == [group['id']]
    openstack('endpoint', 'group', 'remove', 'project', group['id'],
              project['id'])
    assert listed(openstack, 'endpoint group', '--project',
                  project['id']) == []


def test_bad_filters_file(openstack, unique_name, json_file):
    result = openstack('endpoint', 'group', 'create',
                       unique_name('endpoint-group'), json_file('{oops'),
                       check=False)
    assert result.rc == 2
    assert 'valid JSON' in result.stderr


def test_delete_many_reports_each_failure(openstack, group):
    check_delete_many(openstack, 'endpoint group', group['id'],
                      'endpoint groups')
