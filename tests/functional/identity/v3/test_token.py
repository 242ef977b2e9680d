"""Functional tests: token issue and revoke against the devcloud."""

import re

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

# What OSC 10.5.0 prints for a project-scoped token (checked on the
# devcloud); a domain-scoped one has domain_id instead of project_id.
PROJECT_KEYS = {'expires', 'id', 'project_id', 'user_id'}
EXPIRES = re.compile(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$')


def test_issue_project_scoped(openstack, as_user, realm):
    token = as_user(realm.member_env, 'token', 'issue',
                    parse_json=True).json
    assert set(token) == PROJECT_KEYS
    assert token['user_id'] == realm.member['id']
    assert token['project_id'] == realm.project['id']
    assert EXPIRES.match(token['expires'])
    admin = openstack('token', 'issue', parse_json=True).json
    assert set(admin) == PROJECT_KEYS
    assert admin['id'] != token['id']


def test_issue_domain_scoped(as_user, realm):
    identity = realm.identity
    identity.assign_domain_role_to_user(
        realm.domain['id'], realm.trustee['id'],
        identity.find_role('reader', ignore_missing=False))
    env = dict(realm.trustee_env, OS_DOMAIN_ID=realm.domain['id'])
    token = as_user(env, 'token', 'issue', parse_json=True).json
    assert set(token) == {'domain_id', 'expires', 'id', 'user_id'}
    assert token['domain_id'] == realm.domain['id']


def test_table_output_lists_fields(as_user, realm):
    result = as_user(realm.member_env, 'token', 'issue', '-f', 'value',
                     '-c', 'user_id')
    assert result.stdout.strip() == realm.member['id']


def test_revoke(as_user, realm):
    token = as_user(realm.member_env, 'token', 'issue',
                    parse_json=True).json['id']
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL'],
           'OS_AUTH_TYPE': 'token', 'OS_TOKEN': token,
           'OS_PROJECT_ID': realm.project['id']}
    assert as_user(env, 'token', 'issue').rc == 0
    as_user(realm.member_env, 'token', 'revoke', token)
    refused = as_user(env, 'token', 'issue', check=False)
    # Keystone answers a revoked token with 404 "Failed to validate token".
    assert 'Failed to validate token' in error_line(refused, 5)
    assert token not in refused.stderr


def test_revoke_unknown_token(as_user, realm):
    result = as_user(realm.member_env, 'token', 'revoke', 'not-a-token',
                     check=False)
    assert result.rc == 5, result.stderr
    error_line(result, 5)


def test_debug_never_shows_the_token(as_user, realm):
    # Signing in (no cached token), then reusing the cached token.
    result = as_user(realm.member_env, '--no-token-cache', '--debug',
                     'token', 'issue', '-f', 'value', '-c', 'id')
    token = result.stdout.strip()
    assert len(token) > 20
    assert token not in result.stderr
    assert realm.password not in result.stderr
    assert 'POST' in result.stderr  # the debug log is there
    as_user(realm.member_env, 'token', 'issue')
    result = as_user(realm.member_env, '--debug', 'token', 'issue', '-f',
                     'value', '-c', 'id')
    token = result.stdout.strip()
    assert 'Using the cached token' in result.stderr
    assert len(token) > 20 and token not in result.stderr
