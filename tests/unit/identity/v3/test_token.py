"""Unit tests: token issue shows the session's token; token revoke."""

import datetime
import types

import pytest

from openstackclient.cli import errors
from openstackclient.identity.v3 import token
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df

EXPIRES = datetime.datetime(2030, 1, 2, 3, 4, 5,
                            tzinfo=datetime.timezone.utc)


def ref(**fields):
    values = dict(auth_token='tok', expires=EXPIRES, project_id=None,
                  user_id='u1', domain_id=None, system_scoped=False)
    values.update(fields)
    return types.SimpleNamespace(**values)


@pytest.fixture
def identity():
    return fakes.sdk_proxy('identity.v3')


def test_issue_project_scoped(identity):
    _, (labels, values) = df.run(token.IssueToken, [], identity,
                                 auth=ref(project_id='p1'))
    assert labels == ('expires', 'id', 'project_id', 'user_id')
    assert values == ('2030-01-02T03:04:05+0000', 'tok', 'p1', 'u1')
    assert identity.method_calls == []


def test_issue_domain_scoped(identity):
    _, (labels, values) = df.run(token.IssueToken, [], identity,
                                 auth=ref(domain_id='d1'))
    assert dict(zip(labels, values)) == {
        'domain_id': 'd1', 'expires': '2030-01-02T03:04:05+0000',
        'id': 'tok', 'user_id': 'u1'}


def test_issue_system_scoped(identity):
    _, (labels, values) = df.run(token.IssueToken, [], identity,
                                 auth=ref(system_scoped=True))
    assert labels == ('expires', 'id', 'system', 'user_id')
    assert values[2] == 'all'


def test_issue_takes_no_arguments(identity):
    with pytest.raises(SystemExit):
        df.run(token.IssueToken, ['extra'], identity)


def test_issue_without_token_is_auth_error(identity):
    with pytest.raises(errors.AuthError):
        df.run(token.IssueToken, [], identity, auth=None)


def test_revoke(identity):
    forgotten = []
    fakes.run_command(token.RevokeToken, ['tok'], identity=identity,
                      forget_token=forgotten.append)
    identity.revoke_token.assert_called_once_with('tok')
    assert forgotten == ['tok']     # no cached copy is reused


def test_revoke_needs_token(identity):
    with pytest.raises(SystemExit):
        df.run(token.RevokeToken, [], identity)
