"""Unit tests: volume type create/delete/list/set/show/unset."""

import types
from unittest import mock

import pytest
from openstack.block_storage.v3 import type as sdk_type

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_type
from tests.unit.volume.v3 import volume_fakes

TYPE = sdk_type.Type(id='t1', name='gold', is_public=False,
                     description='d', extra_specs={'a': 'b'})
SHOW_KEYS = ('access_project_ids', 'description', 'id', 'is_public', 'name',
             'properties')
NO_ENCRYPTION = sdk_type.TypeEncryption(volume_type_id='t1')
ENCRYPTION = sdk_type.TypeEncryption(
    volume_type_id='t1', encryption_id='e1', provider='luks',
    control_location='front-end', cipher=None, key_size=256)


@pytest.fixture
def volume():
    proxy = volume_fakes.proxy()
    proxy.find_type.return_value = TYPE
    proxy.create_type.return_value = TYPE
    proxy.get_type_access.return_value = [{'project_id': 'p1'}]
    return proxy


def identity_with(project_id='p1'):
    identity = mock.Mock()
    identity.find_project.return_value = mock.Mock(id=project_id)
    return identity


def test_create_private_with_project_specs_and_encryption(volume):
    volume.create_type_encryption.return_value = ENCRYPTION
    _, (labels, values), _ = volume_fakes.run(
        volume_type.CreateVolumeType,
        ['gold', '--private', '--project', 'demo', '--property', 'a=b',
         '--multiattach', '--encryption-provider', 'luks',
         '--encryption-key-size', '256'],
        volume, identity=identity_with())
    volume.create_type.assert_called_once_with(
        name='gold', is_public=False,
        extra_specs={'a': 'b', 'multiattach': '<is> True'})
    volume.add_type_access.assert_called_once_with('t1', 'p1')
    volume.create_type_encryption.assert_called_once_with(
        TYPE, provider='luks', key_size=256, control_location='front-end')
    shown = dict(zip(labels, values))
    assert labels == ('description', 'encryption', 'id', 'is_public',
                      'name', 'properties')
    assert shown['encryption'].machine_readable() == {
        'encryption_id': 'e1', 'provider': 'luks',
        'control_location': 'front-end', 'key_size': 256}


def test_create_project_needs_private(volume):
    with pytest.raises(errors.UsageError, match='only allowed with'):
        volume_fakes.run(volume_type.CreateVolumeType,
                         ['gold', '--project', 'demo'], volume)
    volume.create_type.assert_not_called()


def test_create_encryption_needs_a_provider_before_anything_is_made(volume):
    with pytest.raises(errors.UsageError, match='encryption-provider'):
        volume_fakes.run(volume_type.CreateVolumeType,
                         ['gold', '--encryption-cipher', 'x'], volume)
    volume.create_type.assert_not_called()


def test_show_private_lists_access_and_encryption(volume):
    volume.get_type_encryption.return_value = NO_ENCRYPTION
    _, (labels, values), _ = volume_fakes.run(
        volume_type.ShowVolumeType, ['gold', '--encryption-type'], volume)
    shown = dict(zip(labels, values))
    assert shown['access_project_ids'].machine_readable() == ['p1']
    assert shown['encryption'].machine_readable() == {}
    assert shown['properties'].machine_readable() == {'a': 'b'}
    assert set(labels) == set(SHOW_KEYS) | {'encryption'}


def test_show_public_has_no_access_list(volume):
    volume.find_type.return_value = sdk_type.Type(id='t2', name='p',
                                                  is_public=True)
    _, (labels, values), _ = volume_fakes.run(volume_type.ShowVolumeType,
                                              ['p'], volume)
    assert dict(zip(labels, values))['access_project_ids'] is None
    volume.get_type_access.assert_not_called()


def test_list_all_types_long_with_encryption(volume):
    other = sdk_type.Type(id='t2', name='plain', is_public=True,
                          extra_specs={})
    volume.types.return_value = [TYPE, other]
    volume.get_type_encryption.side_effect = [ENCRYPTION, NO_ENCRYPTION]
    _, (labels, rows), _ = volume_fakes.run(
        volume_type.ListVolumeType, ['--long', '--encryption-type'], volume)
    volume.types.assert_called_once_with(is_public='none')
    assert labels == ('ID', 'Name', 'Is Public', 'Description',
                      'Properties', 'Encryption')
    assert rows[1][-1].human_readable() == '-'
    assert rows[0][-1].machine_readable()['provider'] == 'luks'


def test_list_default_and_private(volume):
    volume.get_type.return_value = TYPE
    _, (_, rows), _ = volume_fakes.run(volume_type.ListVolumeType,
                                       ['--default'], volume)
    volume.get_type.assert_called_once_with('default')
    assert rows == [('t1', 'gold', False)]
    volume.types.return_value = []
    volume_fakes.run(volume_type.ListVolumeType, ['--private'], volume)
    volume.types.assert_called_once_with(is_public=False)


def test_list_property_filter_needs_3_52(volume):
    volume.types.return_value = [TYPE]
    with pytest.raises(errors.UsageError, match='3.52'):
        volume_fakes.run(volume_type.ListVolumeType, ['--property', 'a=b'],
                         volume, version='3.40')
    _, (_, rows), _ = volume_fakes.run(
        volume_type.ListVolumeType, ['--property', 'a=c'], volume)
    assert rows == []


def test_set_updates_specs_access_and_creates_encryption(volume):
    volume.get_type_encryption.return_value = NO_ENCRYPTION
    volume.put.return_value = types.SimpleNamespace(status_code=200,
                                                    headers={})
    volume_fakes.run(
        volume_type.SetVolumeType,
        ['gold', '--name', 'new', '--public', '--property', 'c=d',
         '--project', 'demo', '--encryption-provider', 'luks'],
        volume, identity=identity_with())
    volume.put.assert_called_once_with(
        '/types/t1', raise_exc=False,
        json={'volume_type': {'name': 'new', 'is_public': True}})
    volume.update_type_extra_specs.assert_called_once_with('t1', c='d')
    volume.add_type_access.assert_called_once_with('t1', 'p1')
    volume.create_type_encryption.assert_called_once_with(
        TYPE, provider='luks', control_location='front-end')


def test_set_updates_existing_encryption(volume):
    volume.get_type_encryption.return_value = ENCRYPTION
    volume_fakes.run(volume_type.SetVolumeType,
                     ['gold', '--encryption-cipher', 'aes'], volume)
    volume.update_type_encryption.assert_called_once_with(
        volume_type=TYPE, cipher='aes')
    volume.put.assert_not_called()


def test_unset(volume):
    volume_fakes.run(
        volume_type.UnsetVolumeType,
        ['gold', '--property', 'a', '--project', 'demo',
         '--encryption-type'], volume, identity=identity_with())
    volume.delete_type_extra_specs.assert_called_once_with('t1', ['a'])
    volume.remove_type_access.assert_called_once_with('t1', 'p1')
    volume.delete_type_encryption.assert_called_once_with(volume_type='t1')


def test_delete(volume):
    volume_fakes.run(volume_type.DeleteVolumeType, ['gold'], volume)
    volume.delete_type.assert_called_once_with(TYPE, ignore_missing=False)
