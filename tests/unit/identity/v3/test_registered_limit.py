"""Unit tests: registered limit commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import region as sdk_region
from openstack.identity.v3 import registered_limit as sdk_registered_limit
from openstack.identity.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.identity.v3 import registered_limit
from tests.unit import fakes

LIMIT = sdk_registered_limit.RegisteredLimit(
    id='rl1', service_id='s1', resource_name='cores', default_limit=10,
    description='desc', region_id='r1')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_service.return_value = sdk_service.Service(id='s1',
                                                          type='compute')
    proxy.get_region.return_value = sdk_region.Region(id='r1')
    proxy.get_registered_limit.return_value = LIMIT
    return proxy


def test_create(identity):
    identity.create_registered_limit.return_value = LIMIT
    _, (labels, values) = fakes.run_command(
        registered_limit.CreateRegisteredLimit,
        ['--service', 'nova', '--default-limit', '10', '--region', 'r1',
         '--description', 'desc', 'cores'],
        identity=identity)
    identity.find_service.assert_called_once_with('nova',
                                                  ignore_missing=False)
    identity.create_registered_limit.assert_called_once_with(
        service_id='s1', resource_name='cores', default_limit=10,
        description='desc', region_id='r1')
    assert labels == ('default_limit', 'description', 'id', 'region_id',
                      'resource_name', 'service_id')
    assert values == (10, 'desc', 'rl1', 'r1', 'cores', 's1')


def test_create_minimal(identity):
    identity.create_registered_limit.return_value = LIMIT
    fakes.run_command(registered_limit.CreateRegisteredLimit,
                      ['--service', 'nova', '--default-limit', '0', 'cores'],
                      identity=identity)
    identity.create_registered_limit.assert_called_once_with(
        service_id='s1', resource_name='cores', default_limit=0)


@pytest.mark.parametrize('argv', [
    ['--default-limit', '1', 'cores'],
    ['--service', 'nova', 'cores'],
    ['--service', 'nova', '--default-limit', 'many', 'cores'],
])
def test_create_usage_errors(identity, argv):
    with pytest.raises(SystemExit):
        fakes.run_command(registered_limit.CreateRegisteredLimit, argv,
                          identity=identity)


def test_delete_many(identity):
    fakes.run_command(registered_limit.DeleteRegisteredLimit, ['rl1', 'rl1'],
                      identity=identity)
    identity.get_registered_limit.assert_called_with('rl1')
    assert identity.delete_registered_limit.call_count == 2


def test_list_filters(identity):
    identity.registered_limits.return_value = [LIMIT]
    _, (labels, rows) = fakes.run_command(
        registered_limit.ListRegisteredLimit,
        ['--service', 'nova', '--resource-name', 'cores', '--region', 'r1'],
        identity=identity)
    identity.registered_limits.assert_called_once_with(
        service_id='s1', region_id='r1', resource_name='cores')
    assert labels == ('ID', 'Service ID', 'Resource Name', 'Default Limit',
                      'Description', 'Region ID')
    assert rows == [('rl1', 's1', 'cores', 10, 'desc', 'r1')]


def test_list_unfiltered(identity):
    identity.registered_limits.return_value = []
    fakes.run_command(registered_limit.ListRegisteredLimit, [],
                      identity=identity)
    identity.registered_limits.assert_called_once_with()


def test_set_returns_updated(identity):
    identity.update_registered_limit.return_value = LIMIT
    _, (_, values) = fakes.run_command(
        registered_limit.SetRegisteredLimit,
        ['rl1', '--service', 'nova', '--resource-name', 'cores',
         '--default-limit', '0', '--description', '', '--region', 'r1'],
        identity=identity)
    identity.update_registered_limit.assert_called_once_with(
        'rl1', service_id='s1', resource_name='cores', default_limit=0,
        description='', region_id='r1')
    assert values[2] == 'rl1'


def test_set_nothing_shows(identity):
    _, (_, values) = fakes.run_command(
        registered_limit.SetRegisteredLimit, ['rl1'], identity=identity)
    identity.update_registered_limit.assert_not_called()
    identity.get_registered_limit.assert_called_once_with('rl1')
    assert values[0] == 10


def test_show_unknown(identity):
    identity.get_registered_limit.side_effect = sdk_exc.NotFoundException('x')
    with pytest.raises(errors.NotFoundError, match="registered limit"):
        fakes.run_command(registered_limit.ShowRegisteredLimit, ['rl9'],
                          identity=identity)


def test_show(identity):
    _, (labels, values) = fakes.run_command(
        registered_limit.ShowRegisteredLimit, ['rl1'], identity=identity)
    identity.get_registered_limit.assert_called_once_with('rl1')
    assert dict(zip(labels, values))['resource_name'] == 'cores'
