"""Unit tests: extension list/show, network service provider list, ip
availability list/show."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import extension as sdk_extension
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import network_ip_availability as sdk_ipa
from openstack.network.v2 import service_provider as sdk_provider

from openstackclient.cli import errors
from openstackclient.network.v2 import extension
from openstackclient.network.v2 import ip_availability
from openstackclient.network.v2 import network_service_provider
from tests.unit import fakes

EXT = sdk_extension.Extension(alias='trunk', name='Trunk Extension',
                              description='d', links=[], updated='u')
IPA = sdk_ipa.NetworkIPAvailability(
    network_id='n1', network_name='net', project_id='p', total_ips=10,
    used_ips=2, subnet_ip_availability=[{'subnet_id': 's1'}])


@pytest.fixture
def net():
    return fakes.sdk_proxy('network.v2')


def test_extension_list(net):
    net.extensions.return_value = [EXT]
    _, (labels, rows) = fakes.run_command(extension.ListExtension,
                                          ['--network'], network=net)
    assert labels == ('Name', 'Alias', 'Description')
    assert rows == [('Trunk Extension', 'trunk', 'd')]
    _, (labels, rows) = fakes.run_command(extension.ListExtension,
                                          ['--long'], network=net)
    assert labels == ('Name', 'Alias', 'Description', 'Namespace',
                      'Updated At', 'Links')


def test_extension_show(net):
    net.find_extension.return_value = EXT
    _, (labels, values) = fakes.run_command(extension.ShowExtension,
                                            ['trunk'], network=net)
    net.find_extension.assert_called_once_with('trunk', ignore_missing=False)
    assert labels == ('alias', 'description', 'links', 'name', 'updated_at')


def test_extension_show_missing(net):
    net.find_extension.side_effect = sdk_exc.ResourceNotFound('x')
    with pytest.raises(errors.NotFoundError):
        fakes.run_command(extension.ShowExtension, ['x'], network=net)


def test_service_providers(net):
    net.service_providers.return_value = [sdk_provider.ServiceProvider(
        service_type='L3_ROUTER_NAT', name='ha', default=False)]
    _, (labels, rows) = fakes.run_command(
        network_service_provider.ListNetworkServiceProvider, [], network=net)
    assert labels == ('Service Type', 'Name', 'Default')
    assert rows == [('L3_ROUTER_NAT', 'ha', False)]


def test_ip_availability_list(net):
    net.network_ip_availabilities.return_value = [IPA]
    _, (labels, rows) = fakes.run_command(
        ip_availability.ListIPAvailability, [], network=net)
    net.network_ip_availabilities.assert_called_once_with(ip_version=4)
    assert labels == ('Network ID', 'Network Name', 'Total IPs', 'Used IPs')
    assert rows == [('n1', 'net', 10, 2)]


def test_ip_availability_show_by_network_name(net):
    net.find_network.return_value = sdk_network.Network(id='n1')
    net.find_network_ip_availability.return_value = IPA
    _, (labels, values) = fakes.run_command(
        ip_availability.ShowIPAvailability, ['net'], network=net)
    net.find_network.assert_called_once_with('net', ignore_missing=False)
    net.find_network_ip_availability.assert_called_once_with(
        'n1', ignore_missing=False)
    shown = dict(zip(labels, values))
    assert 'id' not in shown and 'name' not in shown
    assert shown['subnet_ip_availability'].machine_readable() == [
        {'subnet_id': 's1'}]
