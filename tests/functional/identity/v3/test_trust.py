"""Functional tests: trust commands against the devcloud, with the member
as trustor and the trustee user of the realm."""

import itertools

import pytest

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

# OSC 10.5.0's keys (checked on the devcloud).
SHOW_KEYS = {'expires_at', 'id', 'is_impersonation', 'project_id',
             'redelegated_trust_id', 'redelegation_count', 'remaining_uses',
             'roles', 'trustee_user_id', 'trustor_user_id'}
LIST_KEYS = ['ID', 'Expires At', 'Impersonation', 'Project ID',
             'Trustee User ID', 'Trustor User ID']
SECONDS = itertools.count()


def create(as_user, realm, *extra):
    # A member may not look users, projects or roles up: IDs and a role
    # name go to Keystone as given.
    return as_user(realm.member_env, 'trust', 'create',
                   realm.member['id'], realm.trustee['id'], '--project',
                   realm.project['id'], '--role', 'member', *extra,
                   parse_json=True).json


@pytest.fixture
def trust(as_user, realm):
    # Keystone keeps deleted trusts: identical ones clash, so each test
    # gets its own expiration.
    made = create(as_user, realm, '--expiration',
                  f'2031-01-01T00:00:{next(SECONDS):02d}')
    yield made
    as_user(realm.member_env, 'trust', 'delete', made['id'], check=False)


def test_create_show(as_user, realm, trust):
    assert set(trust) == SHOW_KEYS
    assert trust['trustor_user_id'] == realm.member['id']
    assert trust['trustee_user_id'] == realm.trustee['id']
    assert trust['project_id'] == realm.project['id']
    assert trust['is_impersonation'] is False
    assert trust['expires_at'].startswith('2031-01-01T00:00:')
    assert [r['name'] for r in trust['roles']] == ['member']
    shown = as_user(realm.member_env, 'trust', 'show', trust['id'],
                    parse_json=True).json
    assert shown['id'] == trust['id']
    assert set(shown) == SHOW_KEYS


def test_create_by_names(openstack, realm):
    # The admin may look names up; the trustor must be the caller.
    made = openstack('trust', 'create', 'admin', realm.trustee['name'],
                     '--trustor-domain', 'default', '--trustee-domain',
                     realm.domain['name'], '--project', 'admin',
                     '--project-domain', 'default', '--role', 'member',
                     parse_json=True).json
    try:
        assert made['trustee_user_id'] == realm.trustee['id']
        shown = openstack('trust', 'show', made['id'], parse_json=True).json
        assert shown['id'] == made['id']
    finally:
        openstack('trust', 'delete', made['id'])
    other = openstack('trust', 'create', realm.member['id'],
                      realm.trustee['id'], '--project', realm.project['id'],
                      '--role', 'member', check=False)
    assert 'create_trust' in error_line(other, 4)


def test_create_impersonating(as_user, realm):
    made = create(as_user, realm, '--impersonate')
    try:
        assert made['is_impersonation'] is True
        assert made['expires_at'] is None
    finally:
        as_user(realm.member_env, 'trust', 'delete', made['id'])


def test_list(openstack, as_user, realm, trust):
    mine = as_user(realm.member_env, 'trust', 'list', '--auth-user',
                   parse_json=True).json
    assert [t['ID'] for t in mine] == [trust['id']]
    assert list(mine[0]) == LIST_KEYS
    by_trustor = openstack('trust', 'list', '--trustor', realm.member['name'],
                           '--trustor-domain', realm.domain['id'],
                           parse_json=True).json
    assert [t['ID'] for t in by_trustor] == [trust['id']]
    by_trustee = openstack('trust', 'list', '--trustee',
                           realm.trustee['id'], parse_json=True).json
    assert by_trustee == by_trustor
    as_trustee = as_user(realm.trustee_env, 'trust', 'list', '--auth-user',
                         parse_json=True).json
    assert [t['ID'] for t in as_trustee] == [trust['id']]


def test_list_bad_combination(openstack):
    result = openstack('trust', 'list', '--auth-user', '--trustee', 'x',
                       check=False)
    assert '--auth-user' in error_line(result, 2)


def test_delete_reports_each_failure(as_user, realm, trust):
    result = as_user(realm.member_env, 'trust', 'delete', trust['id'],
                     'fn-no-such-trust', check=False)
    assert result.rc == 5
    assert "Failed to delete trust 'fn-no-such-trust'" in result.stderr
    gone = as_user(realm.member_env, 'trust', 'show', trust['id'],
                   check=False)
    assert 'trust' in error_line(gone, 5)
