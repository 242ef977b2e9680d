"""volume transfer request create/list/show/accept/delete: a volume of
the admin project handed to project demo, accepted as devcloud-demo."""
import pytest

from tests.functional.volume.cinder_api import Cinder


@pytest.fixture(scope='module')
def cinders(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin), Cinder(devcloud, devcloud.demo)


@pytest.fixture
def volume(cinders):
    """An available admin volume; deleted afterwards by whichever project
    owns it then (any transfer request of it goes with it)."""
    admin, demo = cinders
    vol = admin.create_volume()
    yield vol
    for owner in (admin, demo):
        for transfer in owner.request(
                'GET', '/volume-transfers').json()['transfers']:
            if transfer['volume_id'] == vol['id']:
                owner.request('DELETE', '/volume-transfers/' +
                              transfer['id'], raise_exc=False)
        owner.delete_volume(vol['id'])


def test_transfer_to_demo(openstack, cinders, volume, unique_name):
    admin, demo = cinders
    name = unique_name('transfer')
    made = openstack('volume', 'transfer', 'request', 'create', '--name',
                     name, volume['id'], parse_json=True).json
    assert set(made) == {'auth_key', 'created_at', 'id', 'name',
                         'volume_id'}
    assert (made['name'], made['volume_id']) == (name, volume['id'])

    rows = openstack('volume', 'transfer', 'request', 'list',
                     parse_json=True).json
    assert {'ID': made['id'], 'Name': name, 'Volume': volume['id']} in rows
    shown = openstack('volume', 'transfer', 'request', 'show', name,
                      parse_json=True).json
    assert shown['id'] == made['id'] and shown['created_at']
    assert 'auth_key' not in shown

    wrong = openstack('volume', 'transfer', 'request', 'accept', made['id'],
                      '--auth-key', 'wrong', cloud='devcloud-demo',
                      check=False)
    assert wrong.rc == 2
    assert wrong.stderr.startswith('openstack: Invalid auth key')
    assert len(wrong.stderr.strip().splitlines()) == 1

    accepted = openstack('volume', 'transfer', 'request', 'accept',
                         made['id'], '--auth-key', made['auth_key'],
                         cloud='devcloud-demo', parse_json=True).json
    assert accepted == {'id': made['id'], 'name': name,
                        'volume_id': volume['id']}
    assert demo.get('/volumes/' + volume['id'], 'volume') is not None
    demo_id = openstack('project', 'show', 'demo', parse_json=True).json[
        'id']
    owner = admin.get('/volumes/' + volume['id'], 'volume')
    assert owner['os-vol-tenant-attr:tenant_id'] == demo_id
    gone = openstack('volume', 'transfer', 'request', 'show', made['id'],
                     check=False)
    assert gone.rc == 5


def test_delete_cancels_the_request(openstack, volume, unique_name):
    made = openstack('volume', 'transfer', 'request', 'create',
                     volume['id'], parse_json=True).json
    openstack('volume', 'transfer', 'request', 'delete', made['id'])
    rows = openstack('volume', 'transfer', 'request', 'list',
                     parse_json=True).json
    assert made['id'] not in {r['ID'] for r in rows}
    missing = openstack('volume', 'transfer', 'request', 'delete',
                        made['id'], check=False)
    assert missing.rc == 5 and missing.stderr.strip() == (
        "openstack: No volume transfer request with a name or ID of "
        f"'{made['id']}' exists.")


def test_missing_volume_and_old_microversion(openstack):
    missing = openstack('volume', 'transfer', 'request', 'create',
                        'fn-no-such-volume', check=False)
    assert missing.rc == 5
    old = openstack('--os-volume-api-version', '3.50', 'volume', 'transfer',
                    'request', 'create', '--no-snapshots', 'x', check=False)
    assert old.rc == 2 and old.stderr.strip() == (
        'openstack: --(no-)snapshots needs --os-volume-api-version 3.55 or '
        'greater (requested: 3.50)')
