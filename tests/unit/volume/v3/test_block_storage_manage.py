"""Unit tests: block storage volume/snapshot manageable list (3.8)."""

import pytest
from openstack.block_storage.v3 import manageable_volume as sdk_mv

from openstackclient.cli import errors
from openstackclient.volume.v3 import block_storage_manage as manage
from tests.unit.volume.v3 import volume_fakes

ITEM = sdk_mv.ManageableVolume(reference={'source-name': 'x'}, size=1,
                               safe_to_manage=True, reason_not_safe=None,
                               cinder_id=None, extra_info=None)


def test_volumes_on_a_host_long():
    volume = volume_fakes.proxy()
    volume.manageable_volumes.return_value = [ITEM]
    _, (labels, rows), _ = volume_fakes.run(
        manage.BlockStorageManageVolumes, ['h@b#p', '--long', '--limit', '5'],
        volume)
    volume.manageable_volumes.assert_called_once_with(details=True,
                                                      host='h@b#p', limit='5')
    assert volume.default_microversion == '3.8'
    assert labels == ('reference', 'size', 'safe_to_manage',
                      'reason_not_safe', 'cinder_id', 'extra_info')
    assert rows[0][1:3] == (1, True)


def test_snapshots_on_a_cluster_need_3_17():
    volume = volume_fakes.proxy()
    volume.manageable_snapshots.return_value = []
    _, (labels, rows), _ = volume_fakes.run(
        manage.BlockStorageManageSnapshots, ['--cluster', 'c@b'], volume)
    assert labels[-1] == 'source_reference' and rows == []
    assert volume.default_microversion == '3.17'
    with pytest.raises(errors.UsageError, match='--cluster needs'):
        volume_fakes.run(manage.BlockStorageManageSnapshots,
                         ['--cluster', 'c@b'], volume, version='3.10')


def test_host_or_cluster_is_needed():
    with pytest.raises(errors.UsageError, match='Either <host>'):
        volume_fakes.run(manage.BlockStorageManageVolumes, [],
                         volume_fakes.proxy())
