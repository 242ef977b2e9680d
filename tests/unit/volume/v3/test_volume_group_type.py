"""Unit tests: volume group type commands."""

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_group_type as gt
from tests.unit.volume.v3.vfakes import proxy, run, thing


def group_type(**attrs):
    data = dict(id='t1', name='gold', description=None, is_public=True,
                group_specs={'a': '1'})
    data.update(attrs)
    return thing(**data)


def test_create_private_sends_3_11():
    volume = proxy()
    volume.create_group_type.return_value = group_type(is_public=False)
    labels, values = run(gt.CreateVolumeGroupType,
                         ['gold', '--private', '--description', 'd'], volume)
    volume.create_group_type.assert_called_once_with(
        name='gold', is_public=False, description='d')
    assert volume.default_microversion == '3.11'
    assert labels == ('ID', 'Name', 'Description', 'Is Public',
                      'Properties')


def test_create_needs_3_11():
    with pytest.raises(errors.UsageError) as exc:
        run(gt.CreateVolumeGroupType, ['gold'], proxy(), version='3.10')
    assert str(exc.value) == (
        "'volume group type create' needs --os-volume-api-version 3.11 or "
        'greater (requested: 3.10)')


def test_set_updates_and_changes_only_what_differs():
    volume = proxy()
    found = group_type(group_specs={'a': '1', 'b': '2'})
    volume.find_group_type.return_value = found
    volume.get_group_type.return_value = found
    run(gt.SetVolumeGroupType, ['gold', '--name', 'g2', '--no-property',
                                '--property', 'a=1', '--property', 'c=3'],
        volume)
    volume.update_group_type.assert_called_once_with(found, name='g2')
    volume.delete_group_type_group_specs_property.assert_called_once_with(
        found, 'b')
    volume.create_group_type_group_specs.assert_called_once_with(
        found, {'c': '3'})


def test_unset_ignores_missing_keys():
    volume = proxy()
    found = group_type()
    volume.find_group_type.return_value = found
    volume.get_group_type.return_value = found
    run(gt.UnsetVolumeGroupType, ['gold', '--property', 'a', '--property',
                                  'zz'], volume)
    volume.delete_group_type_group_specs_property.assert_called_once_with(
        found, 'a')


def test_list_and_default():
    volume = proxy()
    volume.group_types.return_value = [group_type()]
    labels, rows = run(gt.ListVolumeGroupType, [], volume)
    assert labels == ('ID', 'Name', 'Is Public', 'Group Specs')
    assert rows[0][:3] == ('t1', 'gold', True)
    volume.get_group_type.return_value = group_type(id='d')
    _, rows = run(gt.ListVolumeGroupType, ['--default'], volume)
    volume.get_group_type.assert_called_once_with('default')
    assert rows[0][0] == 'd'


def test_delete_several():
    volume = proxy()
    volume.find_group_type.side_effect = lambda n, **kw: group_type(id=n)
    run(gt.DeleteVolumeGroupType, ['a', 'b'], volume)
    assert volume.delete_group_type.call_count == 2


def test_show_not_found_names_the_kind():
    volume = proxy()
    from openstack import exceptions as sdk_exceptions
    volume.find_group_type.side_effect = sdk_exceptions.NotFoundException()
    with pytest.raises(errors.NotFoundError) as exc:
        run(gt.ShowVolumeGroupType, ['nope'], volume)
    assert str(exc.value) == (
        "No volume group type with a name or ID of 'nope' exists.")
