"""Unit tests: identity v3 service commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.identity.v3 import service
from tests.unit import fakes

SERVICE = sdk_service.Service(id='s1', name='glance', type='image',
                              is_enabled=True, description='images')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_service.return_value = SERVICE
    return proxy


def test_create(identity):
    identity.create_service.return_value = SERVICE
    _, (labels, values) = fakes.run_command(
        service.CreateService,
        ['image', '--name', 'glance', '--description', 'images'],
        identity=identity)
    identity.create_service.assert_called_once_with(
        name='glance', type='image', description='images', is_enabled=True)
    assert labels == ('id', 'name', 'type', 'enabled', 'description')
    assert values == ('s1', 'glance', 'image', True, 'images')


def test_create_disabled(identity):
    identity.create_service.return_value = SERVICE
    fakes.run_command(service.CreateService, ['image', '--disable'],
                      identity=identity)
    identity.create_service.assert_called_once_with(
        type='image', is_enabled=False)


def test_delete_by_type(identity):
    identity.find_service.side_effect = sdk_exc.NotFoundException('no')
    identity.services.return_value = iter([SERVICE])
    fakes.run_command(service.DeleteService, ['image'], identity=identity)
    identity.services.assert_called_once_with(type='image')
    identity.delete_service.assert_called_once_with('s1')


def test_delete_many_reports_failures(identity):
    identity.find_service.side_effect = [
        SERVICE, sdk_exc.DuplicateResource('two')]
    with pytest.raises(errors.CommandError,
                       match='1 of 2 services failed to delete: dup'):
        fakes.run_command(service.DeleteService,
                          ['glance', 'dup', '--parallel', '1'],
                          identity=identity)
    identity.delete_service.assert_called_once_with('s1')


def test_list(identity):
    identity.services.return_value = [SERVICE]
    _, (labels, rows) = fakes.run_command(service.ListService, [],
                                          identity=identity)
    identity.services.assert_called_once_with()
    assert labels == ('ID', 'Name', 'Type')
    assert rows == [('s1', 'glance', 'image')]


def test_list_long(identity):
    identity.services.return_value = [SERVICE]
    _, (labels, rows) = fakes.run_command(service.ListService, ['--long'],
                                          identity=identity)
    assert labels == ('ID', 'Name', 'Type', 'Description', 'Enabled')
    assert rows == [('s1', 'glance', 'image', 'images', True)]


def test_set(identity):
    fakes.run_command(
        service.SetService,
        ['glance', '--type', 'img', '--name', 'g2', '--description', '',
         '--disable'],
        identity=identity)
    identity.find_service.assert_called_once_with('glance',
                                                  ignore_missing=False)
    identity.update_service.assert_called_once_with(
        's1', type='img', name='g2', description='', is_enabled=False)


def test_set_nothing(identity):
    fakes.run_command(service.SetService, ['glance'], identity=identity)
    identity.update_service.assert_not_called()


def test_show(identity):
    _, (labels, values) = fakes.run_command(service.ShowService, ['s1'],
                                            identity=identity)
    identity.find_service.assert_called_once_with('s1', ignore_missing=False)
    assert dict(zip(labels, values))['type'] == 'image'
