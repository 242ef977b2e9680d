"""Unit tests: service provider commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import service_provider as sdk_sp

from openstackclient.cli import errors
from openstackclient.identity.v3 import service_provider
from tests.unit import fakes

SP = sdk_sp.ServiceProvider(
    id='sp1', is_enabled=True, description=None, auth_url='http://a/v3',
    sp_url='http://a/sp', relay_state_prefix='ss:mem:')

URLS = ['--auth-url', 'http://a/v3', '--service-provider-url', 'http://a/sp']


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.create_service_provider.return_value = SP
    proxy.update_service_provider.return_value = SP
    proxy.get_service_provider.return_value = SP
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


def test_create(identity):
    _, (labels, values) = run(service_provider.CreateServiceProvider,
                              ['sp1', *URLS], identity)
    identity.create_service_provider.assert_called_once_with(
        id='sp1', auth_url='http://a/v3', sp_url='http://a/sp',
        is_enabled=True)
    assert labels == ('id', 'enabled', 'description', 'auth_url', 'sp_url',
                      'relay_state_prefix')
    assert values == ('sp1', True, None, 'http://a/v3', 'http://a/sp',
                      'ss:mem:')


def test_create_disabled_with_description(identity):
    run(service_provider.CreateServiceProvider,
        ['sp1', *URLS, '--disable', '--description', 'd'], identity)
    identity.create_service_provider.assert_called_once_with(
        id='sp1', auth_url='http://a/v3', description='d',
        sp_url='http://a/sp', is_enabled=False)


@pytest.mark.parametrize('argv', [
    ['sp1', '--auth-url', 'http://a/v3'],
    ['sp1', '--service-provider-url', 'http://a/sp'],
    ['sp1', *URLS, '--enable', '--disable'],
])
def test_create_bad_arguments(identity, argv):
    with pytest.raises(SystemExit):
        run(service_provider.CreateServiceProvider, argv, identity)


def test_delete_many(identity):
    run(service_provider.DeleteServiceProvider, ['a', 'b'], identity)
    assert sorted(identity.delete_service_provider.call_args_list) == [
        (('a',), {'ignore_missing': False}),
        (('b',), {'ignore_missing': False}),
    ]


def test_delete_missing_is_not_found(identity):
    identity.delete_service_provider.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError,
                       match="No service provider .*'sp9'"):
        run(service_provider.DeleteServiceProvider, ['sp9'], identity)


def test_list(identity):
    identity.service_providers.return_value = [SP]
    _, (labels, rows) = run(service_provider.ListServiceProvider, [],
                            identity)
    identity.service_providers.assert_called_once_with()
    assert labels == ('ID', 'Enabled', 'Description', 'Auth URL',
                      'Service Provider URL', 'Relay State Prefix')
    assert rows == [('sp1', True, None, 'http://a/v3', 'http://a/sp',
                     'ss:mem:')]


def test_set_shows_the_result(identity):
    _, (labels, values) = run(
        service_provider.SetServiceProvider,
        ['sp1', '--disable', '--description', '', '--auth-url', 'http://b',
         '--service-provider-url', 'http://b/sp'], identity)
    identity.update_service_provider.assert_called_once_with(
        'sp1', auth_url='http://b', description='', sp_url='http://b/sp',
        is_enabled=False)
    identity.get_service_provider.assert_not_called()
    assert labels[0] == 'id' and values[0] == 'sp1'


def test_set_nothing_only_shows(identity):
    _, (_, values) = run(service_provider.SetServiceProvider, ['sp1'],
                         identity)
    identity.update_service_provider.assert_not_called()
    identity.get_service_provider.assert_called_once_with('sp1')
    assert values[0] == 'sp1'


def test_set_missing_is_not_found(identity):
    identity.update_service_provider.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError, match="'sp9'"):
        run(service_provider.SetServiceProvider, ['sp9', '--enable'],
            identity)


def test_show(identity):
    parsed, (labels, values) = run(service_provider.ShowServiceProvider,
                                   ['sp1'], identity)
    assert parsed.service_provider == 'sp1'
    identity.get_service_provider.assert_called_once_with('sp1')
    assert dict(zip(labels, values))['sp_url'] == 'http://a/sp'


def test_show_missing_is_not_found(identity):
    identity.get_service_provider.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError,
                       match="No service provider with a name or ID of "
                             "'sp9' exists"):
        run(service_provider.ShowServiceProvider, ['sp9'], identity)
