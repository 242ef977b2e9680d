"""Unit tests: image metadef namespace commands."""

import pytest
from openstack.image.v2 import metadef_namespace as sdk_ns

from openstackclient.cli import errors
from openstackclient.image.v2 import metadef_namespace
from tests.unit import fakes

NS = sdk_ns.MetadefNamespace(
    namespace='ns', display_name='N', description='d', visibility='public',
    protected=False, owner='p1', created_at='c', updated_at='u',
    tags=[{'name': 't1'}],
    resource_type_associations=[{'name': 'OS::Glance::Image'}])


@pytest.fixture
def img():
    proxy = fakes.sdk_proxy('image.v2')
    proxy.get_metadef_namespace.return_value = NS
    proxy.create_metadef_namespace.return_value = NS
    return proxy


def test_create(img):
    _, (labels, values) = fakes.run_command(
        metadef_namespace.CreateMetadefNamespace,
        ['ns', '--display-name', 'N', '--description', 'd', '--public',
         '--protected'], image=img)
    img.create_metadef_namespace.assert_called_once_with(
        namespace='ns', display_name='N', description='d', protected=True,
        visibility='public')
    shown = dict(zip(labels, values))
    assert list(labels) == sorted(labels)
    assert shown['resource_type_associations'] == ['OS::Glance::Image']
    assert shown['protected'] is False
    assert 'properties' not in shown


def test_delete_many(img):
    fakes.run_command(metadef_namespace.DeleteMetadefNamespace, ['a', 'b'],
                      image=img)
    assert img.delete_metadef_namespace.call_count == 2
    img.delete_metadef_namespace.assert_called_with('b',
                                                    ignore_missing=False)


def test_list(img):
    img.metadef_namespaces.return_value = [NS]
    _, (labels, rows) = fakes.run_command(
        metadef_namespace.ListMetadefNamespace,
        ['--resource-types', 'OS::Glance::Image', '--visibility', 'public'],
        image=img)
    img.metadef_namespaces.assert_called_once_with(
        resource_types='OS::Glance::Image', visibility='public')
    assert (labels, list(rows)) == (('namespace',), [('ns',)])


def test_set_fields_and_tags(img):
    fakes.run_command(
        metadef_namespace.SetMetadefNamespace,
        ['ns', '--description', 'x', '--private', '--unprotected',
         '--tag', 'a', '--tag', 'b'], image=img)
    img.update_metadef_namespace.assert_called_once_with(
        'ns', namespace='ns', description='x', protected=False,
        visibility='private')
    assert [c.args for c in img.add_tag_to_metadef_namespace.call_args_list
            ] == [('ns', 'a'), ('ns', 'b')]
    img.remove_tags_from_metadef_namespace.assert_not_called()


def test_set_only_tags_replacing(img):
    fakes.run_command(metadef_namespace.SetMetadefNamespace,
                      ['ns', '--no-tag', '--tag', 'a'], image=img)
    img.update_metadef_namespace.assert_not_called()
    img.remove_tags_from_metadef_namespace.assert_called_once_with('ns')
    img.add_tag_to_metadef_namespace.assert_called_once_with('ns', 'a')


def test_show(img):
    _, (labels, _) = fakes.run_command(
        metadef_namespace.ShowMetadefNamespace, ['ns'], image=img)
    img.get_metadef_namespace.assert_called_once_with('ns')
    assert 'namespace' in labels


def test_unset_tags(img):
    with pytest.raises(errors.NotFoundError, match="no tag 'zz'"):
        fakes.run_command(metadef_namespace.UnsetMetadefNamespace,
                          ['ns', '--tag', 't1', '--tag', 'zz'], image=img)
    img.remove_tag_from_metadef_namespace.assert_called_once_with(NS, 't1')


def test_unset_all_tags(img):
    fakes.run_command(metadef_namespace.UnsetMetadefNamespace,
                      ['ns', '--all-tags'], image=img)
    img.remove_tags_from_metadef_namespace.assert_called_once_with(NS)


def test_unset_needs_an_option(img):
    with pytest.raises(SystemExit):
        fakes.run_command(metadef_namespace.UnsetMetadefNamespace, ['ns'],
                          image=img)
