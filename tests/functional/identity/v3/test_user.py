"""Functional tests: user commands against the devcloud's Keystone."""

import os
import subprocess
import sys
import uuid

import pytest

from tests.functional.identity.v3.actor_fixtures import (  # noqa: F401
    assert_one_line_error, osc_json, two_domains)

# OSC 10.5.0's keys on the devcloud, in its order.
SHOW_KEYS = ['default_project_id', 'domain_id', 'email', 'enabled', 'id',
             'name', 'description', 'password_expires_at', 'options']
LONG_KEYS = ['ID', 'Name', 'Project', 'Domain', 'Description', 'Email',
             'Enabled']


@pytest.fixture
def user(openstack, unique_name):
    """A new user with a password and an email; deleted afterwards."""
    made = openstack('user', 'create', unique_name('user'), '--password',
                     'pw-' + uuid.uuid4().hex, '--email', 'fn@example.org',
                     '--description', 'fn test', parse_json=True).json
    yield made
    openstack('user', 'delete', made['id'], check=False)


@pytest.fixture
def project(openstack, unique_name):
    made = openstack('project', 'create', unique_name('project'),
                     parse_json=True).json
    yield made
    openstack('project', 'delete', made['id'], check=False)


def test_create_show_list(openstack, user, osc_json):
    assert list(user) == SHOW_KEYS
    assert user['enabled'] is True
    assert user['email'] == 'fn@example.org'
    shown = openstack('user', 'show', user['name'], parse_json=True).json
    assert shown == user
    assert list(osc_json('user', 'show', user['id'])) == SHOW_KEYS
    listed = openstack('user', 'list', '--long', '--domain', 'default',
                       parse_json=True).json
    ours = [u for u in listed if u['ID'] == user['id']]
    assert ours == [{'ID': user['id'], 'Name': user['name'],
                     'Project': None, 'Domain': 'default',
                     'Description': 'fn test', 'Email': 'fn@example.org',
                     'Enabled': True}]
    assert list(ours[0]) == LONG_KEYS
    short = openstack('user', 'list', parse_json=True).json
    assert {'ID': user['id'], 'Name': user['name']} in short


def test_create_options_and_or_show(openstack, unique_name, project):
    name = unique_name('user')
    made = openstack('user', 'create', name, '--project', project['name'],
                     '--project-domain', 'default', '--disable',
                     '--ignore-lockout-failure-attempts',
                     '--multi-factor-auth-rule', 'password,totp',
                     parse_json=True)
    try:
        assert 'No password given' in made.stderr
        made = made.json
        assert made['default_project_id'] == project['id']
        assert made['enabled'] is False
        assert made['options'] == {
            'ignore_lockout_failure_attempts': True,
            'multi_factor_auth_rules': [['password', 'totp']]}
        again = openstack('user', 'create', name, '--or-show',
                          parse_json=True).json
        assert again['id'] == made['id']
        clash = openstack('user', 'create', name, '--password',
                          'pw-' + uuid.uuid4().hex, check=False)
        assert_one_line_error(clash, 6)
    finally:
        openstack('user', 'delete', name)


def test_set(openstack, user, project):
    openstack('user', 'set', user['name'], '--name', user['name'] + 'r',
              '--email', 'new@example.org', '--description', 'changed',
              '--project', project['id'], '--disable',
              '--enable-lock-password')
    shown = openstack('user', 'show', user['id'], parse_json=True).json
    assert shown['name'] == user['name'] + 'r'
    assert shown['email'] == 'new@example.org'
    assert shown['description'] == 'changed'
    assert shown['default_project_id'] == project['id']
    assert shown['enabled'] is False
    assert shown['options'] == {'lock_password': True}
    disabled = openstack('user', 'list', '--disabled', parse_json=True).json
    assert user['id'] in {u['ID'] for u in disabled}


def test_list_by_group(openstack, user, unique_name):
    group = openstack('group', 'create', unique_name('group'),
                      parse_json=True).json
    try:
        openstack('group', 'add', 'user', group['id'], user['id'])
        members = openstack('user', 'list', '--group', group['name'],
                            parse_json=True).json
        assert members == [{'ID': user['id'], 'Name': user['name']}]
    finally:
        openstack('group', 'delete', group['id'])


def test_list_by_project(openstack):
    # The devcloud's demo user has a role on project demo.
    users = openstack('user', 'list', '--project', 'demo',
                      parse_json=True).json
    assert 'demo' in {u['Name'] for u in users}
    paged = openstack('user', 'list', '--project', 'demo', '--limit', '1',
                      check=False)
    assert_one_line_error(paged, 2, '--project')


def test_same_name_in_two_domains(openstack, two_domains, unique_name):
    name = unique_name('user')
    made = [openstack('user', 'create', name, '--domain', domain['id'],
                      parse_json=True).json for domain in two_domains]
    clash = openstack('user', 'show', name, check=False)
    assert_one_line_error(clash, 1, 'More than one user', name)
    for domain, user in zip(two_domains, made):
        shown = openstack('user', 'show', name, '--domain', domain['name'],
                          parse_json=True).json
        assert shown['id'] == user['id']
    # The default project is told apart by --project-domain.
    project_name = unique_name('project')
    projects = [openstack('project', 'create', project_name, '--domain',
                          domain['id'], parse_json=True).json
                for domain in two_domains]
    unclear = openstack('user', 'set', name, '--domain', two_domains[0]['id'],
                        '--project', project_name, check=False)
    assert_one_line_error(unclear, 1, 'More than one project')
    openstack('user', 'set', name, '--domain', two_domains[0]['id'],
              '--project', project_name, '--project-domain',
              two_domains[1]['name'])
    shown = openstack('user', 'show', made[0]['id'], parse_json=True).json
    assert shown['default_project_id'] == projects[1]['id']
    listed = openstack('user', 'list', '--domain', two_domains[1]['name'],
                       parse_json=True).json
    assert listed == [{'ID': made[1]['id'], 'Name': name}]
    openstack('user', 'delete', name, '--domain', two_domains[1]['id'])
    left = openstack('user', 'show', name, parse_json=True).json
    assert left['id'] == made[0]['id']


def test_delete_reports_each_failure(openstack, unique_name):
    made = openstack('user', 'create', unique_name('user'),
                     parse_json=True).json
    result = openstack('user', 'delete', made['id'], 'fn-no-such-user',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete user 'fn-no-such-user'" in result.stderr
    assert '1 of 2 users failed to delete' in result.stderr
    assert openstack('user', 'show', made['id'], check=False).rc == 5


# user password set: as a user made here, signed in through OS_* variables.

def run_as(devcloud, username, password, *args):
    """Our CLI as ``username`` (unscoped), credentials from OS_* only."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env.update(OS_AUTH_URL=devcloud.auth_url, OS_USERNAME=username,
               OS_PASSWORD=password, OS_USER_DOMAIN_ID='default',
               OS_IDENTITY_API_VERSION='3')
    exe = os.path.join(os.path.dirname(sys.executable), 'openstack')
    return subprocess.run([exe, *args], env=env, capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL)


def test_password_set(openstack, devcloud, unique_name):
    name = unique_name('user')
    old, new = 'pw-old-' + uuid.uuid4().hex, 'pw-new-' + uuid.uuid4().hex
    openstack('user', 'create', name, '--password', old)
    try:
        changed = run_as(devcloud, name, old, '--debug', 'user', 'password',
                         'set', '--original-password', old, '--password', new)
        assert changed.returncode == 0, changed.stderr
        assert 'password' in changed.stderr  # the request is logged...
        for secret in (old, new):  # ...without the passwords
            assert secret not in changed.stderr + changed.stdout
        stale = run_as(devcloud, name, old, 'user', 'password', 'set',
                       '--original-password', old, '--password', old)
        assert stale.returncode == 3, stale.stderr
        wrong = run_as(devcloud, name, new, 'user', 'password', 'set',
                       '--original-password', old, '--password', old)
        assert wrong.returncode == 3
        assert 'original password is not correct' in wrong.stderr
        # Back again, signed in with the new password.
        back = run_as(devcloud, name, new, 'user', 'password', 'set',
                      '--original-password', new, '--password', old)
        assert back.returncode == 0, back.stderr
    finally:
        openstack('user', 'delete', name)


def test_password_set_without_terminal(devcloud):
    # Fails before any request: no valid credentials are needed.
    result = run_as(devcloud, 'fn-nobody', 'pw-unused', 'user', 'password',
                    'set', '--password', 'pw-unused-new')
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and '--original-password' in lines[0]
    assert 'pw-unused-new' not in result.stderr
