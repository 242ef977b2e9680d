"""Functional tests: project commands against the devcloud's Keystone."""

import pytest

from tests.functional.identity.v3.actor_fixtures import (  # noqa: F401
    assert_one_line_error, osc_json, two_domains)

# OSC 10.5.0's keys on the devcloud (plus any --property given).
SHOW_KEYS = {'description', 'domain_id', 'enabled', 'id', 'is_domain',
             'name', 'options', 'parent_id', 'tags'}
LONG_KEYS = ['ID', 'Name', 'Domain ID', 'Description', 'Enabled']


@pytest.fixture
def project(openstack, unique_name):
    """A new project with a property and two tags; deleted afterwards."""
    name = unique_name('project')
    made = openstack('project', 'create', name, '--description', 'fn test',
                     '--property', 'color=blue', '--tag', name, '--tag', 'b',
                     parse_json=True).json
    yield made
    openstack('project', 'delete', made['id'], check=False)


def test_create_show_list(openstack, project, osc_json):
    assert set(project) == SHOW_KEYS | {'color'}
    assert project['color'] == 'blue'
    assert sorted(project['tags']) == sorted([project['name'], 'b'])
    assert list(project) == sorted(project)
    shown = openstack('project', 'show', project['name'],
                      parse_json=True).json
    assert shown == project
    assert list(osc_json('project', 'show', project['id'])) == list(shown)
    listed = openstack('project', 'list', '--long', '--tags',
                       project['name'], parse_json=True).json
    assert listed == [{'ID': project['id'], 'Name': project['name'],
                       'Domain ID': 'default', 'Description': 'fn test',
                       'Enabled': True}]
    assert list(listed[0]) == LONG_KEYS
    short = openstack('project', 'list', '--tags-any', project['name'],
                      parse_json=True).json
    assert short == [{'ID': project['id'], 'Name': project['name']}]


def test_create_or_show(openstack, project):
    again = openstack('project', 'create', project['name'], '--or-show',
                      parse_json=True).json
    assert again['id'] == project['id']
    clash = openstack('project', 'create', project['name'], check=False)
    assert_one_line_error(clash, 6)


def test_set(openstack, project):
    openstack('project', 'set', project['name'], '--name',
              project['name'] + 'r', '--description', 'changed', '--disable',
              '--property', 'color=red', '--remove-tag', 'b', '--tag', 'c')
    shown = openstack('project', 'show', project['id'],
                      parse_json=True).json
    assert shown['name'] == project['name'] + 'r'
    assert shown['description'] == 'changed'
    assert shown['enabled'] is False
    assert shown['color'] == 'red'
    assert sorted(shown['tags']) == sorted([project['name'], 'c'])
    disabled = openstack('project', 'list', '--disabled', '--sort',
                         'name:desc', parse_json=True).json
    assert project['id'] in {p['ID'] for p in disabled}
    names = [p['Name'] for p in disabled]
    assert names == sorted(names, reverse=True)
    openstack('project', 'set', project['id'], '--clear-tags')
    cleared = openstack('project', 'show', project['id'],
                        parse_json=True).json
    assert cleared['tags'] == []


def test_hierarchy(openstack, project, unique_name):
    child = openstack('project', 'create', unique_name('project'),
                      '--parent', project['name'], parse_json=True).json
    try:
        assert child['parent_id'] == project['id']
        up = openstack('project', 'show', child['id'], '--parents',
                       parse_json=True).json
        assert project['id'] in up['parents']
        down = openstack('project', 'show', project['id'], '--children',
                         parse_json=True).json
        assert down['subtree'] == {child['id']: None}
        children = openstack('project', 'list', '--parent', project['id'],
                             parse_json=True).json
        assert children == [{'ID': child['id'], 'Name': child['name']}]
    finally:
        # A parent goes only after its children: given in this order, both
        # are deleted.
        openstack('project', 'delete', child['id'], project['id'])
    gone = openstack('project', 'show', project['id'], check=False)
    assert_one_line_error(gone, 5, project['id'])


def test_same_name_in_two_domains(openstack, two_domains, unique_name):
    name = unique_name('project')
    made = [openstack('project', 'create', name, '--domain', domain['name'],
                      parse_json=True).json for domain in two_domains]
    assert [p['domain_id'] for p in made] == [d['id'] for d in two_domains]
    clash = openstack('project', 'show', name, check=False)
    assert_one_line_error(clash, 1, 'More than one project', name)
    for domain, project in zip(two_domains, made):
        shown = openstack('project', 'show', name, '--domain', domain['id'],
                          parse_json=True).json
        assert shown['id'] == project['id']
    openstack('project', 'set', name, '--domain', two_domains[1]['name'],
              '--description', 'second')
    listed = openstack('project', 'list', '--long', '--domain',
                       two_domains[1]['name'], parse_json=True).json
    assert [(p['ID'], p['Description']) for p in listed] == [
        (made[1]['id'], 'second')]
    openstack('project', 'delete', name, '--domain', two_domains[0]['id'])
    left = openstack('project', 'show', name, parse_json=True).json
    assert left['id'] == made[1]['id']


def test_delete_reports_each_failure(openstack, unique_name):
    made = openstack('project', 'create', unique_name('project'),
                     parse_json=True).json
    result = openstack('project', 'delete', made['id'], 'fn-no-such-project',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete project 'fn-no-such-project'" in result.stderr
    assert '1 of 2 projects failed to delete' in result.stderr
    gone = openstack('project', 'show', made['id'], check=False)
    assert gone.rc == 5


def test_member_lists_own_projects(openstack):
    own = openstack('project', 'list', cloud='devcloud-demo',
                    parse_json=True).json
    assert 'demo' in {p['Name'] for p in own}
    mine = openstack('project', 'list', '--my-projects',
                     cloud='devcloud-demo', parse_json=True).json
    assert mine == own
    denied = openstack('project', 'list', '--enabled', cloud='devcloud-demo',
                       check=False)
    assert_one_line_error(denied, 4)
