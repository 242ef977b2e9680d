"""Unit tests: implied role commands make the right identity requests."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import role as sdk_role

from openstackclient.cli import errors
from openstackclient.identity.v3 import implied_role
from tests.unit import fakes
from tests.unit.identity.v3 import rest_fakes

ROLES = {
    'admin': sdk_role.Role(id='ra', name='admin'),
    'member': sdk_role.Role(id='rm', name='member'),
}


def _ref(role_id, name):
    return {'id': role_id, 'name': name, 'links': {'self': 'x'}}


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')

    def find_role(name_or_id, ignore_missing=True, **query):
        if name_or_id not in ROLES:
            raise sdk_exc.NotFoundException('no')
        return ROLES[name_or_id]

    proxy.find_role.side_effect = find_role
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


def test_create(identity):
    identity.put.return_value = rest_fakes.response(201, {
        'role_inference': {'prior_role': _ref('ra', 'admin'),
                           'implies': _ref('rm', 'member')},
        'links': {'self': 'x'}})
    _, (labels, values) = run(implied_role.CreateImpliedRole,
                              ['admin', '--implied-role', 'member'],
                              identity)
    identity.put.assert_called_once_with('/roles/ra/implies/rm')
    assert labels == ('implies', 'prior_role')
    assert values == ('rm', 'ra')


def test_create_existing_rule_is_conflict(identity):
    identity.put.return_value = rest_fakes.response(
        409, {'error': {'message': 'Duplicate entry.', 'code': 409}})
    with pytest.raises(sdk_exc.ConflictException) as info:
        run(implied_role.CreateImpliedRole,
            ['admin', '--implied-role', 'member'], identity)
    assert errors.exit_code_for(info.value) == errors.CONFLICT


@pytest.mark.parametrize('cls', [implied_role.CreateImpliedRole,
                                 implied_role.DeleteImpliedRole])
def test_implied_role_is_required(identity, capsys, cls):
    with pytest.raises(SystemExit):
        run(cls, ['admin'], identity)
    assert '--implied-role' in capsys.readouterr().err


@pytest.mark.parametrize('cls', [implied_role.CreateImpliedRole,
                                 implied_role.DeleteImpliedRole])
def test_unknown_role_is_not_found(identity, cls):
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(cls, ['admin', '--implied-role', 'nope'], identity)
    identity.put.assert_not_called()
    identity.delete.assert_not_called()


def test_delete(identity):
    identity.delete.return_value = rest_fakes.response(204)
    _, result = run(implied_role.DeleteImpliedRole,
                    ['member', '--implied-role', 'admin'], identity)
    identity.delete.assert_called_once_with('/roles/rm/implies/ra')
    assert result is None


def test_delete_missing_rule_is_not_found(identity):
    identity.delete.return_value = rest_fakes.response(
        404, {'error': {'message': 'ra does not imply rm', 'code': 404}})
    with pytest.raises(sdk_exc.NotFoundException):
        run(implied_role.DeleteImpliedRole,
            ['admin', '--implied-role', 'member'], identity)


def test_list_one_row_per_implied_role(identity):
    identity.get.return_value = rest_fakes.response(200, {
        'role_inferences': [
            {'prior_role': _ref('ra', 'admin'),
             'implies': [_ref('rm', 'member'), _ref('rr', 'reader')]},
            {'prior_role': _ref('rm', 'member'),
             'implies': [_ref('rr', 'reader')]},
        ],
        'links': {'self': 'x'}})
    _, (labels, rows) = run(implied_role.ListImpliedRole, [], identity)
    identity.get.assert_called_once_with('/role_inferences')
    assert labels == ('Prior Role ID', 'Prior Role Name', 'Implied Role ID',
                      'Implied Role Name')
    assert rows == [('ra', 'admin', 'rm', 'member'),
                    ('ra', 'admin', 'rr', 'reader'),
                    ('rm', 'member', 'rr', 'reader')]


def test_list_forbidden(identity):
    identity.get.return_value = rest_fakes.response(
        403, {'error': {'message': 'not allowed', 'code': 403}})
    with pytest.raises(sdk_exc.ForbiddenException):
        run(implied_role.ListImpliedRole, [], identity)
