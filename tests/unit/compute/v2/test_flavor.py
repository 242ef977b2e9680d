"""Unit tests: flavor create/delete/list/set/show/unset."""

from unittest import mock

import pytest
from openstack.compute.v2 import flavor as sdk_flavor

from openstackclient.cli import errors
from openstackclient.compute.v2 import flavor
from tests.unit.compute.v2 import compute_fakes as cf

FLAVOR = sdk_flavor.Flavor(id='f1', name='small', ram=64, disk=1, vcpus=1,
                           ephemeral=0, swap=0, rxtx_factor=1.0,
                           is_public=False, extra_specs={'a': 'b'},
                           description=None, is_disabled=False)


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.find_flavor.return_value = FLAVOR
    proxy.create_flavor.return_value = FLAVOR
    proxy.create_flavor_extra_specs.return_value = FLAVOR
    proxy.flavors.return_value = [FLAVOR]
    proxy.get_flavor_access.return_value = [
        {'flavor_id': 'f1', 'tenant_id': 'p1'}]
    return proxy


@pytest.fixture
def project():
    with mock.patch('openstackclient.compute.v2.common.project_id',
                    return_value='p1') as found:
        yield found


def test_create_defaults_and_labels(compute):
    _, result, _ = cf.run(flavor.CreateFlavor, ['small'], compute)
    compute.create_flavor.assert_called_once_with(
        name='small', ram=256, vcpus=1, disk=0, ephemeral=0, swap=0,
        is_public=True, id=None)
    shown = cf.as_dict(result)
    assert 'access_project_ids' not in shown
    assert shown['os-flavor-access:is_public'] is False
    assert shown['properties'].machine_readable() == {'a': 'b'}


def test_create_private_with_project_properties_description(compute,
                                                            project):
    cf.run(flavor.CreateFlavor,
           ['small', '--id', '7', '--private', '--project', 'demo',
            '--property', 'k=v', '--description', 'd'], compute)
    kwargs = compute.create_flavor.call_args.kwargs
    assert kwargs['id'] == '7' and kwargs['is_public'] is False
    assert kwargs['description'] == 'd'
    compute.flavor_add_tenant_access.assert_called_once_with('f1', 'p1')
    compute.create_flavor_extra_specs.assert_called_once_with(
        FLAVOR, {'k': 'v'})


def test_create_project_needs_private(compute):
    with pytest.raises(errors.UsageError):
        cf.run(flavor.CreateFlavor, ['x', '--project', 'p'], compute)
    compute.create_flavor.assert_not_called()


def test_create_rxtx_factor_only_until_2_101(compute):
    with pytest.raises(errors.UsageError) as exc:
        cf.run(flavor.CreateFlavor, ['x', '--rxtx-factor', '2'], compute)
    assert '2.101' in str(exc.value)
    cf.run(flavor.CreateFlavor, ['x', '--rxtx-factor', '2'], compute,
           version='2.60')
    assert compute.create_flavor.call_args.kwargs['rxtx_factor'] == 2.0


def test_create_description_needs_2_55(compute):
    with pytest.raises(errors.UsageError):
        cf.run(flavor.CreateFlavor, ['x', '--description', 'd'], compute,
               version='2.54')


def test_delete_looks_up_every_flavor(compute):
    cf.run(flavor.DeleteFlavor, ['small'], compute)
    compute.find_flavor.assert_called_once_with(
        'small', ignore_missing=False, is_public=None)
    compute.delete_flavor.assert_called_once_with('f1', ignore_missing=False)


@pytest.mark.parametrize('argv, is_public', [
    ([], True), (['--private'], False), (['--all'], None)])
def test_list_visibility(compute, argv, is_public):
    _, result, _ = cf.run(flavor.ListFlavor, argv, compute)
    compute.flavors.assert_called_once_with(is_public=is_public)
    assert result[0] == ('ID', 'Name', 'RAM', 'Disk', 'Ephemeral', 'VCPUs',
                         'Is Public')


def test_list_long_filters_and_paging(compute):
    _, result, _ = cf.run(
        flavor.ListFlavor,
        ['--long', '--min-disk', '1', '--min-ram', '2', '--limit', '3',
         '--marker', 'm'], compute)
    compute.flavors.assert_called_once_with(
        is_public=True, min_disk=1, min_ram=2, limit=3, marker='m',
        paginated=False)
    assert result[0][-3:] == ('Swap', 'RXTX Factor', 'Properties')


def test_show_private_lists_access(compute):
    _, result, _ = cf.run(flavor.ShowFlavor, ['small'], compute)
    shown = cf.as_dict(result)
    assert shown['access_project_ids'].machine_readable() == ['p1']
    assert set(shown) == {
        'OS-FLV-DISABLED:disabled', 'OS-FLV-EXT-DATA:ephemeral',
        'access_project_ids', 'description', 'disk', 'id', 'name',
        'os-flavor-access:is_public', 'properties', 'ram', 'rxtx_factor',
        'swap', 'vcpus'}


def test_show_public_has_no_access_list(compute):
    compute.find_flavor.return_value = sdk_flavor.Flavor(id='f2',
                                                         is_public=True)
    _, result, _ = cf.run(flavor.ShowFlavor, ['f2'], compute)
    assert cf.as_dict(result)['access_project_ids'] is None
    compute.get_flavor_access.assert_not_called()


def test_set_replaces_properties_adds_access_and_description(compute,
                                                              project):
    cf.run(flavor.SetFlavor,
           ['small', '--no-property', '--property', 'c=d', '--project', 'p',
            '--description', 'new'], compute)
    compute.delete_flavor_extra_specs_property.assert_called_once_with(
        'f1', 'a', ignore_missing=False)
    compute.create_flavor_extra_specs.assert_called_once_with(
        'f1', {'c': 'd'})
    compute.flavor_add_tenant_access.assert_called_once_with('f1', 'p1')
    compute.update_flavor.assert_called_once_with('f1', description='new')


def test_unset_properties_and_access(compute, project):
    cf.run(flavor.UnsetFlavor,
           ['small', '--property', 'a', '--project', 'p'], compute)
    compute.delete_flavor_extra_specs_property.assert_called_once_with(
        'f1', 'a', ignore_missing=False)
    compute.flavor_remove_tenant_access.assert_called_once_with('f1', 'p1')
