"""Unit tests: volume backup commands (options, requests, output)."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_backup
from tests.unit import fakes


def proxy(server_max=(3, 71)):
    volume = fakes.sdk_proxy('block_storage.v3')
    volume.default_microversion = None
    volume.get_endpoint_data.return_value = types.SimpleNamespace(
        max_microversion=server_max)
    return volume


def run(cls, argv, volume, version=None, formatter='json'):
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(volume=volume)
    if version:
        app.client_manager._api_version = {'volume': version}
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack x').parse_args(argv)
    parsed.formatter = formatter
    result = cmd.take_action(parsed)
    if isinstance(result, tuple) and len(result) == 2 and not isinstance(
            result[1], (tuple, list)):
        result = (result[0], list(result[1]))
    return result


def backup(**attrs):
    data = dict(id='b1', name='nightly', volume_id='v1', status='available',
                metadata={'a': '1'}, is_incremental=False)
    data.update(attrs)
    found = types.SimpleNamespace(**data)
    found.to_dict = lambda computed=False: dict(data)
    return found


def test_create_sends_what_was_given_and_shows_osc_columns():
    volume = proxy()
    volume.find_volume.return_value = types.SimpleNamespace(id='v1')
    volume.find_snapshot.return_value = types.SimpleNamespace(id='s1')
    volume.create_backup.return_value = backup()
    labels, values = run(volume_backup.CreateVolumeBackup, [
        'vol', '--name', 'nightly', '--snapshot', 'snap', '--incremental',
        '--property', 'a=1', '--availability-zone', 'az2'], volume)
    volume.create_backup.assert_called_once_with(
        volume_id='v1', force=False, is_incremental=True, name='nightly',
        snapshot_id='s1', metadata={'a': '1'}, availability_zone='az2')
    assert (labels, values) == (('id', 'name', 'volume_id'),
                                ('b1', 'nightly', 'v1'))


@pytest.mark.parametrize('option, value, version', [
    ('--property', 'a=1', '3.43'), ('--availability-zone', 'az', '3.51')])
def test_create_options_need_their_microversion(option, value, version):
    volume = proxy()
    with pytest.raises(errors.UsageError) as exc:
        run(volume_backup.CreateVolumeBackup, ['vol', option, value],
            volume, version='3.40')
    assert str(exc.value) == (f'{option} needs --os-volume-api-version '
                              f'{version} or greater (requested: 3.40)')
    volume.create_backup.assert_not_called()


def test_create_wait_polls_until_available():
    volume = proxy()
    volume.find_volume.return_value = types.SimpleNamespace(id='v1')
    volume.create_backup.return_value = backup(status='creating')
    volume.get_backup.side_effect = [backup(status='creating'), backup()]
    import unittest.mock as mock
    with mock.patch('time.sleep'):
        run(volume_backup.CreateVolumeBackup, ['vol', '--wait'], volume)
    assert volume.get_backup.call_count == 2


def test_create_wait_reports_the_failure_reason():
    volume = proxy()
    volume.find_volume.return_value = types.SimpleNamespace(id='v1')
    volume.create_backup.return_value = backup(status='creating')
    volume.get_backup.return_value = backup(status='error',
                                            fail_reason='disk full')
    with pytest.raises(errors.CommandError) as exc:
        run(volume_backup.CreateVolumeBackup, ['vol', '--wait'], volume)
    assert str(exc.value) == 'backup b1 went to status error: disk full'


def test_list_filters_and_long_volume_names():
    volume = proxy()
    volume.find_volume.return_value = types.SimpleNamespace(id='v1')
    volume.find_backup.return_value = types.SimpleNamespace(id='b0')
    volume.backups.return_value = [backup(size=1, created_at='t',
                                          description='', container='c',
                                          availability_zone='nova')]
    volume.volumes.return_value = [types.SimpleNamespace(id='v1',
                                                         name='data')]
    labels, rows = run(volume_backup.ListVolumeBackup, [
        '--long', '--volume', 'data', '--status', 'available', '--marker',
        'b0', '--limit', '5', '--all-projects'], volume)
    volume.backups.assert_called_once_with(
        status='available', limit=5, all_projects=True, volume_id='v1',
        marker='b0')
    assert labels[-3:] == ('Availability Zone', 'Volume', 'Container')
    assert rows[0][-2:] == ('data', 'c')


def test_list_volume_that_no_longer_exists_filters_by_the_given_id():
    volume = proxy()
    from openstack import exceptions as sdk_exceptions
    volume.find_volume.side_effect = sdk_exceptions.NotFoundException('x')
    volume.backups.return_value = []
    run(volume_backup.ListVolumeBackup, ['--volume', 'gone-id'], volume)
    volume.backups.assert_called_once_with(volume_id='gone-id')


def test_list_rejects_unknown_status():
    with pytest.raises(SystemExit):
        run(volume_backup.ListVolumeBackup, ['--status', 'bogus'], proxy())


def test_restore_to_new_volume_by_name():
    volume = proxy()
    from openstack import exceptions as sdk_exceptions
    volume.find_backup.return_value = backup()
    volume.find_volume.side_effect = sdk_exceptions.NotFoundException('x')
    volume.restore_backup.return_value = types.SimpleNamespace(
        id='b1', volume_id='v9', volume_name='fresh')
    labels, values = run(volume_backup.RestoreVolumeBackup,
                         ['nightly', 'fresh'], volume)
    volume.restore_backup.assert_called_once_with(
        volume.find_backup.return_value, volume=None, name='fresh')
    assert values == ('b1', 'v9', 'fresh')


def test_restore_onto_existing_volume_needs_force():
    volume = proxy()
    volume.find_backup.return_value = backup()
    volume.find_volume.return_value = types.SimpleNamespace(id='v2')
    with pytest.raises(errors.CommandError) as exc:
        run(volume_backup.RestoreVolumeBackup, ['nightly', 'old'], volume)
    assert '--force' in str(exc.value) and exc.value.exit_code == 1
    volume.restore_backup.return_value = types.SimpleNamespace(
        id='b1', volume_id='v2', volume_name='old')
    run(volume_backup.RestoreVolumeBackup, ['nightly', 'old', '--force'],
        volume)
    volume.restore_backup.assert_called_once_with(
        volume.find_backup.return_value, volume='v2', name=None)


def test_restore_without_volume_makes_a_new_one():
    volume = proxy()
    volume.find_backup.return_value = backup()
    volume.restore_backup.return_value = types.SimpleNamespace(
        id='b1', volume_id='v9', volume_name='restore_backup_b1')
    run(volume_backup.RestoreVolumeBackup, ['nightly'], volume)
    volume.find_volume.assert_not_called()
    volume.restore_backup.assert_called_once_with(
        volume.find_backup.return_value, volume=None, name=None)


def test_set_state_name_and_properties():
    volume = proxy()
    found = backup()
    volume.find_backup.return_value = found
    run(volume_backup.SetVolumeBackup, [
        'nightly', '--name', 'n2', '--state', 'error', '--property', 'b=2'],
        volume)
    volume.reset_backup_status.assert_called_once_with(found,
                                                       status='error')
    volume.update_backup.assert_called_once_with(
        found, name='n2', metadata={'a': '1', 'b': '2'})


def test_set_no_property_replaces():
    volume = proxy()
    found = backup()
    volume.find_backup.return_value = found
    run(volume_backup.SetVolumeBackup,
        ['nightly', '--no-property', '--property', 'c=3'], volume)
    volume.update_backup.assert_called_once_with(found, metadata={'c': '3'})


def test_set_name_needs_3_9():
    volume = proxy()
    with pytest.raises(errors.UsageError) as exc:
        run(volume_backup.SetVolumeBackup, ['b', '--name', 'x'], volume,
            version='3.8')
    assert str(exc.value).startswith('--name needs --os-volume-api-version '
                                     '3.9')
    volume.find_backup.assert_not_called()


def test_unset_removes_only_the_given_keys():
    volume = proxy()
    found = backup(metadata={'a': '1', 'b': '2'})
    volume.find_backup.return_value = found
    run(volume_backup.UnsetVolumeBackup,
        ['nightly', '--property', 'a', '--property', 'zz'], volume)
    volume.update_backup.assert_called_once_with(found, metadata={'b': '2'})


def test_unset_needs_3_43():
    with pytest.raises(errors.UsageError):
        run(volume_backup.UnsetVolumeBackup, ['b', '--property', 'a'],
            proxy(server_max=(3, 40)))


def test_show_labels_are_attribute_names():
    volume = proxy()
    volume.find_backup.return_value = backup()
    labels, values = run(volume_backup.ShowVolumeBackup, ['nightly'], volume)
    assert labels == tuple(c.label for c in volume_backup.SHOW_COLUMNS)
    assert labels[0] == 'availability_zone' and 'metadata' in labels
    assert dict(zip(labels, values))['status'] == 'available'


def test_delete_many_with_force():
    volume = proxy()
    volume.find_backup.side_effect = lambda name, **kw: backup(id=name)
    run(volume_backup.DeleteVolumeBackup, ['b1', 'b2', '--force'], volume)
    assert volume.delete_backup.call_count == 2
    assert volume.delete_backup.call_args.kwargs == {
        'ignore_missing': False, 'force': True}


def test_export_labels_for_people_keys_for_machines():
    volume = proxy()
    volume.find_backup.return_value = backup()
    volume.export_backup.return_value = {'backup-record': {
        'backup_service': 'svc', 'backup_url': 'abc'}}
    assert run(volume_backup.ExportBackupRecord, ['nightly'], volume) == (
        ('backup_service', 'backup_url'), ('svc', 'abc'))
    assert run(volume_backup.ExportBackupRecord, ['nightly'], volume,
               formatter='table') == (('Backup Service', 'Metadata'),
                                      ('svc', 'abc'))


def test_import_posts_the_record():
    volume = proxy()
    response = types.SimpleNamespace(
        status_code=201, headers={},
        json=lambda: {'backup': {'id': 'b1', 'name': None, 'links': []}})
    volume.post.return_value = response
    from unittest import mock
    with mock.patch('openstack.exceptions.raise_from_response') as check:
        result = run(volume_backup.ImportBackupRecord, ['svc', 'abc'],
                     volume)
    check.assert_called_once_with(response)
    volume.post.assert_called_once_with(
        '/backups/import_record', json={'backup-record': {
            'backup_service': 'svc', 'backup_url': 'abc'}})
    assert result == (('id', 'name'), ('b1', None))
