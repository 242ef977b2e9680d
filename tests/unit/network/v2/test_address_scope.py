"""Unit tests: address scope create/delete/list/set/show."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import address_scope as sdk_scope

from openstackclient.cli import errors
from openstackclient.network.v2 import address_scope
from tests.unit import fakes

SCOPE = sdk_scope.AddressScope(id='s1', name='scope', ip_version=4,
                               shared=False, project_id='p1')
SHOW_KEYS = ('id', 'ip_version', 'name', 'project_id', 'shared')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_address_scope.return_value = SCOPE
    return proxy


def test_create(net):
    net.create_address_scope.return_value = SCOPE
    _, (labels, values) = fakes.run_command(
        address_scope.CreateAddressScope,
        ['scope', '--ip-version', '6', '--share'], network=net)
    net.create_address_scope.assert_called_once_with(
        name='scope', ip_version=6, shared=True)
    assert labels == SHOW_KEYS
    assert dict(zip(labels, values))['shared'] is False


def test_create_defaults_to_ipv4_unshared_unset(net):
    net.create_address_scope.return_value = SCOPE
    fakes.run_command(address_scope.CreateAddressScope, ['scope'],
                      network=net)
    net.create_address_scope.assert_called_once_with(name='scope',
                                                     ip_version=4)


def test_create_bad_ip_version(net):
    with pytest.raises(SystemExit):
        fakes.run_command(address_scope.CreateAddressScope,
                          ['scope', '--ip-version', '5'], network=net)


def test_list_filters(net):
    net.address_scopes.return_value = [SCOPE]
    _, (labels, rows) = fakes.run_command(
        address_scope.ListAddressScope,
        ['--name', 'scope', '--ip-version', '4', '--no-share'], network=net)
    net.address_scopes.assert_called_once_with(name='scope', ip_version=4,
                                               is_shared=False)
    assert labels == ('ID', 'Name', 'IP Version', 'Shared', 'Project')
    assert rows == [('s1', 'scope', 4, False, 'p1')]


def test_set(net):
    fakes.run_command(address_scope.SetAddressScope,
                      ['scope', '--name', 'new', '--share'], network=net)
    net.find_address_scope.assert_called_once_with('scope',
                                                   ignore_missing=False)
    net.update_address_scope.assert_called_once_with(SCOPE, name='new',
                                                     shared=True)


def test_set_nothing_sends_nothing(net):
    fakes.run_command(address_scope.SetAddressScope, ['scope'], network=net)
    net.update_address_scope.assert_not_called()


def test_show_missing(net):
    net.find_address_scope.side_effect = sdk_exc.ResourceNotFound('gone')
    with pytest.raises(errors.NotFoundError, match="No address scope"):
        fakes.run_command(address_scope.ShowAddressScope, ['nope'],
                          network=net)


def test_delete_many(net):
    fakes.run_command(address_scope.DeleteAddressScope, ['a', 'b'],
                      network=net)
    assert net.delete_address_scope.call_count == 2
