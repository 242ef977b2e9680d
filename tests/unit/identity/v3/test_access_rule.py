"""Unit tests: access rule commands parse and call the SDK right."""

import pytest
from openstack.identity.v3 import access_rule as sdk_rule
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import access_rule
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df

RULE = sdk_rule.AccessRule(id='r1', service='image', method='GET',
                           path='/v2/images')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.get_access_rule.return_value = RULE
    proxy.find_user.return_value = sdk_user.User(id='u1')
    return proxy


def test_delete_many(identity):
    df.run(access_rule.DeleteAccessRule, ['r1', 'r2'], identity)
    identity.delete_access_rule.assert_any_call('me', 'r1',
                                                ignore_missing=False)
    identity.delete_access_rule.assert_any_call('me', 'r2',
                                                ignore_missing=False)


def test_delete_unknown(identity):
    identity.delete_access_rule.side_effect = df.not_found()
    with pytest.raises(Exception) as info:
        df.run(access_rule.DeleteAccessRule, ['nope'], identity)
    assert errors.exit_code_for(info.value) == errors.NOT_FOUND


def test_list_own(identity):
    identity.access_rules.return_value = [RULE]
    _, (labels, rows) = df.run(access_rule.ListAccessRule, [], identity)
    identity.access_rules.assert_called_once_with(user='me')
    assert labels == ('ID', 'Service', 'Method', 'Path')
    assert rows == [('r1', 'image', 'GET', '/v2/images')]


def test_list_other_user(identity):
    identity.access_rules.return_value = []
    df.run(access_rule.ListAccessRule, ['--user', 'alice'], identity)
    identity.find_user.assert_called_once_with('alice', ignore_missing=False)
    identity.access_rules.assert_called_once_with(user='u1')


def test_show(identity):
    _, (labels, values) = df.run(access_rule.ShowAccessRule, ['r1'],
                                 identity)
    identity.get_access_rule.assert_called_once_with('me', 'r1')
    assert labels == ('ID', 'Method', 'Path', 'Service')
    assert values == ('r1', 'GET', '/v2/images', 'image')


def test_show_needs_rule(identity):
    with pytest.raises(SystemExit):
        df.run(access_rule.ShowAccessRule, [], identity)
