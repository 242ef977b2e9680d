"""Unit tests: volume group and volume group snapshot commands."""

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_group as vg
from openstackclient.volume.v3 import volume_group_snapshot as vgs
from tests.unit.volume.v3.vfakes import proxy, run, thing


def group(**attrs):
    data = dict(id='g1', status='available', name='app', description=None,
                group_type='t1', volume_types=['vt1'],
                availability_zone='nova', created_at='t', volumes=[],
                group_snapshot_id=None, source_group_id=None)
    data.update(attrs)
    return thing(**data)


def test_create_from_group_type():
    volume = proxy()
    volume.find_group_type.return_value = thing(id='t1')
    volume.find_type.return_value = thing(id='vt1')
    volume.create_group.return_value = thing(id='g1')
    volume.get_group.return_value = group()
    labels, values = run(vg.CreateVolumeGroup, [
        '--volume-group-type', 'gold', '--volume-type', 'fast', '--name',
        'app', '--availability-zone', 'nova'], volume)
    volume.create_group.assert_called_once_with(
        group_type='t1', volume_types=['vt1'], name='app',
        availability_zone='nova')
    assert volume.default_microversion == '3.13'
    assert labels[:3] == ('ID', 'Status', 'Name')
    assert values[0] == 'g1'


def test_create_needs_volume_types_or_a_source():
    with pytest.raises(errors.UsageError, match='--volume-type is required'):
        run(vg.CreateVolumeGroup, ['--volume-group-type', 'gold'], proxy())
    with pytest.raises(errors.UsageError, match='--source-group'):
        run(vg.CreateVolumeGroup, [], proxy())
    with pytest.raises(SystemExit):
        run(vg.CreateVolumeGroup, ['--source-group', 'a',
                                   '--group-snapshot', 'b'], proxy())


def test_create_from_snapshot_needs_3_14():
    volume = proxy()
    with pytest.raises(errors.UsageError) as exc:
        run(vg.CreateVolumeGroup, ['--group-snapshot', 's'], volume,
            version='3.13')
    assert '3.14' in str(exc.value)
    volume = proxy()
    volume.find_group_snapshot.return_value = thing(id='s1')
    volume.post.return_value = thing(
        status_code=202, headers={}, json=lambda: {'group': {'id': 'g2'}})
    volume.get_group.return_value = group(id='g2')
    from unittest import mock
    with mock.patch('openstack.exceptions.raise_from_response'):
        run(vg.CreateVolumeGroup, ['--group-snapshot', 's', '--name', 'c'],
            volume)
    volume.post.assert_called_once_with('/groups/action', json={
        'create-from-src': {'name': 'c', 'group_snapshot_id': 's1'}})
    volume.get_group.assert_called_once_with('g2')
    assert volume.default_microversion == '3.14'


def test_delete_force_deletes_volumes():
    volume = proxy()
    volume.find_group.return_value = group()
    run(vg.DeleteVolumeGroup, ['app', '--force'], volume)
    volume.delete_group.assert_called_once_with(
        volume.find_group.return_value, delete_volumes=True)


def test_set_replication_needs_3_38():
    volume = proxy()
    with pytest.raises(errors.UsageError, match='--enable-replication'):
        run(vg.SetVolumeGroup, ['app', '--enable-replication'], volume,
            version='3.30')
    volume.find_group.return_value = group()
    volume.get_group.return_value = group(name='new')
    run(vg.SetVolumeGroup, ['app', '--disable-replication', '--name', 'new'],
        volume)
    volume.disable_group_replication.assert_called_once()
    volume.update_group.assert_called_once_with(
        volume.find_group.return_value, name='new')


def test_show_volumes_needs_3_25():
    volume = proxy()
    with pytest.raises(errors.UsageError, match='--volumes needs'):
        run(vg.ShowVolumeGroup, ['app', '--volumes'], volume, version='3.20')
    volume.find_group.return_value = group()
    volume.get_group.return_value = group(volumes=['v1'])
    labels, values = run(vg.ShowVolumeGroup, ['app', '--volumes'], volume)
    volume.get_group.assert_called_once_with('g1', list_volume=True)


def test_add_and_remove_volumes_send_one_update():
    volume = proxy()
    volume.find_group.return_value = group()
    volume.find_volume.side_effect = lambda n, **kw: thing(id='id-' + n)
    run(vg.AddVolumesToGroup, ['app', 'a', 'b'], volume)
    volume.update_group.assert_called_once_with(
        volume.find_group.return_value, add_volumes='id-a,id-b')
    run(vg.RemoveVolumesFromGroup, ['app', 'a'], volume)
    volume.update_group.assert_called_with(
        volume.find_group.return_value, remove_volumes='id-a')


def test_failover():
    volume = proxy()
    volume.find_group.return_value = group()
    run(vg.FailoverVolumeGroup, ['app', '--allow-attached-volume',
                                 '--secondary-backend-id', 'b2'], volume)
    volume.failover_group_replication.assert_called_once_with(
        volume.find_group.return_value, allowed_attached_volume=True,
        secondary_backend_id='b2')
    assert volume.default_microversion == '3.38'


def test_list_all_projects():
    volume = proxy()
    volume.groups.return_value = [group()]
    labels, rows = run(vg.ListVolumeGroup, ['--all-projects'], volume)
    volume.groups.assert_called_once_with(all_projects=True)
    assert (labels, rows) == (('ID', 'Status', 'Name'),
                              [('g1', 'available', 'app')])


def test_group_snapshot_create_list_show_delete():
    volume = proxy()
    volume.find_group.return_value = group()
    snap = thing(id='s1', status='creating', name='s', description=None,
                 group_id='g1', group_type_id='t1')
    volume.create_group_snapshot.return_value = snap
    labels, values = run(vgs.CreateVolumeGroupSnapshot, ['app', '--name',
                                                         's'], volume)
    volume.create_group_snapshot.assert_called_once_with(group_id='g1',
                                                         name='s')
    assert labels == ('ID', 'Status', 'Name', 'Description', 'Group',
                      'Group Type')
    assert volume.default_microversion == '3.14'
    volume.group_snapshots.return_value = [snap]
    assert run(vgs.ListVolumeGroupSnapshot, [], volume)[1] == [
        ('s1', 'creating', 's')]
    volume.find_group_snapshot.return_value = snap
    assert run(vgs.ShowVolumeGroupSnapshot, ['s'], volume)[1][0] == 's1'
    run(vgs.DeleteVolumeGroupSnapshot, ['s'], volume)
    volume.delete_group_snapshot.assert_called_once_with(
        snap, ignore_missing=False)


def test_group_snapshot_needs_3_14():
    with pytest.raises(errors.UsageError) as exc:
        run(vgs.ListVolumeGroupSnapshot, [], proxy(server_max=(3, 13)))
    assert str(exc.value) == (
        "'volume group snapshot list' needs block storage API 3.14 or "
        'greater; this cloud offers up to 3.13')
