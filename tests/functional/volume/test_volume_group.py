"""volume group type, volume group and volume group snapshot commands
against the devcloud's Cinder (its fake driver does generic groups)."""
import pytest

from tests.functional.volume.cinder_api import Cinder


@pytest.fixture(scope='module')
def cinder(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin)


def test_group_type_round_trip(openstack, unique_name):
    name = unique_name('gtype')
    made = openstack('volume', 'group', 'type', 'create', name,
                     '--description', 'first', '--private',
                     parse_json=True).json
    try:
        assert list(made) == ['ID', 'Name', 'Description', 'Is Public',
                              'Properties']
        assert (made['Name'], made['Is Public'], made['Properties']) == (
            name, False, {})
        shown = openstack('volume', 'group', 'type', 'set', name, '--name',
                          name + '-2', '--public', '--property', 'a=1',
                          '--property', 'b=2', parse_json=True).json
        assert (shown['Name'], shown['Is Public'], shown['Properties']) == (
            name + '-2', True, {'a': '1', 'b': '2'})
        shown = openstack('volume', 'group', 'type', 'unset', made['ID'],
                          '--property', 'a', parse_json=True).json
        assert shown['Properties'] == {'b': '2'}
        shown = openstack('volume', 'group', 'type', 'set', made['ID'],
                          '--no-property', '--property', 'c=3',
                          parse_json=True).json
        assert shown['Properties'] == {'c': '3'}
        assert openstack('volume', 'group', 'type', 'show', name + '-2',
                         parse_json=True).json == shown
        rows = openstack('volume', 'group', 'type', 'list',
                         parse_json=True).json
        mine = [row for row in rows if row['ID'] == made['ID']]
        assert mine == [{'ID': made['ID'], 'Name': name + '-2',
                         'Is Public': True, 'Group Specs': {'c': '3'}}]
        # No default group type is configured: Cinder's 404, one line.
        default = openstack('volume', 'group', 'type', 'list', '--default',
                            check=False)
        assert default.rc == 5
        assert default.stderr.strip() == (
            'openstack: Default group type can not be found. (HTTP 404)')
        old = openstack('--os-volume-api-version', '3.10', 'volume', 'group',
                        'type', 'list', check=False)
        assert (old.rc, old.stderr.strip()) == (2, (
            "openstack: 'volume group type list' needs "
            '--os-volume-api-version 3.11 or greater (requested: 3.10)'))
    finally:
        openstack('volume', 'group', 'type', 'delete', made['ID'],
                  check=False)
    gone = openstack('volume', 'group', 'type', 'show', made['ID'],
                     check=False)
    assert gone.rc == 5


@pytest.fixture
def group_type(openstack, unique_name):
    made = openstack('volume', 'group', 'type', 'create',
                     unique_name('gtype'), parse_json=True).json
    yield made
    openstack('volume', 'group', 'type', 'delete', made['ID'], check=False)


def wait_group(cinder, group_id, busy=('creating', 'updating')):
    return cinder.wait('/groups/' + group_id, 'group', busy)


def test_group_volumes_snapshot_and_clone(openstack, cinder, group_type,
                                          unique_name):
    name = unique_name('group')
    made = openstack('volume', 'group', 'create', '--volume-group-type',
                     group_type['Name'], '--volume-type', '__DEFAULT__',
                     '--name', name, '--description', 'first',
                     parse_json=True).json
    groups = [made['ID']]
    vol = cinder.create_volume()
    snapshot = None
    try:
        assert list(made) == [
            'ID', 'Status', 'Name', 'Description', 'Group Type',
            'Volume Types', 'Availability Zone', 'Created At', 'Volumes',
            'Group Snapshot ID', 'Source Group ID']
        assert made['Group Type'] == group_type['ID']
        assert wait_group(cinder, made['ID'])['status'] == 'available'

        rows = openstack('volume', 'group', 'list', parse_json=True).json
        assert {'ID': made['ID'], 'Status': 'available',
                'Name': name} in rows
        shown = openstack('volume', 'group', 'set', name, '--name',
                          name + '-2', '--description', 'second',
                          parse_json=True).json
        assert (shown['Name'], shown['Description']) == (name + '-2',
                                                         'second')

        openstack('volume', 'group', 'add', 'volume', made['ID'], vol['id'])
        wait_group(cinder, made['ID'])
        shown = openstack('volume', 'group', 'show', made['ID'], '--volumes',
                          parse_json=True).json
        assert shown['Volumes'] == [vol['id']]
        missing = openstack('volume', 'group', 'delete', 'fn-no-such-group',
                            check=False)
        assert (missing.rc, missing.stderr.strip()) == (5, (
            "openstack: No volume group with a name or ID of "
            "'fn-no-such-group' exists."))

        # A snapshot of the group, and a new group cloned from it.
        snapshot = openstack('volume', 'group', 'snapshot', 'create',
                             made['ID'], '--name', name + '-snap',
                             parse_json=True).json
        assert list(snapshot) == ['ID', 'Status', 'Name', 'Description',
                                  'Group', 'Group Type']
        assert (snapshot['Group'], snapshot['Group Type']) == (
            made['ID'], group_type['ID'])
        got = cinder.wait('/group_snapshots/' + snapshot['ID'],
                          'group_snapshot', ('creating',))
        assert got['status'] == 'available'
        rows = openstack('volume', 'group', 'snapshot', 'list',
                         parse_json=True).json
        assert {'ID': snapshot['ID'], 'Status': 'available',
                'Name': name + '-snap'} in rows
        shown = openstack('volume', 'group', 'snapshot', 'show',
                          name + '-snap', parse_json=True).json
        assert shown['Status'] == 'available'

        clone = openstack('volume', 'group', 'create', '--group-snapshot',
                          snapshot['ID'], '--name', name + '-clone',
                          parse_json=True).json
        groups.append(clone['ID'])
        assert clone['Group Snapshot ID'] == snapshot['ID']
        assert wait_group(cinder, clone['ID'])['status'] == 'available'

        # Cinder refuses to delete a group that has snapshots (400: 2).
        busy = openstack('volume', 'group', 'delete', made['ID'], '--force',
                         check=False)
        assert busy.rc == 2, busy.stderr
        assert len(busy.stderr.strip().splitlines()) == 1

        openstack('volume', 'group', 'snapshot', 'delete', snapshot['ID'])
        cinder.wait_gone('/group_snapshots/' + snapshot['ID'],
                         'group_snapshot')
        snapshot = None

        openstack('volume', 'group', 'remove', 'volume', made['ID'],
                  vol['id'])
        wait_group(cinder, made['ID'])
        shown = openstack('volume', 'group', 'show', made['ID'], '--volumes',
                          parse_json=True).json
        assert shown['Volumes'] == []

        # Failover needs replication, which the fake driver lacks.
        failover = openstack('volume', 'group', 'failover', made['ID'],
                             check=False)
        assert failover.rc != 0
        assert len(failover.stderr.strip().splitlines()) == 1
    finally:
        if snapshot:
            cinder.request('DELETE', '/group_snapshots/' + snapshot['ID'],
                           raise_exc=False)
            cinder.wait_gone('/group_snapshots/' + snapshot['ID'],
                             'group_snapshot')
        for group_id in reversed(groups):
            wait_group(cinder, group_id)
            openstack('volume', 'group', 'delete', group_id, '--force',
                      check=False)
            cinder.wait_gone('/groups/' + group_id, 'group')
        cinder.delete_volume(vol['id'])
