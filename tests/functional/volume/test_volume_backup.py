"""volume backup create/list/show/set/unset/restore/delete and record
export/import against the devcloud's Cinder (posix backup driver)."""
import pytest

from tests.functional.volume.cinder_api import Cinder


@pytest.fixture(scope='module')
def cinder(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin)


@pytest.fixture
def volumes(cinder):
    """volumes(size=1) -> a new available volume; all deleted (with any
    backups of them) afterwards."""
    made = []

    def make(size=1, name=None):
        vol = cinder.create_volume(name=name, size=size)
        made.append(vol['id'])
        return vol

    yield make
    for vol_id in reversed(made):
        for backup_id in cinder.backups_of(vol_id):
            cinder.delete_backup(backup_id)
        cinder.delete_volume(vol_id)


def test_backup_round_trip(openstack, cinder, volumes, unique_name):
    vol = volumes(size=2)
    name = unique_name('backup')
    made = openstack('volume', 'backup', 'create', vol['id'], '--name', name,
                     '--description', 'first', '--property', 'a=1',
                     '--wait', parse_json=True).json
    assert set(made) == {'id', 'name', 'volume_id'}
    assert (made['name'], made['volume_id']) == (name, vol['id'])
    try:
        shown = openstack('volume', 'backup', 'show', name,
                          parse_json=True).json
        assert shown['status'] == 'available'
        assert shown['metadata'] == {'a': '1'}
        assert shown['is_incremental'] is False and shown['size'] == 2

        rows = openstack('volume', 'backup', 'list', '--name', name,
                         parse_json=True).json
        assert [r['ID'] for r in rows] == [made['id']]
        assert list(rows[0]) == ['ID', 'Name', 'Description', 'Status',
                                 'Size', 'Incremental', 'Created At']
        rows = openstack('volume', 'backup', 'list', '--long', '--volume',
                         vol['name'], parse_json=True).json
        assert [(r['ID'], r['Volume']) for r in rows] == [
            (made['id'], vol['name'])]

        openstack('volume', 'backup', 'set', made['id'], '--name',
                  name + '-2', '--description', 'second', '--property',
                  'b=2')
        openstack('volume', 'backup', 'unset', name + '-2',
                  '--property', 'a')
        shown = openstack('volume', 'backup', 'show', made['id'],
                          parse_json=True).json
        assert (shown['name'], shown['description'],
                shown['metadata']) == (name + '-2', 'second', {'b': '2'})
        openstack('volume', 'backup', 'set', made['id'], '--no-property')
        assert openstack('volume', 'backup', 'show', made['id'],
                         parse_json=True).json['metadata'] == {}

        # An older microversion cannot name a backup: one line, exit 2.
        old = openstack('--os-volume-api-version', '3.8', 'volume', 'backup',
                        'set', made['id'], '--name', 'x', check=False)
        assert old.rc == 2
        assert old.stderr.strip() == (
            'openstack: --name needs --os-volume-api-version 3.9 or greater '
            '(requested: 3.8)')
    finally:
        cinder.delete_backup(made['id'])


def test_backup_restore_new_and_existing(openstack, cinder, volumes,
                                         unique_name):
    vol = volumes(size=2)
    backup = openstack('volume', 'backup', 'create', vol['id'], '--wait',
                       parse_json=True).json
    new_volume = None
    try:
        # Into a new volume, named on the command line.
        new_name = unique_name('restored')
        restored = openstack('volume', 'backup', 'restore', backup['id'],
                             new_name, parse_json=True).json
        assert set(restored) == {'id', 'volume_id', 'volume_name'}
        assert restored['id'] == backup['id']
        new_volume = restored['volume_id']
        got = cinder.wait('/volumes/' + new_volume, 'volume',
                          ('creating', 'restoring-backup'))
        assert (got['name'], got['status'], got['size']) == (
            new_name, 'available', 2)
        cinder.wait('/backups/' + backup['id'], 'backup', ('restoring',))

        # An existing volume needs --force.
        refused = openstack('volume', 'backup', 'restore', backup['id'],
                            new_volume, check=False)
        assert refused.rc == 1
        assert refused.stderr.strip() == (
            f"openstack: Volume '{new_volume}' already exists; to restore "
            'the backup onto it, give --force')
        openstack('volume', 'backup', 'restore', backup['id'], new_volume,
                  '--force')
        got = cinder.wait('/volumes/' + new_volume, 'volume',
                          ('restoring-backup',))
        assert got['status'] == 'available'
        cinder.wait('/backups/' + backup['id'], 'backup', ('restoring',))

        # Cinder refuses a volume smaller than the backup (HTTP 400: 2).
        small = volumes(size=1)
        small_refused = openstack('volume', 'backup', 'restore',
                                  backup['id'], small['id'], '--force',
                                  check=False)
        assert small_refused.rc == 2, small_refused.stderr
        assert len(small_refused.stderr.strip().splitlines()) == 1
        assert 'too small to restore backup' in small_refused.stderr
    finally:
        cinder.delete_backup(backup['id'])
        if new_volume:
            cinder.delete_volume(new_volume)


def test_backup_record_export_import_and_delete(openstack, cinder, volumes):
    vol = volumes()
    backup = openstack('volume', 'backup', 'create', vol['id'], '--wait',
                       parse_json=True).json
    imported = None
    try:
        record = openstack('volume', 'backup', 'record', 'export',
                           backup['id'], parse_json=True).json
        assert set(record) == {'backup_service', 'backup_url'}
        table = openstack('volume', 'backup', 'record', 'export',
                          backup['id']).stdout
        assert 'Backup Service' in table and 'Metadata' in table

        # The record of a backup that still exists is refused.
        again = openstack('volume', 'backup', 'record', 'import',
                          record['backup_service'], record['backup_url'],
                          check=False)
        assert again.rc == 2, again.stderr
        assert len(again.stderr.strip().splitlines()) == 1

        # Delete several at once: the missing one fails, the real one goes.
        gone = openstack('volume', 'backup', 'delete', backup['id'],
                         'fn-no-such-backup', check=False)
        assert gone.rc == 5
        assert gone.stderr.strip().splitlines()[-1] == (
            'openstack: 1 of 2 backups failed to delete: fn-no-such-backup')
        cinder.wait_gone('/backups/' + backup['id'], 'backup')

        # Its record brings it back.
        imported = openstack('volume', 'backup', 'record', 'import',
                             record['backup_service'], record['backup_url'],
                             parse_json=True).json
        assert imported['id'] == backup['id']
    finally:
        cinder.delete_backup(backup['id'])
