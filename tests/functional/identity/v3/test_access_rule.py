"""Functional tests: access rule commands against the devcloud."""

import json

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

RULE = {'service': 'image', 'method': 'GET', 'path': '/v2/images/*'}


def test_rules_of_an_application_credential(openstack, as_user, realm,
                                             unique_name):
    env = realm.member_env
    made = as_user(env, 'application', 'credential', 'create',
                   unique_name('appcred'), '--role', 'member',
                   '--access-rules',
                   json.dumps([RULE]), parse_json=True).json
    try:
        listed = as_user(env, 'access', 'rule', 'list',
                         parse_json=True).json
        assert len(listed) == 1
        # OSC 10.5.0's keys and order (checked on the devcloud).
        assert list(listed[0]) == ['ID', 'Service', 'Method', 'Path']
        rule_id = listed[0]['ID']
        shown = as_user(env, 'access', 'rule', 'show', rule_id,
                        parse_json=True).json
        assert shown == {'ID': rule_id, 'Method': 'GET',
                         'Path': '/v2/images/*', 'Service': 'image'}
        # Only a system reader may list another user's rules.
        by_admin = openstack('access', 'rule', 'list', '--user',
                             realm.member['id'], check=False)
        assert 'identity:list_access_rules' in error_line(by_admin, 4)
        # Still used by the application credential: Keystone refuses.
        in_use = as_user(env, 'access', 'rule', 'delete', rule_id,
                         check=False)
        assert in_use.rc != 0
    finally:
        as_user(env, 'application', 'credential', 'delete', made['ID'])
    as_user(env, 'access', 'rule', 'delete', rule_id)
    assert as_user(env, 'access', 'rule', 'list', parse_json=True).json == []
    gone = as_user(env, 'access', 'rule', 'show', rule_id, check=False)
    error_line(gone, 5)


def test_delete_unknown(as_user, realm):
    result = as_user(realm.member_env, 'access', 'rule', 'delete',
                     'fn-no-such-rule', check=False)
    error_line(result, 5)
