"""Unit tests: network flavor and network flavor profile commands."""

import pytest
from openstack.network.v2 import flavor as sdk_flavor
from openstack.network.v2 import service_profile as sdk_profile

from openstackclient.cli import errors
from openstackclient.network.v2 import network_flavor
from openstackclient.network.v2 import network_flavor_profile
from tests.unit import fakes

FLAVOR = sdk_flavor.Flavor(id='f1', name='fl', enabled=True,
                           service_type='L3_ROUTER_NAT', description='d',
                           service_profiles=['p1'])
PROFILE = sdk_profile.ServiceProfile(id='p1', driver='drv', enabled=True,
                                     metainfo='{}', description='pd')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_flavor.return_value = FLAVOR
    proxy.find_service_profile.return_value = PROFILE
    return proxy


def test_flavor_create(net):
    net.create_flavor.return_value = FLAVOR
    _, (labels, values) = fakes.run_command(
        network_flavor.CreateNetworkFlavor,
        ['fl', '--service-type', 'L3_ROUTER_NAT', '--description', 'd'],
        network=net)
    net.create_flavor.assert_called_once_with(
        name='fl', service_type='L3_ROUTER_NAT', description='d')
    assert labels == ('description', 'enabled', 'id', 'name',
                      'service_profile_ids', 'service_type')
    assert dict(zip(labels, values))['service_profile_ids'].machine_readable(
    ) == ['p1']


def test_flavor_list_set_show_delete(net):
    net.flavors.return_value = [FLAVOR]
    _, (labels, rows) = fakes.run_command(network_flavor.ListNetworkFlavor,
                                          [], network=net)
    assert labels == ('ID', 'Name', 'Enabled', 'Service Type', 'Description')
    assert rows == [('f1', 'fl', True, 'L3_ROUTER_NAT', 'd')]
    fakes.run_command(network_flavor.SetNetworkFlavor, ['fl', '--disable'],
                      network=net)
    net.update_flavor.assert_called_once_with(FLAVOR, is_enabled=False)
    fakes.run_command(network_flavor.ShowNetworkFlavor, ['fl'], network=net)
    fakes.run_command(network_flavor.DeleteNetworkFlavor, ['fl'],
                      network=net)
    net.delete_flavor.assert_called_once_with(FLAVOR, ignore_missing=False)


def test_flavor_add_remove_profile(net):
    fakes.run_command(network_flavor.AddNetworkFlavorToProfile,
                      ['fl', 'p1'], network=net)
    net.associate_flavor_with_service_profile.assert_called_once_with(
        FLAVOR, PROFILE)
    fakes.run_command(network_flavor.RemoveNetworkFlavorFromProfile,
                      ['fl', 'p1'], network=net)
    net.disassociate_flavor_from_service_profile.assert_called_once_with(
        FLAVOR, PROFILE)


def test_profile_create(net):
    net.create_service_profile.return_value = PROFILE
    _, (labels, _) = fakes.run_command(
        network_flavor_profile.CreateNetworkFlavorProfile,
        ['--driver', 'drv', '--metainfo', '{}', '--disable'], network=net)
    net.create_service_profile.assert_called_once_with(
        is_enabled=False, driver='drv', meta_info='{}')
    assert labels == ('description', 'driver', 'enabled', 'id', 'meta_info',
                      'name', 'project_id')


def test_profile_create_needs_driver_or_metainfo(net):
    with pytest.raises(errors.UsageError):
        fakes.run_command(network_flavor_profile.CreateNetworkFlavorProfile,
                          [], network=net)
    net.create_service_profile.assert_not_called()


def test_profile_list_set(net):
    net.service_profiles.return_value = [PROFILE]
    _, (labels, rows) = fakes.run_command(
        network_flavor_profile.ListNetworkFlavorProfile, [], network=net)
    assert labels == ('ID', 'Driver', 'Enabled', 'Metainfo', 'Description')
    assert rows == [('p1', 'drv', True, '{}', 'pd')]
    fakes.run_command(network_flavor_profile.SetNetworkFlavorProfile,
                      ['p1', '--enable', '--driver', 'd2'], network=net)
    net.update_service_profile.assert_called_once_with(
        PROFILE, is_enabled=True, driver='d2')
