"""Unit tests: block storage resource filter list/show (3.33)."""

import pytest
from openstack.block_storage.v3 import resource_filter as sdk_filter

from openstackclient.cli import errors
from openstackclient.volume.v3 import block_storage_resource_filter as rf
from tests.unit.volume.v3 import volume_fakes

VOLUME_FILTERS = sdk_filter.ResourceFilter(resource='volume',
                                           filters=['size', 'name'])


def test_list_and_show():
    volume = volume_fakes.proxy()
    volume.resource_filters.return_value = [VOLUME_FILTERS]
    _, (labels, rows), _ = volume_fakes.run(
        rf.ListBlockStorageResourceFilter, [], volume)
    assert labels == ('Resource', 'Filters')
    assert rows[0][1].human_readable() == 'name, size'
    assert volume.default_microversion == '3.33'
    _, (labels, values), _ = volume_fakes.run(
        rf.ShowBlockStorageResourceFilter, ['volume'], volume)
    volume.resource_filters.assert_called_with(resource='volume')
    assert values[0] == 'volume'


def test_show_unknown_is_not_found():
    volume = volume_fakes.proxy()
    volume.resource_filters.return_value = iter(())
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        volume_fakes.run(rf.ShowBlockStorageResourceFilter, ['nope'], volume)


def test_needs_3_33():
    with pytest.raises(errors.UsageError, match='3.33'):
        volume_fakes.run(rf.ListBlockStorageResourceFilter, [],
                         volume_fakes.proxy(server_max=(3, 30)))
