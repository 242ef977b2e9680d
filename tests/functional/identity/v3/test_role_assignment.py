"""Functional tests: role assignment list on the devcloud."""

import pytest

from tests.functional.identity.v3.role_fixtures import (  # noqa: F401
    ASSIGNMENT_KEYS, assignment, assignments, create, new_group,
    new_project, new_role, new_user)


@pytest.fixture
def granted(openstack, new_role, new_user, new_group, new_project):
    """The new user in the new group; the group has the new role on the
    new project, the user has it on the system. Grants go with their
    user, group and role."""
    openstack('group', 'add', 'user', new_group['id'], new_user['id'])
    openstack('role', 'add', new_role['id'], '--group', new_group['id'],
              '--project', new_project['id'])
    openstack('role', 'add', new_role['id'], '--user', new_user['id'],
              '--system', 'all')
    return new_role, new_user, new_group, new_project


def test_list_by_id(openstack, granted):
    role, user, group, project = granted
    rows = openstack('role', 'assignment', 'list', '--role', role['name'],
                     parse_json=True).json
    assert all(set(row) == ASSIGNMENT_KEYS for row in rows)
    assert sorted(rows, key=lambda r: r['Group']) == [
        assignment(role=role['id'], user=user['id'], system='all'),
        assignment(role=role['id'], group=group['id'], project=project['id']),
    ]


def test_list_names(assignments, granted):
    role, user, group, project = granted
    assert assignments('--group', group['name'], '--group-domain',
                       'default') == [assignment(
                           role=role['name'],
                           group=f"{group['name']}@Default",
                           project=f"{project['name']}@Default")]


def test_effective_shows_group_grants_as_the_users(assignments, granted):
    role, user, group, project = granted
    direct = assignments('--user', user['name'])
    assert direct == [assignment(role=role['name'],
                                 user=f"{user['name']}@Default",
                                 system='all')]
    effective = assignments('--effective', '--user', user['id'],
                            '--project', project['name'])
    assert effective == [assignment(role=role['name'],
                                    user=f"{user['name']}@Default",
                                    project=f"{project['name']}@Default")]


def test_filter_scope_and_role(assignments, granted):
    role, user, _, project = granted
    assert assignments('--system', 'all', '--role', role['id']) == [
        assignment(role=role['name'], user=f"{user['name']}@Default",
                   system='all')]
    assert assignments('--project', project['id'], '--project-domain',
                       'default', '--user', user['id']) == []
    assert assignments('--domain', 'default', '--role', role['id']) == []


def test_inherited(openstack, assignments, new_role, new_group):
    openstack('role', 'add', new_role['id'], '--group', new_group['id'],
              '--domain', 'default', '--inherited')
    expected = [assignment(role=new_role['name'],
                           group=f"{new_group['name']}@Default",
                           domain='Default', inherited=True)]
    assert assignments('--group', new_group['id'], '--inherited') == expected
    assert assignments('--role', new_role['id'], '--inherited') == expected


def test_auth_user_and_project(assignments, devcloud):
    rows = assignments('--auth-user', '--auth-project')
    admin = devcloud.admin
    assert assignment(role='admin', user=f"{admin['username']}@Default",
                      project=f"{admin['project_name']}@Default") in rows
    assert {row['User'] for row in rows} == {
        f"{admin['username']}@Default"}


def test_unknown_and_exclusive_filters(openstack):
    unknown = openstack('role', 'assignment', 'list', '--role',
                        'fn-no-such-role', check=False)
    assert unknown.rc == 5
    assert len(unknown.stderr.strip().splitlines()) == 1
    both = openstack('role', 'assignment', 'list', '--project', 'a',
                     '--domain', 'b', check=False)
    assert both.rc == 2
    assert 'not allowed with' in both.stderr
