"""Unit tests: local ip and local ip association commands."""

import pytest
from openstack.network.v2 import local_ip as sdk_local_ip
from openstack.network.v2 import local_ip_association as sdk_association
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import port as sdk_port

from openstackclient.network.v2 import local_ip
from openstackclient.network.v2 import local_ip_association
from tests.unit import fakes

LIP = sdk_local_ip.LocalIP(id='l1', name='lip', description='d',
                           project_id='p1', local_port_id='lp',
                           network_id='n1', local_ip_address='10.0.0.5',
                           ip_mode='translate')
ASSOC = sdk_association.LocalIPAssociation(
    local_ip_id='l1', fixed_port_id='port-id', fixed_ip='10.0.0.9',
    local_ip_address='10.0.0.5', host='h')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_local_ip.return_value = LIP
    proxy.find_network.return_value = sdk_network.Network(id='n1')
    proxy.find_port.side_effect = lambda name, **kw: sdk_port.Port(
        id=name + '-id')
    return proxy


def test_create(net):
    net.create_local_ip.return_value = LIP
    fakes.run_command(
        local_ip.CreateLocalIP,
        ['--name', 'lip', '--network', 'net', '--local-port', 'lp',
         '--local-ip-address', '10.0.0.5', '--ip-mode', 'translate'],
        network=net)
    net.create_local_ip.assert_called_once_with(
        name='lip', network_id='n1', local_port_id='lp-id',
        local_ip_address='10.0.0.5', ip_mode='translate')


def test_create_bad_ip_mode(net):
    with pytest.raises(SystemExit):
        fakes.run_command(local_ip.CreateLocalIP, ['--ip-mode', 'odd'],
                          network=net)


def test_list(net):
    net.local_ips.return_value = [LIP]
    _, (labels, rows) = fakes.run_command(
        local_ip.ListLocalIP, ['--network', 'net', '--name', 'lip'],
        network=net)
    net.local_ips.assert_called_once_with(name='lip', network_id='n1')
    assert labels == ('ID', 'Name', 'Description', 'Project',
                      'Local Port ID', 'Network', 'Local IP address',
                      'IP mode')
    assert rows == [('l1', 'lip', 'd', 'p1', 'lp', 'n1', '10.0.0.5',
                     'translate')]


def test_set_show_delete(net):
    fakes.run_command(local_ip.SetLocalIP, ['lip', '--name', 'n'],
                      network=net)
    net.update_local_ip.assert_called_once_with(LIP, name='n')
    fakes.run_command(local_ip.ShowLocalIP, ['lip'], network=net)
    fakes.run_command(local_ip.DeleteLocalIP, ['lip'], network=net)
    net.delete_local_ip.assert_called_once_with(LIP, ignore_missing=False)


def test_association_create(net):
    net.create_local_ip_association.return_value = ASSOC
    _, (labels, values) = fakes.run_command(
        local_ip_association.CreateLocalIPAssociation,
        ['lip', 'port', '--fixed-ip', '10.0.0.9'], network=net)
    net.create_local_ip_association.assert_called_once_with(
        LIP, fixed_port_id='port-id', fixed_ip='10.0.0.9')
    assert dict(zip(labels, values)) == {
        'fixed_ip': '10.0.0.9', 'fixed_port_id': 'port-id', 'host': 'h',
        'local_ip_address': '10.0.0.5', 'local_ip_id': 'l1'}


def test_association_list(net):
    net.local_ip_associations.return_value = [ASSOC]
    _, (labels, rows) = fakes.run_command(
        local_ip_association.ListLocalIPAssociation,
        ['lip', '--fixed-port', 'port', '--host', 'h'], network=net)
    net.local_ip_associations.assert_called_once_with(
        LIP, fixed_port_id='port-id', host='h')
    assert rows == [('l1', '10.0.0.5', 'port-id', '10.0.0.9', 'h')]


def test_association_delete_many(net):
    fakes.run_command(local_ip_association.DeleteLocalIPAssociation,
                      ['lip', 'a', 'b'], network=net)
    assert sorted(call.args[1] for call in
                  net.delete_local_ip_association.call_args_list) == [
        'a-id', 'b-id']
