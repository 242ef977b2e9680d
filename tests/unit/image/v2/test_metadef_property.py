"""Unit tests: image metadef property commands."""

import pytest
from openstack.image.v2 import metadef_property as sdk_prop

from openstackclient.cli import errors
from openstackclient.image.v2 import metadef_property
from tests.unit import fakes

PROP = sdk_prop.MetadefProperty(name='p1', title='P1', type='string',
                                description='x', default='a')


@pytest.fixture
def img():
    proxy = fakes.sdk_proxy('image.v2')
    proxy.get_metadef_property.return_value = PROP
    proxy.create_metadef_property.return_value = PROP
    return proxy


def test_create(img):
    _, (labels, values) = fakes.run_command(
        metadef_property.CreateMetadefProperty,
        ['--name', 'p1', '--title', 'P1', '--type', 'string',
         '--schema', '{"description": "x", "default": "a"}', 'ns'],
        image=img)
    img.create_metadef_property.assert_called_once_with(
        'ns', name='p1', title='P1', type='string', description='x',
        default='a')
    assert dict(zip(labels, values)) == {
        'default': 'a', 'description': 'x', 'name': 'p1', 'title': 'P1',
        'type': 'string'}


@pytest.mark.parametrize('schema', ['{bad', '[1]'])
def test_create_bad_schema(img, schema):
    with pytest.raises(errors.UsageError, match='--schema'):
        fakes.run_command(
            metadef_property.CreateMetadefProperty,
            ['--name', 'p', '--title', 'P', '--type', 'string',
             '--schema', schema, 'ns'], image=img)


def test_delete_named_and_all(img):
    fakes.run_command(metadef_property.DeleteMetadefProperty,
                      ['ns', 'p1'], image=img)
    img.delete_metadef_property.assert_called_once_with(
        'p1', 'ns', ignore_missing=False)
    fakes.run_command(metadef_property.DeleteMetadefProperty, ['ns'],
                      image=img)
    img.delete_all_metadef_properties.assert_called_once_with('ns')


def test_list(img):
    img.metadef_properties.return_value = [PROP]
    _, (labels, rows) = fakes.run_command(
        metadef_property.ListMetadefProperty, ['ns'], image=img)
    img.metadef_properties.assert_called_once_with('ns')
    assert (labels, rows) == (('name', 'title', 'type'),
                              [('p1', 'P1', 'string')])


def test_set_keeps_what_is_not_changed(img):
    fakes.run_command(
        metadef_property.SetMetadefProperty,
        ['--title', 'New', '--schema', '{"default": "b"}', 'ns', 'p1'],
        image=img)
    img.get_metadef_property.assert_called_once_with('p1', 'ns')
    img.update_metadef_property.assert_called_once_with(
        'p1', 'ns', name='p1', type='string', title='New', description='x',
        default='b')


def test_show(img):
    fakes.run_command(metadef_property.ShowMetadefProperty, ['ns', 'p1'],
                      image=img)
    img.get_metadef_property.assert_called_once_with('p1', 'ns')
