"""Functional tests: implied role commands on the devcloud."""

import pytest

from tests.functional.identity.v3.role_fixtures import (  # noqa: F401
    assignment, assignments, create, new_project, new_user)

LIST_KEYS = {'Prior Role ID', 'Prior Role Name', 'Implied Role ID',
             'Implied Role Name'}


@pytest.fixture
def rule(openstack, create, unique_name):
    """Two new roles, the first implying the second: (prior, implied,
    JSON of implied role create).

    The rule is deleted before its roles: Keystone leaves it to the
    database to drop a deleted role's rules, which SQLite (the devcloud's
    database) does not do, and a rule left behind breaks every
    ``implied role list`` (HTTP 500).
    """
    prior = create('role', unique_name('role'))
    implied = create('role', unique_name('role'))
    made = openstack('implied', 'role', 'create', prior['name'],
                     '--implied-role', implied['name'], parse_json=True).json
    yield prior, implied, made
    openstack('implied', 'role', 'delete', prior['id'], '--implied-role',
              implied['id'], check=False)


def ours(openstack, *roles):
    """Rows of implied role list whose prior role is one of ``roles``."""
    ids = {role['id'] for role in roles}
    rows = openstack('implied', 'role', 'list', parse_json=True).json
    assert all(set(row) == LIST_KEYS for row in rows)
    return [row for row in rows if row['Prior Role ID'] in ids]


def test_create_list_delete(openstack, rule):
    prior, implied, made = rule
    assert made == {'implies': implied['id'], 'prior_role': prior['id']}
    assert ours(openstack, prior) == [{
        'Prior Role ID': prior['id'], 'Prior Role Name': prior['name'],
        'Implied Role ID': implied['id'],
        'Implied Role Name': implied['name']}]
    openstack('implied', 'role', 'delete', prior['id'], '--implied-role',
              implied['id'])
    assert ours(openstack, prior) == []
    again = openstack('implied', 'role', 'delete', prior['id'],
                      '--implied-role', implied['id'], check=False)
    assert again.rc == 5
    assert len(again.stderr.strip().splitlines()) == 1


def test_create_twice_is_conflict(openstack, rule):
    prior, implied, _ = rule
    again = openstack('implied', 'role', 'create', prior['id'],
                      '--implied-role', implied['id'], check=False)
    assert again.rc == 6
    assert len(again.stderr.strip().splitlines()) == 1


def test_implied_role_is_effective(openstack, assignments, rule, new_user,
                                   new_project):
    prior, implied, _ = rule
    openstack('role', 'add', prior['id'], '--user', new_user['id'],
              '--project', new_project['id'])
    rows = assignments('--effective', '--user', new_user['id'])
    user = f"{new_user['name']}@Default"
    project = f"{new_project['name']}@Default"
    assert assignment(role=implied['name'], user=user,
                      project=project) in rows
    assert assignment(role=prior['name'], user=user, project=project) in rows


def test_unknown_role_and_missing_option(openstack, rule):
    prior, _, _ = rule
    unknown = openstack('implied', 'role', 'create', prior['id'],
                        '--implied-role', 'fn-no-such-role', check=False)
    assert unknown.rc == 5
    assert "'fn-no-such-role'" in unknown.stderr
    missing = openstack('implied', 'role', 'delete', prior['id'],
                        check=False)
    assert missing.rc == 2
    assert '--implied-role' in missing.stderr
