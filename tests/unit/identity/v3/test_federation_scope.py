"""Unit tests: federation domain/project list read /auth/domains and
/auth/projects through the identity proxy."""

from unittest import mock

import pytest
from keystoneauth1 import exceptions as ksa_exc

from openstackclient.cli import errors
from openstackclient.identity.v3 import federation_scope
from tests.unit import fakes


def response(body):
    resp = mock.Mock()
    resp.json.return_value = body
    return resp


@pytest.fixture
def identity():
    return fakes.sdk_proxy('identity.v3')


def test_domain_list(identity):
    identity.get.return_value = response({'domains': [
        {'id': 'd1', 'name': 'dom', 'enabled': True, 'description': 'x',
         'links': {}},
    ]})
    _, (labels, rows) = fakes.run_command(
        federation_scope.ListFederationDomain, [], identity=identity)
    identity.get.assert_called_once_with('/auth/domains', raise_exc=True)
    assert labels == ('ID', 'Enabled', 'Name', 'Description')
    assert rows == [('d1', True, 'dom', 'x')]


def test_project_list(identity):
    identity.get.return_value = response({'projects': [
        {'id': 'p1', 'name': 'demo', 'enabled': False, 'domain_id': 'default'},
    ]})
    _, (labels, rows) = fakes.run_command(
        federation_scope.ListFederationProject, [], identity=identity)
    identity.get.assert_called_once_with('/auth/projects', raise_exc=True)
    assert labels == ('ID', 'Domain ID', 'Enabled', 'Name')
    assert rows == [('p1', 'default', False, 'demo')]


def test_empty_answer(identity):
    identity.get.return_value = response({})
    _, (_, rows) = fakes.run_command(
        federation_scope.ListFederationProject, [], identity=identity)
    assert rows == []


def test_takes_no_arguments(identity):
    with pytest.raises(SystemExit):
        fakes.run_command(federation_scope.ListFederationDomain, ['x'],
                          identity=identity)


def test_http_error_is_one_line_with_its_code(identity):
    identity.get.side_effect = ksa_exc.Unauthorized(
        'The request you have made requires authentication.')
    with pytest.raises(ksa_exc.Unauthorized) as info:
        fakes.run_command(federation_scope.ListFederationDomain, [],
                          identity=identity)
    assert errors.exit_code_for(info.value) == errors.AUTH
    assert '\n' not in errors.one_line(info.value)
