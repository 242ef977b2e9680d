"""Unit tests: identity v3 domain commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain

from openstackclient.cli import errors
from openstackclient.identity.v3 import domain
from tests.unit import fakes

DOMAIN = sdk_domain.Domain(id='d1', name='dom', is_enabled=True,
                           description='desc', options={})


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_domain.return_value = DOMAIN
    return proxy


def test_create_defaults(identity):
    identity.create_domain.return_value = DOMAIN
    _, (labels, values) = fakes.run_command(
        domain.CreateDomain, ['dom'], identity=identity)
    identity.create_domain.assert_called_once_with(
        name='dom', description=None, is_enabled=True, options={})
    assert labels == ('id', 'name', 'enabled', 'description', 'options')
    assert values == ('d1', 'dom', True, 'desc', {})


def test_create_disabled_immutable(identity):
    identity.create_domain.return_value = DOMAIN
    fakes.run_command(
        domain.CreateDomain,
        ['dom', '--disable', '--description', 'x', '--immutable'],
        identity=identity)
    identity.create_domain.assert_called_once_with(
        name='dom', description='x', is_enabled=False,
        options={'immutable': True})


def test_create_or_show_returns_existing(identity):
    identity.create_domain.side_effect = sdk_exc.ConflictException('dup')
    _, (_, values) = fakes.run_command(
        domain.CreateDomain, ['dom', '--or-show'], identity=identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    assert values[0] == 'd1'


def test_create_conflict_without_or_show_fails(identity):
    identity.create_domain.side_effect = sdk_exc.ConflictException('dup')
    with pytest.raises(sdk_exc.ConflictException):
        fakes.run_command(domain.CreateDomain, ['dom'], identity=identity)


def test_enable_and_disable_exclusive(identity):
    with pytest.raises(SystemExit):
        fakes.run_command(domain.CreateDomain,
                          ['dom', '--enable', '--disable'], identity=identity)


def test_delete_many(identity):
    fakes.run_command(domain.DeleteDomain, ['a', 'b'], identity=identity)
    assert identity.delete_domain.call_count == 2
    identity.delete_domain.assert_called_with('d1')


def test_delete_unknown_is_not_found(identity):
    identity.find_domain.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        fakes.run_command(domain.DeleteDomain, ['nope'], identity=identity)


def test_list_filters(identity):
    identity.domains.return_value = [DOMAIN]
    _, (labels, rows) = fakes.run_command(
        domain.ListDomain, ['--name', 'dom', '--enabled'], identity=identity)
    identity.domains.assert_called_once_with(name='dom', is_enabled=True)
    assert labels == ('ID', 'Name', 'Enabled', 'Description')
    assert rows == [('d1', 'dom', True, 'desc')]


def test_list_no_filters(identity):
    identity.domains.return_value = []
    fakes.run_command(domain.ListDomain, [], identity=identity)
    identity.domains.assert_called_once_with()


def test_set_only_given_fields(identity):
    fakes.run_command(domain.SetDomain, ['dom', '--disable', '--name', 'n'],
                      identity=identity)
    identity.update_domain.assert_called_once_with(
        'd1', name='n', is_enabled=False)


def test_set_empty_description_and_mutable(identity):
    fakes.run_command(
        domain.SetDomain, ['dom', '--description', '', '--no-immutable'],
        identity=identity)
    identity.update_domain.assert_called_once_with(
        'd1', description='', options={'immutable': False})


def test_set_nothing_makes_no_request(identity):
    fakes.run_command(domain.SetDomain, ['dom'], identity=identity)
    identity.update_domain.assert_not_called()


def test_show(identity):
    _, (labels, values) = fakes.run_command(
        domain.ShowDomain, ['dom'], identity=identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    assert dict(zip(labels, values))['enabled'] is True
