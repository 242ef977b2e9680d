"""Unit tests: image metadef resource type (association) commands."""

import pytest
from openstack.image.v2 import metadef_namespace as sdk_ns
from openstack.image.v2 import metadef_resource_type as sdk_rt

from openstackclient.image.v2 import metadef_resource_type as rt
from tests.unit import fakes

ASSOC = sdk_rt.MetadefResourceTypeAssociation(
    name='OS::Glance::Image', created_at='c', updated_at='u')


@pytest.fixture
def img():
    proxy = fakes.sdk_proxy('image.v2')
    proxy.get_metadef_namespace.return_value = sdk_ns.MetadefNamespace(
        namespace='ns', protected=False)
    return proxy


def test_resource_type_list(img):
    img.metadef_resource_types.return_value = [
        sdk_rt.MetadefResourceType(name='OS::Glance::Image')]
    _, (labels, rows) = fakes.run_command(rt.ListMetadefResourceType, [],
                                          image=img)
    assert (labels, rows) == (('Name',), [('OS::Glance::Image',)])


def test_association_create(img):
    img.create_metadef_resource_type_association.return_value = ASSOC
    _, (labels, values) = fakes.run_command(
        rt.CreateMetadefResourceTypeAssociation,
        ['ns', 'OS::Glance::Image', '--properties-target', 'image'],
        image=img)
    img.create_metadef_resource_type_association.assert_called_once_with(
        'ns', namespace='ns', name='OS::Glance::Image',
        properties_target='image')
    assert labels == ('created_at', 'id', 'name', 'prefix',
                      'properties_target', 'updated_at')
    assert values[2] == 'OS::Glance::Image'


def test_association_list(img):
    img.metadef_resource_type_associations.return_value = [ASSOC]
    _, (_, rows) = fakes.run_command(rt.ListMetadefResourceTypeAssociation,
                                     ['ns'], image=img)
    img.metadef_resource_type_associations.assert_called_once_with('ns')
    assert rows == [('OS::Glance::Image',)]


def test_association_delete(img):
    fakes.run_command(rt.DeleteMetadefResourceTypeAssociation,
                      ['ns', 'A', 'B'], image=img)
    ns = img.get_metadef_namespace.return_value
    assert [c.args for c in
            img.delete_metadef_resource_type_association.call_args_list
            ] == [('A', ns), ('B', ns)]
    img.update_metadef_namespace.assert_not_called()


def test_association_delete_force_protected(img):
    ns = sdk_ns.MetadefNamespace(namespace='ns', protected=True)
    img.get_metadef_namespace.return_value = ns
    img.delete_metadef_resource_type_association.side_effect = \
        RuntimeError('boom')
    with pytest.raises(RuntimeError):
        fakes.run_command(rt.DeleteMetadefResourceTypeAssociation,
                          ['ns', 'A', '--force'], image=img)
    assert [c.kwargs['is_protected'] for c in
            img.update_metadef_namespace.call_args_list] == [False, True]
