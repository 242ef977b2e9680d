"""Unit tests: network trunk create/delete/list/set/show/unset and
network subport list."""

import pytest
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import trunk as sdk_trunk

from openstackclient.network.v2 import network_trunk
from tests.unit import fakes

SUB = {'port_id': 'sp1', 'segmentation_type': 'vlan', 'segmentation_id': 5}
TRUNK = sdk_trunk.Trunk(id='t1', name='trunk', port_id='pp', status='DOWN',
                        admin_state_up=True, sub_ports=[SUB], tags=[],
                        description='d', project_id='p1')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_trunk.return_value = TRUNK
    proxy.find_port.side_effect = lambda name, **kw: sdk_port.Port(
        id=name + '-id')
    return proxy


def test_create_with_subports(net):
    net.create_trunk.return_value = TRUNK
    _, (labels, values) = fakes.run_command(
        network_trunk.CreateNetworkTrunk,
        ['trunk', '--parent-port', 'parent', '--description', 'd',
         '--subport', 'port=a,segmentation-type=vlan,segmentation-id=5',
         '--subport', 'port=b,segmentation-type=inherit', '--disable'],
        network=net)
    net.create_trunk.assert_called_once_with(
        name='trunk', description='d', port_id='parent-id',
        is_admin_state_up=False, sub_ports=[
            {'port_id': 'a-id', 'segmentation_type': 'vlan',
             'segmentation_id': 5},
            {'port_id': 'b-id', 'segmentation_type': 'inherit'}])
    shown = dict(zip(labels, values))
    assert shown['admin_state_up'].human_readable() == 'UP'
    assert shown['admin_state_up'].machine_readable() is True
    assert shown['sub_ports'].machine_readable() == [SUB]


def test_create_enabled_by_default(net):
    net.create_trunk.return_value = TRUNK
    fakes.run_command(network_trunk.CreateNetworkTrunk,
                      ['trunk', '--parent-port', 'parent'], network=net)
    assert net.create_trunk.call_args.kwargs['is_admin_state_up'] is True


@pytest.mark.parametrize('subport', [
    'segmentation-id=5', 'port=a,vlan=5', 'port=a,segmentation-id=x', 'a'])
def test_bad_subport(net, subport):
    with pytest.raises(SystemExit):
        fakes.run_command(network_trunk.CreateNetworkTrunk,
                          ['trunk', '--parent-port', 'p', '--subport',
                           subport], network=net)


def test_parent_port_required(net):
    with pytest.raises(SystemExit):
        fakes.run_command(network_trunk.CreateNetworkTrunk, ['trunk'],
                          network=net)


def test_list_long(net):
    net.trunks.return_value = [TRUNK]
    _, (labels, rows) = fakes.run_command(network_trunk.ListNetworkTrunk,
                                          ['--long'], network=net)
    assert labels == ('ID', 'Name', 'Parent Port', 'Description', 'Status',
                      'State', 'Created At', 'Updated At')
    assert rows[0][:5] == ('t1', 'trunk', 'pp', 'd', 'DOWN')
    assert rows[0][5].human_readable() == 'UP'


def test_set_enable_then_add(net):
    calls = []
    net.update_trunk.side_effect = lambda *a, **k: calls.append('update')
    net.add_trunk_subports.side_effect = lambda *a: calls.append('add')
    fakes.run_command(
        network_trunk.SetNetworkTrunk,
        ['trunk', '--name', 'n', '--enable', '--subport', 'port=c'],
        network=net)
    net.update_trunk.assert_called_once_with(TRUNK, name='n',
                                             is_admin_state_up=True)
    net.add_trunk_subports.assert_called_once_with(TRUNK,
                                                   [{'port_id': 'c-id'}])
    assert calls == ['update', 'add']


def test_set_add_then_disable(net):
    calls = []
    net.update_trunk.side_effect = lambda *a, **k: calls.append('update')
    net.add_trunk_subports.side_effect = lambda *a: calls.append('add')
    fakes.run_command(network_trunk.SetNetworkTrunk,
                      ['trunk', '--disable', '--subport', 'port=c'],
                      network=net)
    assert calls == ['add', 'update']


def test_set_nothing(net):
    fakes.run_command(network_trunk.SetNetworkTrunk, ['trunk'], network=net)
    net.update_trunk.assert_not_called()
    net.add_trunk_subports.assert_not_called()


def test_unset(net):
    fakes.run_command(network_trunk.UnsetNetworkTrunk,
                      ['trunk', '--subport', 'a', '--subport', 'b'],
                      network=net)
    net.delete_trunk_subports.assert_called_once_with(
        TRUNK, [{'port_id': 'a-id'}, {'port_id': 'b-id'}])


def test_unset_needs_subport(net):
    with pytest.raises(SystemExit):
        fakes.run_command(network_trunk.UnsetNetworkTrunk, ['trunk'],
                          network=net)


def test_subport_list(net):
    net.get_trunk_subports.return_value = {'sub_ports': [SUB]}
    _, (labels, rows) = fakes.run_command(
        network_trunk.ListNetworkSubport, ['--trunk', 'trunk'], network=net)
    net.get_trunk_subports.assert_called_once_with(TRUNK)
    assert labels == ('Port', 'Segmentation Type', 'Segmentation ID')
    assert rows == [('sp1', 'vlan', 5)]


def test_show_and_delete(net):
    _, (labels, _) = fakes.run_command(network_trunk.ShowNetworkTrunk,
                                       ['trunk'], network=net)
    assert 'admin_state_up' in labels and 'sub_ports' in labels
    fakes.run_command(network_trunk.DeleteNetworkTrunk, ['trunk'],
                      network=net)
    net.delete_trunk.assert_called_once_with(TRUNK, ignore_missing=False)


def test_trunk_subport_list(net):
    net.get_trunk_subports.return_value = {'sub_ports': [SUB]}
    _, (labels, rows) = fakes.run_command(
        network_trunk.ListNetworkTrunkSubport, ['trunk'], network=net)
    net.find_trunk.assert_called_once_with('trunk', ignore_missing=False)
    net.get_trunk_subports.assert_called_once_with(TRUNK)
    assert labels == ('Port', 'Segmentation Type', 'Segmentation ID')
    assert rows == [('sp1', 'vlan', 5)]


def test_trunk_subport_add(net):
    fakes.run_command(network_trunk.AddNetworkTrunkSubport,
                      ['trunk', 'a', '--segmentation-type', 'vlan',
                       '--segmentation-id', '7'], network=net)
    net.add_trunk_subports.assert_called_once_with(
        TRUNK, [{'port_id': 'a-id', 'segmentation_type': 'vlan',
                 'segmentation_id': 7}])


def test_trunk_subport_add_port_only(net):
    fakes.run_command(network_trunk.AddNetworkTrunkSubport, ['trunk', 'a'],
                      network=net)
    net.add_trunk_subports.assert_called_once_with(TRUNK,
                                                   [{'port_id': 'a-id'}])


@pytest.mark.parametrize('argv', [
    ['trunk'], ['trunk', 'a', '--segmentation-id', 'x']])
def test_trunk_subport_add_usage(net, argv):
    with pytest.raises(SystemExit):
        fakes.run_command(network_trunk.AddNetworkTrunkSubport, argv,
                          network=net)
    net.add_trunk_subports.assert_not_called()


def test_trunk_subport_remove(net):
    fakes.run_command(network_trunk.RemoveNetworkTrunkSubport,
                      ['trunk', 'a', 'b'], network=net)
    net.delete_trunk_subports.assert_called_once_with(
        TRUNK, [{'port_id': 'a-id'}, {'port_id': 'b-id'}])
    with pytest.raises(SystemExit):
        fakes.run_command(network_trunk.RemoveNetworkTrunkSubport,
                          ['trunk'], network=net)
