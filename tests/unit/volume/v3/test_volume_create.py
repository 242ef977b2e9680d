"""Unit tests: volume create (sources, flags, --wait, manage)."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3.volume import create
from tests.unit.volume.v3 import volume_fakes as vf

VOLUME = vf.make_volume()


@pytest.fixture
def volume():
    proxy = vf.proxy()
    proxy.create_volume.return_value = VOLUME
    proxy.get_volume.return_value = VOLUME
    return proxy


def shown(result):
    labels, values = result
    return dict(zip(labels, values))


def test_create_from_size_shows_osc_fields(volume):
    _, result, _ = vf.run(create.CreateVolume,
                          ['--size', '2', 'vol', '--property', 'a=b',
                           '--description', 'd', '--type', 't',
                           '--availability-zone', 'nova'], volume)
    volume.create_volume.assert_called_once_with(
        size=2, name='vol', description='d', volume_type='t',
        availability_zone='nova', metadata={'a': 'b'})
    data = shown(result)
    assert list(result[0]) == sorted(result[0])
    assert data['type'] == '__DEFAULT__' and 'volume_type' not in data
    assert 'properties' in data and 'metadata' not in data
    for hidden in ('location', 'links', 'imageRef',
                   'OS-SCH-HNT:scheduler_hints', 'volume_image_metadata'):
        assert hidden not in data
    volume.get_volume.assert_not_called()


def test_create_needs_a_size_or_a_source(volume):
    with pytest.raises(errors.UsageError) as exc:
        vf.run(create.CreateVolume, ['vol'], volume)
    assert '--size is a required option' in str(exc.value)
    volume.create_volume.assert_not_called()


def test_sources_are_exclusive(volume):
    with pytest.raises(SystemExit):
        vf.run(create.CreateVolume,
               ['--image', 'i', '--snapshot', 's', 'vol'], volume)


def test_create_from_snapshot_takes_its_size(volume):
    volume.find_snapshot.return_value = vf.make_snapshot(id='s9', size=5)
    vf.run(create.CreateVolume, ['--snapshot', 'snap', 'vol'], volume)
    volume.find_snapshot.assert_called_once_with('snap',
                                                 ignore_missing=False)
    volume.create_volume.assert_called_once_with(
        snapshot_id='s9', size=5, name='vol')


def test_create_from_source_keeps_a_larger_size(volume):
    volume.find_volume.return_value = vf.make_volume(id='src', size=2)
    vf.run(create.CreateVolume, ['--source', 'src', '--size', '4', 'v'],
           volume)
    volume.create_volume.assert_called_once_with(
        source_volume_id='src', size=4, name='v')


def test_create_from_image_looks_it_up_in_glance(volume):
    image = types.SimpleNamespace(
        find_image=lambda name, ignore_missing: types.SimpleNamespace(
            id='img-' + name))
    vf.run(create.CreateVolume, ['--image', 'cirros', '--size', '1', 'v'],
           volume, image=image)
    volume.create_volume.assert_called_once_with(
        image_id='img-cirros', size=1, name='v')


def test_backup_needs_3_47(volume):
    with pytest.raises(errors.UsageError) as exc:
        vf.run(create.CreateVolume, ['--backup', 'b', 'v'], volume,
               version='3.40')
    assert str(exc.value) == ('volume create --backup needs '
                              '--os-volume-api-version 3.47 or greater '
                              '(requested: 3.40)')
    volume.find_backup.return_value = types.SimpleNamespace(id='b1', size=3)
    vf.run(create.CreateVolume, ['--backup', 'b', 'v'], volume)
    volume.create_volume.assert_called_once_with(backup_id='b1', size=3,
                                                 name='v')


def test_hints_collect_same_host(volume):
    vf.run(create.CreateVolume,
           ['--size', '1', '--hint', 'same_host=a', '--hint', 'same_host=b',
            '--hint', 'local_to_instance=x', '--hint',
            'local_to_instance=y'], volume)
    assert volume.create_volume.call_args.kwargs['scheduler_hints'] == {
        'same_host': ['a', 'b'], 'local_to_instance': 'y'}


def test_wait_polls_until_available(volume, monkeypatch):
    monkeypatch.setattr('time.sleep', lambda s: None)
    volume.create_volume.return_value = vf.make_volume(status='creating')
    volume.get_volume.side_effect = [
        vf.make_volume(status='creating'), vf.make_volume(status='available',
                                                          size=7)]
    _, result, _ = vf.run(create.CreateVolume, ['--size', '7', '--wait'],
                          volume)
    assert shown(result)['status'] == 'available'
    assert shown(result)['size'] == 7


def test_wait_fails_clearly_on_error(volume):
    volume.create_volume.return_value = vf.make_volume(status='creating',
                                                       name='v')
    volume.get_volume.return_value = vf.make_volume(status='error')
    volume.get.return_value = types.SimpleNamespace(
        status_code=200, json=lambda: {'messages': []})
    with pytest.raises(errors.CommandError) as exc:
        vf.run(create.CreateVolume, ['--size', '1', '--wait', 'v'], volume)
    assert str(exc.value) == 'volume v went to status error'
    assert exc.value.exit_code == errors.FAILURE


def test_flags_are_set_once_available(volume):
    vf.run(create.CreateVolume,
           ['--size', '1', '--bootable', '--read-only'], volume)
    volume.set_volume_bootable_status.assert_called_once_with(VOLUME, True)
    volume.set_volume_readonly.assert_called_once_with(VOLUME, True)


def test_a_failed_flag_is_one_line(volume):
    volume.set_volume_readonly.side_effect = errors.ConflictError('busy')
    with pytest.raises(errors.ConflictError) as exc:
        vf.run(create.CreateVolume, ['--size', '1', '--read-write'], volume)
    assert str(exc.value) == 'busy'
    volume.set_volume_bootable_status.assert_not_called()


def test_remote_source_manages(volume):
    volume.manage_volume.return_value = VOLUME
    vf.run(create.CreateVolume,
           ['--remote-source', 'source-name=x', '--host', 'h@b#p', 'v',
            '--bootable'], volume)
    volume.manage_volume.assert_called_once_with(
        host='h@b#p', ref={'source-name': 'x'}, name='v', bootable=True)
    volume.set_volume_bootable_status.assert_not_called()


@pytest.mark.parametrize('argv, message', [
    (['--remote-source', 'a=b'], 'One of --host or --cluster'),
    (['--remote-source', 'a=b', '--host', 'h', '--cluster', 'c'],
     'Only one of --host or --cluster'),
    (['--remote-source', 'a=b', '--host', 'h', '--size', '1'],
     'not supported with the --remote-source'),
    (['--size', '1', '--host', 'h'], 'only supported with the'),
])
def test_remote_source_usage_errors(volume, argv, message):
    with pytest.raises(errors.UsageError) as exc:
        vf.run(create.CreateVolume, argv, volume)
    assert message in str(exc.value)


def test_cluster_needs_3_16(volume):
    with pytest.raises(errors.UsageError):
        vf.run(create.CreateVolume,
               ['--remote-source', 'a=b', '--cluster', 'c'], volume,
               version='3.15')


def test_wait_adds_cinders_user_message(volume):
    volume.create_volume.return_value = vf.make_volume(status='creating',
                                                       id='v7', name='v')
    volume.get_volume.return_value = vf.make_volume(status='error')
    volume.get.return_value = types.SimpleNamespace(
        status_code=200, json=lambda: {'messages': [
            {'user_message': 'schedule allocate volume:No backend.'}]})
    with pytest.raises(errors.CommandError) as exc:
        vf.run(create.CreateVolume, ['--size', '1', '--wait', 'v'], volume)
    assert str(exc.value) == ('volume v went to status error: schedule '
                              'allocate volume:No backend.')
    volume.get.assert_called_once_with(
        '/messages?resource_uuid=v7&sort=created_at:desc',
        microversion='3.3', raise_exc=False)


def test_wait_without_a_message_keeps_the_status(volume):
    volume.create_volume.return_value = vf.make_volume(status='creating',
                                                       name='v')
    volume.get_volume.return_value = vf.make_volume(status='error')
    volume.get.side_effect = RuntimeError('no messages API')
    with pytest.raises(errors.CommandError) as exc:
        vf.run(create.CreateVolume, ['--size', '1', '--wait', 'v'], volume)
    assert str(exc.value) == 'volume v went to status error'


def response(status, body=None):
    return types.SimpleNamespace(status_code=status, json=lambda: body)


def test_consistency_group_by_id_then_by_name(volume):
    volume.get.side_effect = [
        response(404), response(200, {'consistencygroups': [
            {'id': 'cg1', 'name': 'group'}, {'id': 'cg2', 'name': 'other'}]})]
    vf.run(create.CreateVolume, ['--size', '1', '--consistency-group',
                                 'group'], volume)
    assert volume.create_volume.call_args.kwargs[
        'consistency_group_id'] == 'cg1'
    volume.get.side_effect = [response(200, {'consistencygroup': {
        'id': 'cg9'}})]
    vf.run(create.CreateVolume, ['--size', '1', '--consistency-group',
                                 'cg9'], volume)
    assert volume.create_volume.call_args.kwargs[
        'consistency_group_id'] == 'cg9'


def test_missing_consistency_group_is_exit_5(volume):
    volume.get.side_effect = [response(404),
                              response(200, {'consistencygroups': []})]
    with pytest.raises(errors.NotFoundError):
        vf.run(create.CreateVolume, ['--size', '1', '--consistency-group',
                                     'nope'], volume)
    volume.create_volume.assert_not_called()
