"""Unit tests: volume snapshot create/delete/list/set/show/unset."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_snapshot as vs
from tests.unit.volume.v3 import volume_fakes as vf

SNAPSHOT = vf.make_snapshot(metadata={'a': 'b'})
VOLUME = vf.make_volume()


@pytest.fixture
def volume():
    proxy = vf.proxy()
    proxy.find_volume.return_value = VOLUME
    proxy.find_snapshot.return_value = SNAPSHOT
    proxy.create_snapshot.return_value = SNAPSHOT
    proxy.get_snapshot.return_value = SNAPSHOT
    proxy.snapshots.return_value = [SNAPSHOT]
    return proxy


def test_create_defaults_volume_to_the_name(volume):
    _, (labels, values), _ = vf.run(vs.CreateVolumeSnapshot, ['vol'], volume)
    volume.find_volume.assert_called_once_with('vol', ignore_missing=False)
    volume.create_snapshot.assert_called_once_with(volume_id='v1',
                                                   name='vol')
    assert list(labels) == sorted(labels)
    assert 'properties' in labels and 'metadata' not in labels
    for hidden in ('user_id', 'updated_at', 'force', 'consumes_quota',
                   'os-extended-snapshot-attributes:progress'):
        assert hidden not in labels


def test_create_sends_force_only_before_3_66(volume):
    vf.run(vs.CreateVolumeSnapshot,
           ['s', '--volume', 'vol', '--force', '--description', 'd',
            '--property', 'k=v'], volume, version='3.65')
    volume.create_snapshot.assert_called_once_with(
        volume_id='v1', name='s', description='d', metadata={'k': 'v'},
        force=True)


def test_create_wait_fails_on_error(volume):
    volume.get_snapshot.return_value = vf.make_snapshot(status='error')
    volume.get.return_value = types.SimpleNamespace(status_code=404)
    with pytest.raises(errors.CommandError) as exc:
        vf.run(vs.CreateVolumeSnapshot, ['s', '--volume', 'v', '--wait'],
               volume)
    assert str(exc.value) == 'snapshot s went to status error'


def test_create_remote_source_manages(volume):
    volume.manage_snapshot.return_value = SNAPSHOT
    vf.run(vs.CreateVolumeSnapshot,
           ['s', '--volume', 'v', '--remote-source', 'source-name=x'], volume)
    volume.manage_snapshot.assert_called_once_with(
        ref={'source-name': 'x'}, volume_id='v1', name='s')
    volume.create_snapshot.assert_not_called()


def test_delete_several(volume):
    vf.run(vs.DeleteVolumeSnapshot, ['a', 'b', '--force'], volume)
    assert volume.delete_snapshot.call_count == 2
    volume.delete_snapshot.assert_called_with(SNAPSHOT, ignore_missing=False,
                                              force=True)


def test_delete_partial_failure_summary(volume):
    from openstack import exceptions
    volume.find_snapshot.side_effect = [
        SNAPSHOT, exceptions.NotFoundException('gone')]
    with pytest.raises(errors.CommandError) as exc:
        vf.run(vs.DeleteVolumeSnapshot, ['a', 'b', '--parallel', '1'],
               volume)
    assert str(exc.value) == '1 of 2 snapshots failed to delete: b'
    assert exc.value.exit_code == errors.NOT_FOUND


def test_list_plain_and_long(volume):
    _, (labels, rows), _ = vf.run(vs.ListVolumeSnapshot, [], volume)
    assert labels == ('ID', 'Name', 'Description', 'Status', 'Size')
    volume.snapshots.assert_called_once_with(all_projects=False)
    volume.volumes.assert_not_called()
    volume.volumes.return_value = [VOLUME]
    _, (labels, rows), _ = vf.run(vs.ListVolumeSnapshot, ['--long'], volume)
    assert labels[5:] == ('Created At', 'Volume', 'Properties')
    assert rows[0][6].human_readable() == 'vol'
    assert rows[0][6].machine_readable() == 'v1'


def test_list_filters_and_pages(volume):
    vf.run(vs.ListVolumeSnapshot,
           ['--name', 'snap', '--status', 'available', '--volume', 'vol',
            '--all-projects', '--limit', '1', '--marker', 'm',
            '--max-items', '5'], volume)
    volume.snapshots.assert_called_once_with(
        all_projects=True, limit=1, marker='m', max_items=5,
        volume_id='v1', name='snap', status='available')


def test_list_status_choices(volume):
    with pytest.raises(SystemExit):
        vf.run(vs.ListVolumeSnapshot, ['--status', 'in-use'], volume)


def test_set(volume):
    vf.run(vs.SetVolumeSnapshot,
           ['snap', '--name', 'n', '--description', 'd', '--no-property',
            '--property', 'x=y', '--state', 'error'], volume)
    volume.delete_snapshot_metadata.assert_called_once_with(SNAPSHOT,
                                                            keys=['a'])
    volume.set_snapshot_metadata.assert_called_once_with(SNAPSHOT, x='y')
    volume.reset_snapshot_status.assert_called_once_with(SNAPSHOT, 'error')
    volume.update_snapshot.assert_called_once_with(SNAPSHOT, name='n',
                                                   description='d')


def test_show_and_unset(volume):
    _, (labels, values), _ = vf.run(vs.ShowVolumeSnapshot, ['snap'], volume)
    assert dict(zip(labels, values))['volume_id'] == 'v1'
    vf.run(vs.UnsetVolumeSnapshot, ['snap', '--property', 'a'], volume)
    volume.delete_snapshot_metadata.assert_called_once_with(SNAPSHOT,
                                                            keys=['a'])
