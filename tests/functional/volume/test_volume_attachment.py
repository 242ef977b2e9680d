"""volume attachment commands against the devcloud's Cinder, for a real
server of its Nova (booted with no network on a tiny image)."""
import time
import uuid

import pytest
from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

from tests.functional.volume.cinder_api import Cinder

COLUMNS = ['ID', 'Volume ID', 'Instance ID', 'Status', 'Attach Mode',
           'Attached At', 'Detached At', 'Properties']


@pytest.fixture(scope='module')
def cinder(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin)


@pytest.fixture(scope='module')
def server(devcloud):
    """A server of the devcloud's Nova: {'id', 'name'}."""
    if 'nova' not in devcloud.services:
        pytest.skip('nova is not part of this devcloud')
    cred = devcloud.admin
    session = ks_session.Session(auth=v3.Password(
        auth_url=devcloud.auth_url, username=cred['username'],
        password=cred['password'], project_name=cred['project_name'],
        user_domain_id='default', project_domain_id='default'))
    image_ef = {'service_type': 'image', 'interface': 'public'}
    compute_ef = {'service_type': 'compute', 'interface': 'public'}
    name = 'fn-attach-%s' % uuid.uuid4().hex[:8]
    image = session.post('/v2/images', endpoint_filter=image_ef, json={
        'name': name, 'disk_format': 'raw',
        'container_format': 'bare'}).json()
    session.put('/v2/images/%s/file' % image['id'], endpoint_filter=image_ef,
                data=b'\0' * 512,
                headers={'Content-Type': 'application/octet-stream'})
    made = session.post('/servers', endpoint_filter=compute_ef, headers={
        'OpenStack-API-Version': 'compute 2.37'}, json={'server': {
            'name': name, 'imageRef': image['id'], 'flavorRef': '42',
            'networks': 'none'}}).json()['server']
    try:
        deadline = time.monotonic() + 120
        while True:
            got = session.get('/servers/' + made['id'],
                              endpoint_filter=compute_ef).json()['server']
            if got['status'] != 'BUILD' or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert got['status'] == 'ACTIVE', got.get('fault')
        yield {'id': made['id'], 'name': name}
    finally:
        session.delete('/servers/' + made['id'], endpoint_filter=compute_ef,
                       raise_exc=False)
        session.delete('/v2/images/' + image['id'], endpoint_filter=image_ef,
                       raise_exc=False)


@pytest.fixture
def volume(cinder):
    vol = cinder.create_volume()
    yield vol
    cinder.detach_all(vol['id'])
    cinder.delete_volume(vol['id'])


def test_reserve_list_show_delete(openstack, volume, server):
    made = openstack('volume', 'attachment', 'create', volume['name'],
                     '--server', server['name'], parse_json=True).json
    server = server['id']            # looked up by name in Nova
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
    openstack('volume', 'attachment', 'delete', made['ID'])
    assert openstack('volume', 'attachment', 'list', '--volume-id',
                     volume['id'], parse_json=True).json == []
    gone = openstack('volume', 'attachment', 'show', made['ID'],
                     check=False)
    assert gone.rc == 5


def test_connect_set_complete(openstack, volume, server):
    server = server['id']
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

    openstack('volume', 'attachment', 'delete', made['ID'])
    assert openstack('volume', 'attachment', 'list', '--server-id', server,
                     parse_json=True).json == []


def test_options_checked_before_any_request(openstack, volume, server):
    loose = openstack('volume', 'attachment', 'create', volume['id'],
                      '--server', server['id'], '--initiator', 'x',
                      check=False)
    assert loose.rc == 2
    assert '--connect' in loose.stderr
    by_name = openstack('volume', 'attachment', 'create', volume['id'],
                        '--server', 'fn-no-such-server', check=False)
    assert (by_name.rc, by_name.stderr.strip()) == (5, (
        "openstack: No server with a name or ID of 'fn-no-such-server' "
        'exists.'))
    old = openstack('--os-volume-api-version', '3.26', 'volume',
                    'attachment', 'list', check=False)
    assert old.rc == 2 and '3.27 or greater' in old.stderr
