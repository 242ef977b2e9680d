"""volume attachment commands against the devcloud's Cinder. There is no
Nova: Cinder takes any instance UUID for an attachment, but deleting one
that is connected makes it ask Nova, so those are cleaned up with an
admin status reset instead."""
import uuid

import pytest

from tests.functional.volume.cinder_api import Cinder

COLUMNS = ['ID', 'Volume ID', 'Instance ID', 'Status', 'Attach Mode',
           'Attached At', 'Detached At', 'Properties']


@pytest.fixture(scope='module')
def cinder(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin)


@pytest.fixture
def volume(cinder):
    vol = cinder.create_volume()
    yield vol
    cinder.detach_all(vol['id'])
    cinder.delete_volume(vol['id'])


def test_reserve_list_show_delete(openstack, volume):
    server = str(uuid.uuid4())
    made = openstack('volume', 'attachment', 'create', volume['name'],
                     '--server', server, parse_json=True).json
    assert list(made) == COLUMNS
    assert (made['Volume ID'], made['Instance ID'], made['Status'],
            made['Properties']) == (volume['id'], server, 'reserved', {})
    rows = openstack('volume', 'attachment', 'list', '--volume-id',
                     volume['id'], parse_json=True).json
    assert rows == [{'ID': made['ID'], 'Volume ID': volume['id'],
                     'Server ID': server, 'Status': 'reserved'}]
    shown = openstack('volume', 'attachment', 'show', made['ID'],
                      parse_json=True).json
    assert shown['Status'] == 'reserved'
    # Not connected, so Cinder deletes it without asking Nova.
    openstack('volume', 'attachment', 'delete', made['ID'])
    assert openstack('volume', 'attachment', 'list', '--volume-id',
                     volume['id'], parse_json=True).json == []
    gone = openstack('volume', 'attachment', 'show', made['ID'],
                     check=False)
    assert gone.rc == 5


def test_connect_set_complete(openstack, volume):
    server = str(uuid.uuid4())
    made = openstack('volume', 'attachment', 'create', volume['id'],
                     server, '--connect', '--initiator', 'iqn.fn:host',
                     '--ip', '127.0.0.1', '--host', 'fn-host', '--platform',
                     'x86_64', '--os-type', 'linux', '--mountpoint',
                     '/dev/vdb', '--mode', 'rw', parse_json=True).json
    # The deprecated positional <server> warns but works.
    assert made['Instance ID'] == server
    assert made['Properties']['driver_volume_type'] == 'local'
    assert made['Properties']['attachment_id'] == made['ID']

    updated = openstack('volume', 'attachment', 'set', made['ID'],
                        '--initiator', 'iqn.fn:other', '--host', 'fn-host',
                        '--ip', '127.0.0.1', parse_json=True).json
    assert updated['Properties']['access_mode'] == 'rw'

    old = openstack('--os-volume-api-version', '3.43', 'volume',
                    'attachment', 'complete', made['ID'], check=False)
    assert (old.rc, old.stderr.strip()) == (2, (
        "openstack: 'volume attachment complete' needs "
        '--os-volume-api-version 3.44 or greater (requested: 3.43)'))
    openstack('volume', 'attachment', 'complete', made['ID'])
    shown = openstack('volume', 'attachment', 'show', made['ID'],
                      parse_json=True).json
    assert (shown['Status'], shown['Attach Mode']) == ('attached', 'rw')
    rows = openstack('volume', 'attachment', 'list', '--server-id', server,
                     parse_json=True).json
    assert [(row['ID'], row['Status']) for row in rows] == [
        (made['ID'], 'attached')]
    # Cinder matches its 'status' filter against nothing (the column is
    # attach_status); OSC sends the same filter, with the same result.
    assert openstack('volume', 'attachment', 'list', '--status', 'attached',
                     '--server-id', server, parse_json=True).json == []

    # A connected attachment: Cinder asks Nova before deleting it, and the
    # devcloud has none, so Cinder fails (HTTP 500): one line, exit 1.
    refused = openstack('volume', 'attachment', 'delete', made['ID'],
                        check=False)
    assert refused.rc == 1
    assert len(refused.stderr.strip().splitlines()) == 1
    assert 'HTTP 500' in refused.stderr


def test_options_checked_before_any_request(openstack, volume):
    loose = openstack('volume', 'attachment', 'create', volume['id'],
                      '--server', str(uuid.uuid4()), '--initiator', 'x',
                      check=False)
    assert loose.rc == 2
    assert '--connect' in loose.stderr
    by_name = openstack('volume', 'attachment', 'create', volume['id'],
                        '--server', 'web1', check=False)
    assert (by_name.rc, by_name.stderr.strip()) == (2, (
        'openstack: This cloud has no Compute service to look servers up '
        "in: give the server's ID, not 'web1'"))
    old = openstack('--os-volume-api-version', '3.26', 'volume',
                    'attachment', 'list', check=False)
    assert old.rc == 2 and '3.27 or greater' in old.stderr
