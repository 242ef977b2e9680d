"""Functional tests: policy commands against the devcloud's Keystone."""

import pytest

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, check_delete_many, json_file, listed, made, show)

RULES = '{"fn_rule": "role:admin"}'


@pytest.fixture
def policy(made, json_file):
    return made('policy', json_file(RULES + '\n'))


def test_create_show(openstack, policy):
    assert set(policy) == SHOW_KEYS['policy']
    assert policy['rules'] == RULES
    assert policy['type'] == 'application/json'
    assert show(openstack, 'policy', policy['id']) == policy


def test_list(openstack, policy):
    rows = listed(openstack, 'policy')
    assert {'ID': policy['id'], 'Type': 'application/json'} in rows
    assert set(rows[0]) == LIST_KEYS['policy']
    long_rows = listed(openstack, 'policy', '--long')
    assert {'ID': policy['id'], 'Type': 'application/json',
            'Rules': RULES} in long_rows


def test_set(openstack, policy, json_file):
    openstack('policy', 'set', policy['id'], '--type', 'text/plain',
              '--rules', json_file('fn_rule: role:member'))
    assert show(openstack, 'policy', policy['id']) == {
        'id': policy['id'], 'rules': 'fn_rule: role:member',
        'type': 'text/plain'}


def test_delete_many_reports_each_failure(openstack, policy):
    check_delete_many(openstack, 'policy', policy['id'], 'policies')


def test_missing_rules_file(openstack, tmp_path):
    result = openstack('policy', 'create', str(tmp_path / 'none.json'),
                       check=False)
    assert result.rc == 2
    assert 'Cannot read file' in result.stderr
