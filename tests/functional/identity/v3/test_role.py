"""Functional tests: role commands, and role add/remove, on the devcloud."""

from tests.functional.identity.v3.role_fixtures import (  # noqa: F401
    ROLE_KEYS, assignment, assignments, create, new_group, new_project,
    new_role, new_user)


def test_create_show_list(openstack, create, unique_name):
    name = unique_name('role')
    made = create('role', name, '--description', 'fn test')
    assert set(made) == ROLE_KEYS
    assert made['name'] == name
    assert made['domain_id'] is None
    assert made['description'] == 'fn test'
    assert openstack('role', 'show', name, parse_json=True).json == made
    listed = openstack('role', 'list', parse_json=True).json
    assert {'ID': made['id'], 'Name': name} in listed
    assert all(set(row) == {'ID', 'Name'} for row in listed)


def test_domain_specific_role(openstack, create, unique_name):
    domain = create('domain', unique_name('domain'))
    name = unique_name('role')
    made = create('role', name, '--domain', domain['name'])
    assert made['domain_id'] == domain['id']
    listed = openstack('role', 'list', '--domain', domain['id'],
                       parse_json=True).json
    assert listed == [{'ID': made['id'], 'Name': name,
                       'Domain': domain['name']}]
    # Without its domain, a domain-specific role is not found by name.
    assert openstack('role', 'show', name, check=False).rc == 5
    shown = openstack('role', 'show', name, '--domain', domain['name'],
                      parse_json=True).json
    assert shown == made
    openstack('role', 'set', name, '--domain', domain['id'],
              '--description', 'in domain')
    shown = openstack('role', 'show', made['id'], parse_json=True).json
    assert shown['description'] == 'in domain'
    openstack('role', 'delete', name, '--domain', domain['name'])
    assert openstack('role', 'show', made['id'], check=False).rc == 5


def test_create_or_show(openstack, new_role):
    again = openstack('role', 'create', new_role['name'], '--or-show',
                      parse_json=True).json
    assert again == new_role
    clash = openstack('role', 'create', new_role['name'], check=False)
    assert clash.rc == 6
    assert len(clash.stderr.strip().splitlines()) == 1


def test_set_name_description(openstack, new_role, unique_name):
    name = unique_name('role')
    openstack('role', 'set', new_role['id'], '--name', name,
              '--description', 'changed')
    shown = openstack('role', 'show', name, parse_json=True).json
    assert shown == dict(new_role, name=name, description='changed')


def test_immutable_role_cannot_be_deleted(openstack, create, unique_name):
    made = create('role', unique_name('role'), '--immutable')
    refused = openstack('role', 'delete', made['id'], check=False)
    assert refused.rc == 4
    assert 'immutable' in refused.stderr
    openstack('role', 'set', made['id'], '--no-immutable')
    openstack('role', 'delete', made['id'])
    assert openstack('role', 'show', made['id'], check=False).rc == 5


def test_delete_reports_each_failure(openstack, unique_name):
    made = openstack('role', 'create', unique_name('role'),
                     parse_json=True).json
    result = openstack('role', 'delete', made['id'], 'fn-no-such-role',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete role 'fn-no-such-role'" in result.stderr
    assert '1 of 2 roles failed to delete' in result.stderr
    assert openstack('role', 'show', made['id'], check=False).rc == 5


def test_add_remove_user_on_project(openstack, assignments, new_role,
                                    new_user, new_project):
    role, user, project = (new_role['name'], new_user['name'],
                           new_project['name'])
    openstack('role', 'add', role, '--user', user, '--user-domain',
              'default', '--project', project, '--project-domain',
              'default')
    assert assignments('--user', user) == [assignment(
        role=role, user=f'{user}@Default', project=f'{project}@Default')]
    openstack('role', 'remove', role, '--user', user, '--project', project)
    assert assignments('--user', user) == []
    again = openstack('role', 'remove', role, '--user', user, '--project',
                      project, check=False)
    assert again.rc == 5
    assert len(again.stderr.strip().splitlines()) == 1


def test_add_remove_group_on_domain_inherited(openstack, assignments,
                                              new_role, new_group):
    role, group = new_role['name'], new_group['name']
    openstack('role', 'add', role, '--group', group, '--domain', 'default',
              '--inherited')
    assert assignments('--group', group) == [assignment(
        role=role, group=f'{group}@Default', domain='Default',
        inherited=True)]
    # The inherited grant is not the direct one: removing that fails.
    direct = openstack('role', 'remove', role, '--group', group, '--domain',
                       'default', check=False)
    assert direct.rc == 5
    openstack('role', 'remove', role, '--group', group, '--domain',
              'default', '--inherited')
    assert assignments('--group', group) == []


def test_add_remove_user_on_system(openstack, assignments, new_role,
                                   new_user):
    role, user = new_role['name'], new_user['id']
    openstack('role', 'add', role, '--user', user, '--system', 'all')
    assert assignments('--user', user) == [assignment(
        role=role, user=f"{new_user['name']}@Default", system='all')]
    openstack('role', 'remove', role, '--user', user, '--system', 'all')
    assert assignments('--user', user) == []


def test_remove_grant_of_deleted_user_by_id(openstack, assignments,
                                            new_role, new_project,
                                            unique_name):
    user = openstack('user', 'create', unique_name('user'),
                     parse_json=True).json
    try:
        openstack('role', 'add', new_role['id'], '--user', user['id'],
                  '--project', new_project['id'])
    finally:
        openstack('user', 'delete', user['id'])
    # Keystone drops a deleted user's grants; removing by ID still reaches
    # it (and says what it did not find) rather than failing the lookup.
    result = openstack('role', 'remove', new_role['id'], '--user',
                       user['id'], '--project', new_project['id'],
                       check=False)
    assert result.rc == 5
    assert 'role assignment' in result.stderr
    assert assignments('--project', new_project['id']) == []


def test_add_needs_actor_and_target(openstack, new_role, new_user):
    result = openstack('role', 'add', new_role['name'], '--user',
                       new_user['id'], check=False)
    assert result.rc == 2
    assert len(result.stderr.strip().splitlines()) == 1
    both = openstack('role', 'add', new_role['name'], '--user', 'a',
                     '--group', 'b', '--project', 'p', check=False)
    assert both.rc == 2
    assert 'not allowed with' in both.stderr


def test_add_unknown_names_are_not_found(openstack, new_role, new_project):
    result = openstack('role', 'add', new_role['name'], '--user',
                       'fn-no-such-user', '--project', new_project['id'],
                       check=False)
    assert result.rc == 5
    assert "'fn-no-such-user'" in result.stderr
    result = openstack('role', 'add', 'fn-no-such-role', '--user', 'admin',
                       '--project', new_project['id'], check=False)
    assert result.rc == 5
