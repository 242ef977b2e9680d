"""Unit tests: address group create/delete/list/set/show/unset."""

import pytest
from openstack.network.v2 import address_group as sdk_group

from openstackclient.network.v2 import address_group
from tests.unit import fakes

GROUP = sdk_group.AddressGroup(id='g1', name='grp', description='d',
                               project_id='p1',
                               addresses=['10.0.0.1/32', '10.1.0.0/24'])


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_address_group.return_value = GROUP
    return proxy


def test_create_normalises_addresses(net):
    net.create_address_group.return_value = GROUP
    _, (labels, values) = fakes.run_command(
        address_group.CreateAddressGroup,
        ['grp', '--description', 'd', '--address', '10.0.0.1',
         '--address', '10.1.0.0/24', '--address', '2001:db8::1'],
        network=net)
    net.create_address_group.assert_called_once_with(
        name='grp', description='d',
        addresses=['10.0.0.1/32', '10.1.0.0/24', '2001:db8::1/128'])
    assert labels == ('addresses', 'description', 'id', 'name',
                      'project_id')
    assert dict(zip(labels, values))['addresses'].human_readable() == (
        '10.0.0.1/32, 10.1.0.0/24')


def test_create_without_addresses_sends_empty_list(net):
    net.create_address_group.return_value = GROUP
    fakes.run_command(address_group.CreateAddressGroup, ['grp'],
                      network=net)
    net.create_address_group.assert_called_once_with(name='grp',
                                                     addresses=[])


def test_bad_address(net):
    with pytest.raises(SystemExit):
        fakes.run_command(address_group.CreateAddressGroup,
                          ['grp', '--address', '10.0.0.300'], network=net)


def test_list(net):
    net.address_groups.return_value = [GROUP]
    _, (labels, rows) = fakes.run_command(
        address_group.ListAddressGroup, ['--name', 'grp'], network=net)
    net.address_groups.assert_called_once_with(name='grp')
    assert labels == ('ID', 'Name', 'Description', 'Project', 'Addresses')
    assert rows[0][:4] == ('g1', 'grp', 'd', 'p1')


def test_set(net):
    fakes.run_command(address_group.SetAddressGroup,
                      ['grp', '--name', 'n', '--address', '10.2.0.0/16'],
                      network=net)
    net.update_address_group.assert_called_once_with(GROUP, name='n')
    net.add_addresses_to_address_group.assert_called_once_with(
        GROUP, ['10.2.0.0/16'])


def test_set_nothing(net):
    fakes.run_command(address_group.SetAddressGroup, ['grp'], network=net)
    net.update_address_group.assert_not_called()
    net.add_addresses_to_address_group.assert_not_called()


def test_unset(net):
    fakes.run_command(address_group.UnsetAddressGroup,
                      ['grp', '--address', '10.0.0.1'], network=net)
    net.remove_addresses_from_address_group.assert_called_once_with(
        GROUP, ['10.0.0.1/32'])


def test_show_and_delete(net):
    fakes.run_command(address_group.ShowAddressGroup, ['grp'], network=net)
    fakes.run_command(address_group.DeleteAddressGroup, ['grp'],
                      network=net)
    net.delete_address_group.assert_called_once_with(GROUP,
                                                     ignore_missing=False)
