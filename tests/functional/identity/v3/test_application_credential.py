"""Functional tests: application credential commands against the devcloud,
as a member managing their own."""

import json

import pytest

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

# OSC 10.5.0's keys (checked on the devcloud); create adds Secret.
KEYS = {'ID', 'Name', 'Description', 'Project ID', 'Roles', 'Unrestricted',
        'Access Rules', 'Expires At'}
RULES = [{'service': 'image', 'method': 'GET', 'path': '/v2/images'}]


@pytest.fixture
def app_cred(as_user, realm, unique_name):
    made = as_user(realm.member_env, 'application', 'credential', 'create',
                   unique_name('appcred'), '--role', 'member',
                   '--expiration', '2031-02-03T04:05:06', '--description',
                   'fn test', '--access-rules', json.dumps(RULES),
                   parse_json=True).json
    yield made
    as_user(realm.member_env, 'application', 'credential', 'delete',
            made['ID'], check=False)


def test_create_show_list(as_user, realm, app_cred):
    assert set(app_cred) == KEYS | {'Secret'}
    assert len(app_cred['Secret']) > 20
    assert app_cred['Project ID'] == realm.project['id']
    # The role given, and those it implies.
    assert 'member' in [r['name'] for r in app_cred['Roles']]
    assert app_cred['Unrestricted'] is False
    assert app_cred['Expires At'].startswith('2031-02-03T04:05:06')
    assert [{k: r[k] for k in ('service', 'method', 'path')}
            for r in app_cred['Access Rules']] == RULES
    shown = as_user(realm.member_env, 'application', 'credential', 'show',
                    app_cred['Name'], parse_json=True).json
    assert set(shown) == KEYS
    assert shown['ID'] == app_cred['ID']
    listed = as_user(realm.member_env, 'application', 'credential', 'list',
                     parse_json=True).json
    assert [c['ID'] for c in listed] == [app_cred['ID']]
    assert set(listed[0]) == KEYS


def test_table_shows_role_names(as_user, realm, app_cred):
    result = as_user(realm.member_env, 'application', 'credential', 'show',
                     app_cred['ID'], '-c', 'Roles')
    names = sorted(r['name'] for r in app_cred['Roles'])
    assert '| Roles | %s |' % ', '.join(names) in result.stdout


def test_admin_lists_another_users(openstack, realm, app_cred):
    listed = openstack('application', 'credential', 'list', '--user',
                       realm.member['name'], '--user-domain',
                       realm.domain['id'], parse_json=True).json
    assert [c['ID'] for c in listed] == [app_cred['ID']]


def test_secret_never_in_debug(as_user, realm, unique_name):
    secret = 'fn-Given-Secret-' + unique_name('s')
    result = as_user(realm.member_env, '--debug', 'application',
                     'credential', 'create', unique_name('appcred'),
                     '--secret', secret, '--unrestricted', '--role',
                     'member', '-f', 'json')
    made = json.loads(result.stdout)
    try:
        assert made['Secret'] == secret
        assert made['Unrestricted'] is True
        assert 'application_credentials' in result.stderr  # debug log
        assert secret not in result.stderr
    finally:
        as_user(realm.member_env, 'application', 'credential', 'delete',
                made['ID'])


def test_generated_secret_never_in_debug(as_user, realm, unique_name):
    result = as_user(realm.member_env, '--debug', 'application',
                     'credential', 'create', unique_name('appcred'),
                     '--role', 'member', '-f', 'json')
    made = json.loads(result.stdout)
    as_user(realm.member_env, 'application', 'credential', 'delete',
            made['ID'])
    assert made['Secret'] not in result.stderr


def test_bad_options_are_usage_errors(as_user, realm):
    for option, value in (('--expiration', 'soon'),
                          ('--access-rules', '/no/such/rules.json')):
        result = as_user(realm.member_env, 'application', 'credential',
                         'create', 'fn-appcred-bad', option, value,
                         check=False)
        assert option.lstrip('-').split('-')[0] in error_line(result, 2)


def test_delete_reports_each_failure(as_user, realm, app_cred):
    result = as_user(realm.member_env, 'application', 'credential',
                     'delete', app_cred['Name'], 'fn-no-such-appcred',
                     check=False)
    assert result.rc == 5
    assert '1 of 2 application credentials failed to delete' in \
        result.stderr
    gone = as_user(realm.member_env, 'application', 'credential', 'show',
                   app_cred['ID'], check=False)
    assert 'application credential' in error_line(gone, 5)
