"""Unit tests: trust commands parse and call the SDK right."""

import pytest
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import role as sdk_role
from openstack.identity.v3 import trust as sdk_trust
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import trust
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df

TRUST = sdk_trust.Trust(
    id='t1', expires_at=None, is_impersonation=False, project_id='p1',
    redelegated_trust_id=None, redelegation_count=0, remaining_uses=None,
    roles=[{'id': 'r1', 'name': 'member'}], trustee_user_id='u2',
    trustor_user_id='u1')

USERS = {'alice': 'u1', 'bob': 'u2'}


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_user.side_effect = lambda name, **kw: sdk_user.User(
        id=USERS[name])
    proxy.find_project.return_value = sdk_project.Project(id='p1')
    proxy.find_role.return_value = sdk_role.Role(id='r1')
    proxy.find_domain.return_value = sdk_domain.Domain(id='d1')
    proxy.get_trust.return_value = TRUST
    proxy.create_trust.return_value = TRUST
    return proxy


def test_create(identity):
    _, (labels, values) = df.run(
        trust.CreateTrust,
        ['alice', 'bob', '--project', 'proj', '--role', 'member'], identity)
    identity.create_trust.assert_called_once_with(
        trustor_user_id='u1', trustee_user_id='u2', project_id='p1',
        roles=[{'id': 'r1'}], is_impersonation=False)
    assert labels == (
        'expires_at', 'id', 'is_impersonation', 'project_id',
        'redelegated_trust_id', 'redelegation_count', 'remaining_uses',
        'roles', 'trustee_user_id', 'trustor_user_id')
    assert values[1] == 't1'


def test_create_all_options(identity):
    df.run(trust.CreateTrust,
           ['alice', 'bob', '--project', 'proj', '--role', 'a', '--role',
            'b', '--impersonate', '--expiration', '2030-01-01T00:00:00',
            '--project-domain', 'pd', '--trustor-domain', 'od',
            '--trustee-domain', 'ed'], identity)
    identity.find_user.assert_any_call('alice', ignore_missing=False,
                                       domain_id='d1')
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')
    identity.create_trust.assert_called_once_with(
        trustor_user_id='u1', trustee_user_id='u2', project_id='p1',
        roles=[{'id': 'r1'}, {'id': 'r1'}], is_impersonation=True,
        expires_at='2030-01-01T00:00:00')


def test_create_by_member_without_lookup_rights(identity):
    identity.find_user.side_effect = df.forbidden()
    identity.find_project.side_effect = df.forbidden()
    identity.find_role.side_effect = df.forbidden()
    df.run(trust.CreateTrust,
           ['u1', 'u2', '--project', 'p1', '--role', 'member'], identity)
    identity.create_trust.assert_called_once_with(
        trustor_user_id='u1', trustee_user_id='u2', project_id='p1',
        roles=[{'name': 'member'}], is_impersonation=False)


@pytest.mark.parametrize('argv', [
    ['alice', 'bob', '--role', 'member'],
    ['alice', 'bob', '--project', 'proj'],
    ['alice', '--project', 'proj', '--role', 'member'],
])
def test_create_requires_project_role_and_users(identity, argv):
    with pytest.raises(SystemExit):
        df.run(trust.CreateTrust, argv, identity)


def test_delete_many(identity):
    df.run(trust.DeleteTrust, ['t1', 't2'], identity)
    assert identity.delete_trust.call_count == 2
    identity.delete_trust.assert_any_call('t1', ignore_missing=False)
    identity.delete_trust.assert_any_call('t2', ignore_missing=False)


def test_delete_unknown(identity):
    identity.delete_trust.side_effect = df.not_found()
    with pytest.raises(Exception) as info:
        df.run(trust.DeleteTrust, ['nope'], identity)
    assert errors.exit_code_for(info.value) == errors.NOT_FOUND


def test_list_all(identity):
    identity.trusts.return_value = [TRUST]
    _, (labels, rows) = df.run(trust.ListTrust, [], identity)
    identity.trusts.assert_called_once_with()
    assert labels == ('ID', 'Expires At', 'Impersonation', 'Project ID',
                      'Trustee User ID', 'Trustor User ID')
    assert rows == [('t1', None, False, 'p1', 'u2', 'u1')]


def test_list_by_trustor_and_trustee(identity):
    identity.trusts.return_value = []
    df.run(trust.ListTrust, ['--trustor', 'alice', '--trustor-domain', 'x',
                             '--trustee', 'bob'], identity)
    identity.find_user.assert_any_call('alice', ignore_missing=False,
                                       domain_id='d1')
    identity.trusts.assert_called_once_with(trustor_user_id='u1',
                                            trustee_user_id='u2')


def test_list_auth_user_merges_both_sides(identity):
    other = sdk_trust.Trust(id='t2')
    identity.trusts.side_effect = [[TRUST], [TRUST, other]]
    _, (_, rows) = df.run(trust.ListTrust, ['--auth-user'], identity)
    assert identity.trusts.call_args_list == [
        ((), {'trustor_user_id': 'me'}), ((), {'trustee_user_id': 'me'})]
    assert [row[0] for row in rows] == ['t1', 't2']


@pytest.mark.parametrize('argv', [
    ['--auth-user', '--trustor', 'alice'],
    ['--trustee-domain', 'd'],
    ['--trustor-domain', 'd'],
])
def test_list_bad_combinations(identity, argv):
    with pytest.raises(errors.UsageError):
        df.run(trust.ListTrust, argv, identity)
    identity.trusts.assert_not_called()


def test_show(identity):
    _, (labels, values) = df.run(trust.ShowTrust, ['t1'], identity)
    identity.get_trust.assert_called_once_with('t1')
    assert dict(zip(labels, values))['roles'] == TRUST.roles


def test_show_forbidden_is_not_not_found(identity):
    identity.get_trust.side_effect = df.forbidden()
    with pytest.raises(Exception) as info:
        df.run(trust.ShowTrust, ['t9'], identity)
    assert errors.exit_code_for(info.value) == errors.FORBIDDEN


def test_show_unknown(identity):
    identity.get_trust.side_effect = df.not_found()
    with pytest.raises(errors.NotFoundError, match="trust .*'nope'"):
        df.run(trust.ShowTrust, ['nope'], identity)
