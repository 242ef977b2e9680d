"""Unit tests: image metadef object commands."""

import pytest
from openstack.image.v2 import metadef_object as sdk_obj

from openstackclient.cli import errors
from openstackclient.image.v2 import metadef_object
from tests.unit import fakes

OBJ = sdk_obj.MetadefObject(
    name='o1', namespace_name='ns', description=None, required=[],
    properties={'p': {'type': 'string', 'title': 'P'}}, created_at='c',
    updated_at='u')


@pytest.fixture
def img():
    proxy = fakes.sdk_proxy('image.v2')
    proxy.get_metadef_object.return_value = OBJ
    proxy.create_metadef_object.return_value = OBJ
    return proxy


def test_create(img):
    _, (labels, values) = fakes.run_command(
        metadef_object.CreateMetadefObject, ['--namespace', 'ns', 'o1'],
        image=img)
    img.create_metadef_object.assert_called_once_with(namespace='ns',
                                                      name='o1')
    assert labels == ('created_at', 'description', 'name', 'namespace_name',
                      'properties', 'required', 'updated_at')
    assert values[2:4] == ('o1', 'ns')


def test_create_needs_namespace(img):
    with pytest.raises(SystemExit):
        fakes.run_command(metadef_object.CreateMetadefObject, ['o1'],
                          image=img)


def test_show(img):
    fakes.run_command(metadef_object.ShowMetadefObject, ['ns', 'o1'],
                      image=img)
    img.get_metadef_object.assert_called_once_with('o1', 'ns')


def test_delete_named(img):
    fakes.run_command(metadef_object.DeleteMetadefObject, ['ns', 'o1'],
                      image=img)
    img.get_metadef_object.assert_called_once_with('o1', 'ns')
    img.delete_metadef_object.assert_called_once_with(OBJ, 'ns')
    img.delete_all_metadef_objects.assert_not_called()


def test_delete_all(img):
    fakes.run_command(metadef_object.DeleteMetadefObject, ['ns'], image=img)
    img.delete_all_metadef_objects.assert_called_once_with('ns')
    img.delete_metadef_object.assert_not_called()


def test_list(img):
    img.metadef_objects.return_value = [OBJ]
    _, (labels, rows) = fakes.run_command(metadef_object.ListMetadefObject,
                                          ['ns'], image=img)
    img.metadef_objects.assert_called_once_with('ns')
    assert (labels, rows) == (('name', 'description'), [('o1', None)])


def test_update(img):
    fakes.run_command(metadef_object.SetMetadefObject,
                      ['ns', 'o1', '--name', 'o2'], image=img)
    img.update_metadef_object.assert_called_once_with(OBJ, 'ns', name='o2')


def test_property_show(img):
    _, (labels, values) = fakes.run_command(
        metadef_object.ShowMetadefObjectProperty, ['ns', 'o1', 'p'],
        image=img)
    assert dict(zip(labels, values)) == {'name': 'p', 'title': 'P',
                                         'type': 'string'}


def test_property_show_missing(img):
    with pytest.raises(errors.NotFoundError, match="no property 'q'"):
        fakes.run_command(metadef_object.ShowMetadefObjectProperty,
                          ['ns', 'o1', 'q'], image=img)
