"""Unit tests: network qos policy create/delete/list/set/show."""

import pytest
from openstack.network.v2 import qos_policy as sdk_qos

from openstackclient.network.v2 import network_qos_policy
from tests.unit import fakes

RULE = {'id': 'r1', 'type': 'dscp_marking', 'dscp_mark': 8}
POLICY = sdk_qos.QoSPolicy(id='q1', name='qos', shared=False,
                           is_default=False, project_id='p1', rules=[RULE],
                           tags=[], description='d')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_qos_policy.return_value = POLICY
    return proxy


def test_create(net):
    net.create_qos_policy.return_value = POLICY
    _, (labels, values) = fakes.run_command(
        network_qos_policy.CreateNetworkQosPolicy,
        ['qos', '--description', 'd', '--share', '--no-default'],
        network=net)
    net.create_qos_policy.assert_called_once_with(
        name='qos', description='d', shared=True, is_default=False)
    assert labels == ('description', 'id', 'is_default', 'name',
                      'project_id', 'rules', 'shared', 'tags')
    rules = dict(zip(labels, values))['rules']
    assert rules.machine_readable() == [RULE]
    assert rules.human_readable() == "dscp_mark='8', id='r1', " \
        "type='dscp_marking'"


def test_list(net):
    net.qos_policies.return_value = [POLICY]
    _, (labels, rows) = fakes.run_command(
        network_qos_policy.ListNetworkQosPolicy, ['--no-share'],
        network=net)
    net.qos_policies.assert_called_once_with(is_shared=False)
    assert labels == ('ID', 'Name', 'Shared', 'Default', 'Project')
    assert rows == [('q1', 'qos', False, False, 'p1')]


def test_set(net):
    fakes.run_command(network_qos_policy.SetNetworkQosPolicy,
                      ['qos', '--name', 'n', '--default'], network=net)
    net.update_qos_policy.assert_called_once_with(POLICY, name='n',
                                                  is_default=True)


def test_set_nothing(net):
    fakes.run_command(network_qos_policy.SetNetworkQosPolicy, ['qos'],
                      network=net)
    net.update_qos_policy.assert_not_called()


def test_show_and_delete(net):
    _, (labels, _) = fakes.run_command(
        network_qos_policy.ShowNetworkQosPolicy, ['qos'], network=net)
    assert 'rules' in labels
    fakes.run_command(network_qos_policy.DeleteNetworkQosPolicy,
                      ['qos', 'other'], network=net)
    assert net.delete_qos_policy.call_count == 2
