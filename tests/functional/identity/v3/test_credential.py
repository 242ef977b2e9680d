"""Functional tests: credential commands against the devcloud."""

import json

import pytest

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

# OSC 10.5.0's keys (checked on the devcloud).
SHOW_KEYS = {'blob', 'id', 'project_id', 'type', 'user_id'}
LIST_KEYS = {'ID', 'Type', 'User ID', 'Data', 'Project ID'}


@pytest.fixture
def credential(openstack, realm):
    made = openstack('credential', 'create', realm.member['id'],
                     '{"a": 1}', parse_json=True).json
    yield made
    openstack('credential', 'delete', made['id'], check=False)


def test_create_show_list(openstack, realm, credential):
    assert set(credential) == SHOW_KEYS
    assert credential['type'] == 'cert'
    assert credential['user_id'] == realm.member['id']
    assert credential['project_id'] is None
    shown = openstack('credential', 'show', credential['id'],
                      parse_json=True).json
    assert shown == credential
    listed = openstack('credential', 'list', '--user', realm.member['name'],
                       '--user-domain', realm.domain['name'], '--type',
                       'cert', parse_json=True).json
    assert listed == [{'ID': credential['id'], 'Type': 'cert',
                       'User ID': realm.member['id'], 'Data': '{"a": 1}',
                       'Project ID': None}]
    assert set(listed[0]) == LIST_KEYS
    none = openstack('credential', 'list', '--user', realm.member['id'],
                     '--type', 'totp', parse_json=True).json
    assert none == []


def test_create_ec2_in_project(openstack, realm):
    blob = json.dumps({'access': 'fn-access', 'secret': 'fn-secret'})
    made = openstack('credential', 'create', realm.member['id'], blob,
                     '--type', 'ec2', '--project', realm.project['id'],
                     parse_json=True).json
    try:
        assert made['type'] == 'ec2'
        assert made['project_id'] == realm.project['id']
    finally:
        openstack('credential', 'delete', made['id'])


def test_set_data(openstack, realm, credential):
    openstack('credential', 'set', credential['id'], '--user',
              realm.member['id'], '--type', 'cert', '--data', '{"b": 2}')
    shown = openstack('credential', 'show', credential['id'],
                      parse_json=True).json
    assert shown['blob'] == '{"b": 2}'
    assert shown['type'] == 'cert'


def test_set_type_is_refused_by_keystone(openstack, realm, credential):
    result = openstack('credential', 'set', credential['id'], '--user',
                       realm.member['id'], '--type', 'totp', '--data', 'x',
                       check=False)
    assert 'type' in error_line(result, 2)


def test_member_manages_own_credentials(as_user, realm):
    made = as_user(realm.member_env, 'credential', 'create',
                   realm.member['id'], 'mine', parse_json=True).json
    listed = as_user(realm.member_env, 'credential', 'list',
                     parse_json=True).json
    assert [c['ID'] for c in listed] == [made['id']]
    as_user(realm.member_env, 'credential', 'delete', made['id'])
    assert as_user(realm.member_env, 'credential', 'list',
                   parse_json=True).json == []
    # Keystone does not tell a member whether a credential exists.
    gone = as_user(realm.member_env, 'credential', 'show', made['id'],
                   check=False)
    error_line(gone, 4)


def test_delete_reports_each_failure(openstack, realm, credential):
    result = openstack('credential', 'delete', credential['id'],
                       'fn-no-such-credential', check=False)
    assert result.rc == 5
    assert "Failed to delete credential 'fn-no-such-credential'" in \
        result.stderr
    assert '1 of 2 credentials failed to delete' in result.stderr
    assert openstack('credential', 'show', credential['id'],
                     check=False).rc == 5
