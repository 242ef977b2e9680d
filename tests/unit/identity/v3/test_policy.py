"""Unit tests: identity v3 policy commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import policy as sdk_policy

from openstackclient.cli import errors
from openstackclient.identity.v3 import policy
from tests.unit import fakes

RULES = '{"admin": "role:admin"}'
POLICY = sdk_policy.Policy(id='p1', blob=RULES, type='application/json')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.get_policy.return_value = POLICY
    return proxy


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / 'rules.json'
    path.write_text(RULES + '\n')
    return str(path)


def test_create(identity, rules_file):
    identity.create_policy.return_value = POLICY
    _, (labels, values) = fakes.run_command(
        policy.CreatePolicy, [rules_file], identity=identity)
    identity.create_policy.assert_called_once_with(
        blob=RULES, type='application/json')
    assert labels == ('id', 'rules', 'type')
    assert values == ('p1', RULES, 'application/json')


def test_create_type(identity, rules_file):
    identity.create_policy.return_value = POLICY
    fakes.run_command(policy.CreatePolicy,
                      ['--type', 'text/plain', rules_file], identity=identity)
    identity.create_policy.assert_called_once_with(blob=RULES,
                                                   type='text/plain')


def test_create_missing_file(identity, tmp_path):
    with pytest.raises(errors.UsageError):
        fakes.run_command(policy.CreatePolicy, [str(tmp_path / 'none')],
                          identity=identity)
    identity.create_policy.assert_not_called()


def test_delete_many(identity):
    fakes.run_command(policy.DeletePolicy, ['p1', 'p1'], identity=identity)
    identity.get_policy.assert_called_with('p1')
    assert identity.delete_policy.call_count == 2


def test_delete_reports_failures_in_plural(identity):
    identity.get_policy.side_effect = [POLICY,
                                       sdk_exc.NotFoundException('no')]
    with pytest.raises(errors.CommandError,
                       match='1 of 2 policies failed to delete: p9') as info:
        fakes.run_command(policy.DeletePolicy, ['p1', 'p9', '--parallel', '1'],
                          identity=identity)
    assert info.value.exit_code == errors.NOT_FOUND


def test_list(identity):
    identity.policies.return_value = [POLICY]
    _, (labels, rows) = fakes.run_command(policy.ListPolicy, [],
                                          identity=identity)
    identity.policies.assert_called_once_with()
    assert labels == ('ID', 'Type')
    assert rows == [('p1', 'application/json')]


def test_list_long(identity):
    identity.policies.return_value = [POLICY]
    _, (labels, rows) = fakes.run_command(policy.ListPolicy, ['--long'],
                                          identity=identity)
    assert labels == ('ID', 'Type', 'Rules')
    assert rows == [('p1', 'application/json', RULES)]


def test_set(identity, rules_file):
    fakes.run_command(policy.SetPolicy,
                      ['p1', '--type', 'text/plain', '--rules', rules_file],
                      identity=identity)
    identity.update_policy.assert_called_once_with(
        'p1', blob=RULES, type='text/plain')


def test_set_nothing(identity):
    fakes.run_command(policy.SetPolicy, ['p1'], identity=identity)
    identity.get_policy.assert_called_once_with('p1')
    identity.update_policy.assert_not_called()


def test_show(identity):
    _, (labels, values) = fakes.run_command(policy.ShowPolicy, ['p1'],
                                            identity=identity)
    identity.get_policy.assert_called_once_with('p1')
    assert dict(zip(labels, values))['rules'] == RULES
