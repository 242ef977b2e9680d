"""Unit tests: identity v3 region commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import region as sdk_region

from openstackclient.cli import errors
from openstackclient.identity.v3 import region
from tests.unit import fakes

REGION = sdk_region.Region(id='r1', description='desc',
                           parent_region_id='r0')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.get_region.return_value = REGION
    return proxy


def test_create(identity):
    identity.create_region.return_value = REGION
    _, (labels, values) = fakes.run_command(
        region.CreateRegion,
        ['r1', '--parent-region', 'r0', '--description', 'desc'],
        identity=identity)
    identity.create_region.assert_called_once_with(
        id='r1', parent_region_id='r0', description='desc')
    assert labels == ('region', 'description', 'parent_region')
    assert values == ('r1', 'desc', 'r0')


def test_create_defaults(identity):
    identity.create_region.return_value = REGION
    fakes.run_command(region.CreateRegion, ['r1'], identity=identity)
    identity.create_region.assert_called_once_with(
        id='r1', parent_region_id=None, description=None)


def test_delete_many(identity):
    fakes.run_command(region.DeleteRegion, ['r1', 'r2'], identity=identity)
    assert identity.get_region.call_count == 2
    assert identity.delete_region.call_count == 2
    identity.delete_region.assert_called_with('r1')


def test_delete_unknown(identity):
    identity.get_region.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        fakes.run_command(region.DeleteRegion, ['nope'], identity=identity)
    identity.delete_region.assert_not_called()


def test_list(identity):
    identity.regions.return_value = [REGION]
    _, (labels, rows) = fakes.run_command(region.ListRegion, [],
                                          identity=identity)
    identity.regions.assert_called_once_with()
    assert labels == ('Region', 'Parent Region', 'Description')
    assert rows == [('r1', 'r0', 'desc')]


def test_list_children(identity):
    identity.regions.return_value = []
    fakes.run_command(region.ListRegion, ['--parent-region', 'r0'],
                      identity=identity)
    identity.regions.assert_called_once_with(parent_region_id='r0')


def test_set(identity):
    fakes.run_command(region.SetRegion,
                      ['r1', '--parent-region', 'r2', '--description', ''],
                      identity=identity)
    identity.get_region.assert_called_once_with('r1')
    identity.update_region.assert_called_once_with(
        'r1', parent_region_id='r2', description='')


def test_set_nothing(identity):
    fakes.run_command(region.SetRegion, ['r1'], identity=identity)
    identity.update_region.assert_not_called()


def test_show(identity):
    _, (labels, values) = fakes.run_command(region.ShowRegion, ['r1'],
                                            identity=identity)
    identity.get_region.assert_called_once_with('r1')
    assert dict(zip(labels, values)) == {
        'region': 'r1', 'description': 'desc', 'parent_region': 'r0'}
