"""Unit tests: volume list/show/set/unset/delete/migrate/revert/summary."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3.volume import actions
from openstackclient.volume.v3.volume import delete
from openstackclient.volume.v3.volume import list as list_
from openstackclient.volume.v3.volume import set as set_
from openstackclient.volume.v3.volume import show
from tests.unit.volume.v3 import volume_fakes as vf

VOLUME = vf.make_volume(metadata={'a': 'b'})
ATTACHED = vf.make_volume(id='v2', name='used', status='in-use', attachments=[
    {'server_id': 'srv1', 'device': '/dev/vdb'}])


@pytest.fixture
def volume():
    proxy = vf.proxy()
    proxy.find_volume.return_value = VOLUME
    proxy.volumes.return_value = [VOLUME, ATTACHED]
    return proxy


def test_list_columns_and_defaults(volume):
    _, (labels, rows), _ = vf.run(list_.ListVolume, [], volume)
    assert labels == ('ID', 'Name', 'Status', 'Size', 'Attached to')
    volume.volumes.assert_called_once_with(all_projects=False)
    assert rows[0][:4] == ('v1', 'vol', 'available', 1)
    assert rows[1][4].human_readable() == 'Attached to srv1 on /dev/vdb '
    assert rows[1][4].machine_readable() == ATTACHED.attachments


def test_list_long_names_servers_when_compute_answers(volume):
    compute = types.SimpleNamespace(servers=lambda: [
        types.SimpleNamespace(id='srv1', name='web')])
    _, (labels, rows), _ = vf.run(list_.ListVolume, ['--long'], volume,
                                  compute=compute)
    assert labels == ('ID', 'Name', 'Status', 'Size', 'Type', 'Bootable',
                      'Attached to', 'Properties')
    assert rows[1][6].human_readable() == 'Attached to web on /dev/vdb '
    assert rows[0][7].human_readable() == "a='b'"


def test_list_filters_and_pages(volume):
    identity = types.SimpleNamespace(
        find_project=lambda n, ignore_missing, **kw: types.SimpleNamespace(
            id='p-' + n),
        find_user=lambda n, ignore_missing, **kw: types.SimpleNamespace(
            id='u-' + n))
    vf.run(list_.ListVolume,
           ['--name', 'vol', '--status', 'available', '--project', 'demo',
            '--user', 'bob', '--limit', '2', '--marker', 'v0',
            '--property', 'a=b'], volume, identity=identity)
    volume.volumes.assert_called_once_with(
        all_projects=True, limit=2, marker='v0', name='vol',
        status='available', project_id='p-demo', user_id='u-bob',
        properties="{'a': 'b'}")


def test_list_rejects_a_negative_limit(volume):
    with pytest.raises(SystemExit):
        vf.run(list_.ListVolume, ['--limit', '-1'], volume)


def test_show(volume):
    _, (labels, values), _ = vf.run(show.ShowVolume, ['vol'], volume)
    assert dict(zip(labels, values))['properties'].machine_readable() == {
        'a': 'b'}


def test_show_missing_is_exit_5(volume):
    from openstack import exceptions
    volume.find_volume.side_effect = exceptions.NotFoundException('no')
    with pytest.raises(errors.NotFoundError) as exc:
        vf.run(show.ShowVolume, ['nope'], volume)
    assert str(exc.value) == "No volume with a name or ID of 'nope' exists."


def test_summary_needs_3_12(volume):
    with pytest.raises(errors.UsageError) as exc:
        vf.run(show.VolumeSummary, [], vf.proxy(server_max=(3, 10)))
    assert str(exc.value) == ('volume summary needs block storage API 3.12 '
                              'or greater; this cloud offers up to 3.10')


def test_summary_with_metadata_from_3_36(volume):
    volume.summary.return_value = types.SimpleNamespace(
        total_count=2, total_size=3, metadata={'k': ['v']})
    _, (labels, values), _ = vf.run(show.VolumeSummary, ['--all-projects'],
                                    volume)
    volume.summary.assert_called_once_with(True)
    assert labels == ['Total Count', 'Total Size', 'Metadata']
    assert values[:2] == [2, 3]
    _, (labels, _), _ = vf.run(show.VolumeSummary, [], volume,
                               version='3.20')
    assert labels == ['Total Count', 'Total Size']


def test_set_everything(volume):
    new_type = types.SimpleNamespace(id='t2')
    volume.find_type.return_value = new_type
    vf.run(set_.SetVolume,
           ['vol', '--name', 'new', '--description', 'd', '--size', '3',
            '--property', 'x=y', '--no-property', '--image-property',
            'os=linux', '--state', 'error', '--detached', '--bootable',
            '--read-write', '--type', 'fast', '--migration-policy',
            'on-demand'], volume)
    volume.extend_volume.assert_called_once_with(VOLUME, 3)
    volume.delete_volume_metadata.assert_called_once_with(VOLUME)
    volume.set_volume_metadata.assert_called_once_with(VOLUME, x='y')
    volume.set_volume_image_metadata.assert_called_once_with(VOLUME,
                                                             os='linux')
    assert volume.reset_volume_status.call_args_list == [
        ((VOLUME,), {'status': 'error'}),
        ((VOLUME,), {'attach_status': 'detached'})]
    volume.set_volume_bootable_status.assert_called_once_with(VOLUME, True)
    volume.set_volume_readonly.assert_called_once_with(VOLUME, False)
    volume.retype_volume.assert_called_once_with(VOLUME, new_type,
                                                 'on-demand')
    volume.update_volume.assert_called_once_with(VOLUME, name='new',
                                                 description='d')


def test_set_nothing_changes_nothing(volume):
    vf.run(set_.SetVolume, ['vol'], volume)
    volume.update_volume.assert_not_called()


def test_retype_defaults_to_never(volume):
    volume.find_type.return_value = 't'
    vf.run(set_.SetVolume, ['vol', '--type', 'x', '--retype-policy',
                            'never'], volume)
    volume.retype_volume.assert_called_once_with(VOLUME, 't', 'never')


@pytest.mark.parametrize('size, status, message, code', [
    (1, 'available', 'New size must be greater than 1 GB', errors.USAGE),
    (2, 'creating', 'Volume is in creating state', errors.CONFLICT),
])
def test_extend_refused_before_asking(volume, size, status, message, code):
    volume.find_volume.return_value = vf.make_volume(status=status)
    with pytest.raises(errors.CommandError) as exc:
        vf.run(set_.SetVolume, ['vol', '--size', str(size)], volume)
    assert str(exc.value).startswith(message)
    assert exc.value.exit_code == code
    volume.extend_volume.assert_not_called()


def test_extend_in_use_needs_3_42(volume):
    volume.find_volume.return_value = vf.make_volume(status='in-use')
    with pytest.raises(errors.UsageError) as exc:
        vf.run(set_.SetVolume, ['vol', '--size', '2'], volume,
               version='3.41')
    assert '3.42' in str(exc.value)
    vf.run(set_.SetVolume, ['vol', '--size', '2'], volume, version='3.42')
    volume.extend_volume.assert_called_once()


def test_set_failures_each_a_line_then_one_summary(volume):
    volume.set_volume_metadata.side_effect = errors.ForbiddenError('no')
    volume.update_volume.side_effect = errors.ForbiddenError('nope')
    with pytest.raises(errors.CommandError) as exc:
        _, _, app = vf.run(set_.SetVolume,
                           ['vol', '--property', 'a=b', '--name', 'n',
                            '--bootable'], volume)
    assert str(exc.value) == 'One or more of the set operations failed'
    assert exc.value.exit_code == errors.FORBIDDEN
    volume.set_volume_bootable_status.assert_called_once()


def test_unset(volume):
    vf.run(set_.UnsetVolume, ['vol', '--property', 'a', '--property', 'b',
                              '--image-property', 'os'], volume)
    volume.delete_volume_metadata.assert_called_once_with(
        VOLUME, keys=['a', 'b'])
    volume.delete_volume_image_metadata.assert_called_once_with(
        VOLUME, keys=['os'])


def test_delete_several_with_cascade(volume):
    vf.run(delete.DeleteVolume, ['a', 'b', '--purge', '--parallel', '1'],
           volume)
    assert volume.delete_volume.call_count == 2
    volume.delete_volume.assert_called_with(
        VOLUME, ignore_missing=False, force=False, cascade=True)


def test_delete_force_and_cascade_exclusive(volume):
    with pytest.raises(SystemExit):
        vf.run(delete.DeleteVolume, ['a', '--force', '--cascade'], volume)


def test_delete_remote_unmanages(volume):
    vf.run(delete.DeleteVolume, ['a', '--remote'], volume)
    volume.unmanage_volume.assert_called_once_with(VOLUME)
    with pytest.raises(errors.UsageError):
        vf.run(delete.DeleteVolume, ['a', '--remote', '--force'], volume)


def test_migrate(volume):
    vf.run(actions.MigrateVolume,
           ['vol', '--host', 'h@b#p', '--force-host-copy', '--lock-volume'],
           volume)
    volume.migrate_volume.assert_called_once_with(
        VOLUME, host='h@b#p', force_host_copy=True, lock_volume=True,
        cluster=None)


def test_migrate_needs_a_destination_and_3_16_for_cluster(volume):
    with pytest.raises(SystemExit):
        vf.run(actions.MigrateVolume, ['vol'], volume)
    with pytest.raises(errors.UsageError):
        vf.run(actions.MigrateVolume, ['vol', '--cluster', 'c'], volume,
               version='3.15')


def test_revert(volume):
    snapshot = vf.make_snapshot(volume_id='v1')
    volume.find_snapshot.return_value = snapshot
    vf.run(actions.VolumeRevertToSnapshot, ['snap'], volume)
    volume.find_volume.assert_called_once_with('v1', ignore_missing=False)
    volume.revert_volume_to_snapshot.assert_called_once_with(VOLUME,
                                                             snapshot)


def test_revert_needs_3_40(volume):
    with pytest.raises(errors.UsageError) as exc:
        vf.run(actions.VolumeRevertToSnapshot, ['snap'], volume,
               version='3.39')
    assert str(exc.value).startswith('volume revert needs')
    volume.revert_volume_to_snapshot.assert_not_called()
