"""Functional tests: signing in with an application credential or a token.

The CLI authenticates with ``--os-auth-type v3applicationcredential``
(options and OS_* variables) and ``--os-auth-type token``, and its
``--debug`` output never holds the secret or the token.
"""

import pytest

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)


@pytest.fixture(scope='module')
def app_cred(as_user, realm):
    """An application credential of the member, made with the CLI."""
    made = as_user(realm.member_env, 'application', 'credential', 'create',
                   'fn-appcred-auth', '--role', 'member',
                   parse_json=True).json
    yield made
    as_user(realm.member_env, 'application', 'credential', 'delete',
            made['ID'], check=False)


def test_application_credential_options(as_user, realm, app_cred):
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL']}
    result = as_user(
        env, '--debug', '--os-auth-type', 'v3applicationcredential',
        '--os-application-credential-id', app_cred['ID'],
        '--os-application-credential-secret', app_cred['Secret'],
        'token', 'issue', '-f', 'json')
    assert '"project_id": "%s"' % realm.project['id'] in result.stdout
    assert '"user_id": "%s"' % realm.member['id'] in result.stdout
    assert '"application_credential"' in result.stderr  # debug log
    assert app_cred['Secret'] not in result.stderr
    token = result.stdout.split('"id": "')[1].split('"')[0]
    assert token not in result.stderr


def test_application_credential_environment(as_user, realm, app_cred):
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL'],
           'OS_AUTH_TYPE': 'v3applicationcredential',
           'OS_APPLICATION_CREDENTIAL_ID': app_cred['ID'],
           'OS_APPLICATION_CREDENTIAL_SECRET': app_cred['Secret']}
    token = as_user(env, 'token', 'issue', parse_json=True).json
    assert token['project_id'] == realm.project['id']
    assert token['user_id'] == realm.member['id']


def test_application_credential_by_name(as_user, realm, app_cred):
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL'],
           'OS_AUTH_TYPE': 'v3applicationcredential',
           'OS_APPLICATION_CREDENTIAL_NAME': app_cred['Name'],
           'OS_USER_ID': realm.member['id'],
           'OS_APPLICATION_CREDENTIAL_SECRET': app_cred['Secret']}
    token = as_user(env, 'token', 'issue', parse_json=True).json
    assert token['user_id'] == realm.member['id']


def test_wrong_secret_is_auth_error(as_user, realm, app_cred):
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL']}
    result = as_user(
        env, '--os-auth-type', 'v3applicationcredential',
        '--os-application-credential-id', app_cred['ID'],
        '--os-application-credential-secret', 'wrong-secret-value',
        'token', 'issue', check=False)
    error_line(result, 3)


def test_restricted_credential_cannot_make_credentials(as_user, realm,
                                                       app_cred):
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL'],
           'OS_AUTH_TYPE': 'v3applicationcredential',
           'OS_APPLICATION_CREDENTIAL_ID': app_cred['ID'],
           'OS_APPLICATION_CREDENTIAL_SECRET': app_cred['Secret']}
    result = as_user(env, 'application', 'credential', 'create',
                     'fn-appcred-nested', check=False)
    error_line(result, 4)


def test_token_auth(as_user, realm):
    token = as_user(realm.member_env, 'token', 'issue',
                    parse_json=True).json['id']
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL']}
    # Without the token cache, so that the exchange is in the debug log
    # even when an earlier run cached this very token.
    result = as_user(env, '--no-token-cache', '--debug', '--os-auth-type',
                     'token', '--os-token', token, '--os-project-id',
                     realm.project['id'], 'token', 'issue', '-f', 'json')
    assert '"project_id": "%s"' % realm.project['id'] in result.stdout
    assert '"user_id": "%s"' % realm.member['id'] in result.stdout
    assert token not in result.stderr
    assert 'POST' in result.stderr  # the debug log is there


def test_token_auth_environment(as_user, realm):
    token = as_user(realm.member_env, 'token', 'issue',
                    parse_json=True).json['id']
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL'],
           'OS_AUTH_TYPE': 'token', 'OS_TOKEN': token,
           'OS_PROJECT_ID': realm.project['id']}
    listed = as_user(env, 'application', 'credential', 'list',
                     parse_json=True).json
    assert isinstance(listed, list)


def test_token_auth_without_token(as_user, realm):
    env = {'OS_AUTH_URL': realm.member_env['OS_AUTH_URL']}
    result = as_user(env, '--os-auth-type', 'token', 'token', 'issue',
                     check=False)
    assert 'token' in error_line(result, 3)
