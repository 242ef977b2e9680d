"""volume type create/list/show/set/unset/delete against the devcloud's
Cinder: access, extra specs, encryption, and the in-use refusal."""
import pytest

from tests.functional.volume.cinder_api import Cinder

SHOW_KEYS = {'access_project_ids', 'description', 'id', 'is_public', 'name',
             'properties'}


@pytest.fixture(scope='module')
def cinder(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin)


@pytest.fixture
def types(openstack):
    """types(name, *options) -> the created type's JSON; deleted after."""
    made = []

    def make(name, *options):
        found = openstack('volume', 'type', 'create', name, *options,
                          parse_json=True).json
        made.append(found['id'])
        return found

    yield make
    for type_id in reversed(made):
        openstack('volume', 'type', 'delete', type_id, check=False)


def test_round_trip(openstack, types, unique_name):
    name = unique_name('vtype')
    made = types(name, '--private', '--project', 'demo', '--description',
                 'first', '--property', 'a=1', '--encryption-provider',
                 'luks', '--encryption-cipher', 'aes-xts-plain64')
    assert made['is_public'] is False and made['properties'] == {'a': '1'}
    assert made['encryption']['provider'] == 'luks'
    assert made['encryption']['control_location'] == 'front-end'
    demo_id = openstack('project', 'show', 'demo', parse_json=True).json[
        'id']
    shown = openstack('volume', 'type', 'show', name, '--encryption-type',
                      parse_json=True).json
    assert set(shown) == SHOW_KEYS | {'encryption'}
    assert shown['access_project_ids'] == [demo_id]

    rows = openstack('volume', 'type', 'list', '--private', '--long',
                     '--encryption-type', parse_json=True).json
    row = next(r for r in rows if r['ID'] == made['id'])
    assert set(row) == {'ID', 'Name', 'Is Public', 'Description',
                        'Properties', 'Encryption'}
    assert row['Encryption']['cipher'] == 'aes-xts-plain64'
    public = openstack('volume', 'type', 'list', '--public',
                       parse_json=True).json
    assert made['id'] not in {r['ID'] for r in public}
    default = openstack('volume', 'type', 'list', '--default',
                        parse_json=True).json
    assert [r['Name'] for r in default] == ['__DEFAULT__']

    new = unique_name('vtype')
    openstack('volume', 'type', 'set', name, '--name', new, '--description',
              'second', '--property', 'b=2', '--multiattach',
              '--encryption-key-size', '256')
    shown = openstack('volume', 'type', 'show', new, '--encryption-type',
                      parse_json=True).json
    assert shown['description'] == 'second'
    assert shown['properties'] == {'a': '1', 'b': '2',
                                   'multiattach': '<is> True'}
    assert shown['encryption']['key_size'] == 256

    openstack('volume', 'type', 'unset', new, '--property', 'a',
              '--project', 'demo', '--encryption-type')
    shown = openstack('volume', 'type', 'show', new, '--encryption-type',
                      parse_json=True).json
    assert 'a' not in shown['properties']
    assert shown['access_project_ids'] == [] and shown['encryption'] == {}
    openstack('volume', 'type', 'set', new, '--public')
    assert openstack('volume', 'type', 'show', new,
                     parse_json=True).json['is_public'] is True

    openstack('volume', 'type', 'delete', new)
    gone = openstack('volume', 'type', 'show', made['id'], check=False)
    assert gone.rc == 5 and gone.stderr.strip() == (
        f"openstack: No volume type with a name or ID of '{made['id']}' "
        "exists.")


def test_usage_errors(openstack, types, unique_name):
    name = unique_name('vtype')
    bad = openstack('volume', 'type', 'create', name, '--project', 'demo',
                    check=False)
    assert bad.rc == 2
    assert bad.stderr.strip() == ('openstack: --project is only allowed '
                                  'with --private')
    types(name)
    bad = openstack('volume', 'type', 'set', name, '--encryption-cipher',
                    'aes', check=False)
    assert bad.rc == 2 and bad.stderr.strip().endswith(
        "'--encryption-provider' should be specified while creating a new "
        "encryption type")


def test_delete_in_use_is_refused(openstack, cinder, types, unique_name):
    vtype = types(unique_name('vtype'))
    vol = cinder.create_volume(volume_type=vtype['id'])
    try:
        refused = openstack('volume', 'type', 'delete', vtype['id'],
                            check=False)
        assert refused.rc == 2, refused.stderr
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and 'in use' in lines[0]
        assert '(HTTP 400)' in lines[0]
    finally:
        cinder.delete_volume(vol['id'])


def test_demo_may_not_create(openstack, unique_name):
    denied = openstack('volume', 'type', 'create', unique_name('vtype'),
                       cloud='devcloud-demo', check=False)
    assert denied.rc == 4 and len(denied.stderr.strip().splitlines()) == 1
