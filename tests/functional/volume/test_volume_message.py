"""volume message list/show/delete (3.3): a message made on purpose by a
volume of a type no backend serves (the scheduler finds none)."""
import time
import uuid

import pytest

from tests.functional.volume.cinder_api import Cinder

LIST_KEYS = {'ID', 'Event ID', 'Resource Type', 'Resource UUID',
             'Message Level', 'User Message', 'Request ID', 'Created At',
             'Guaranteed Until'}


@pytest.fixture
def failed_volume(devcloud):
    """A volume in error (its type asks for a backend that does not
    exist); the volume and the type are deleted afterwards."""
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    cinder = Cinder(devcloud, devcloud.admin)
    name = 'fn-msg-' + uuid.uuid4().hex[:8]
    vtype = cinder.request('POST', '/types', {'volume_type': {
        'name': name, 'extra_specs': {
            'volume_backend_name': 'fn-no-such-backend'}}}).json()[
        'volume_type']
    vol = None
    try:
        vol = cinder.request('POST', '/volumes', {'volume': {
            'name': name, 'size': 1, 'volume_type': vtype['id']}}).json()[
            'volume']
        vol = cinder.wait('/volumes/' + vol['id'], 'volume', ('creating',))
        assert vol['status'] == 'error', vol
        yield vol
    finally:
        if vol is not None:
            cinder.delete_volume(vol['id'])
        cinder.request('DELETE', '/types/' + vtype['id'], raise_exc=False)


def message_of(openstack, volume_id, timeout=30):
    deadline = time.monotonic() + timeout
    while True:
        rows = openstack('volume', 'message', 'list', parse_json=True).json
        found = [r for r in rows if r['Resource UUID'] == volume_id]
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)


def test_list_show_delete(openstack, failed_volume):
    found = message_of(openstack, failed_volume['id'])
    assert len(found) == 1 and set(found[0]) == LIST_KEYS
    message = found[0]
    assert message['Resource Type'] == 'VOLUME'
    assert message['Message Level'] == 'ERROR'
    assert 'weighted backend' in message['User Message']
    shown = openstack('volume', 'message', 'show', message['ID'],
                      parse_json=True).json
    assert set(shown) == LIST_KEYS and shown['ID'] == message['ID']
    assert list(shown) == sorted(shown)
    limited = openstack('volume', 'message', 'list', '--limit', '1',
                        parse_json=True).json
    assert len(limited) == 1
    openstack('volume', 'message', 'delete', message['ID'])
    gone = openstack('volume', 'message', 'show', message['ID'],
                     check=False)
    assert gone.rc == 5 and gone.stderr.strip() == (
        f"openstack: Message {message['ID']} could not be found. "
        "(HTTP 404)")


def test_errors(openstack):
    old = openstack('--os-volume-api-version', '3.2', 'volume', 'message',
                    'list', check=False)
    assert old.rc == 2 and old.stderr.strip() == (
        'openstack: volume message list needs --os-volume-api-version 3.3 '
        'or greater (requested: 3.2)')
    missing = openstack('volume', 'message', 'delete', 'fn-a', 'fn-b',
                        check=False)
    assert missing.rc == 5
    lines = missing.stderr.strip().splitlines()
    assert len(lines) == 3 and 'fn-a' in lines[0] and 'fn-b' in lines[1]
