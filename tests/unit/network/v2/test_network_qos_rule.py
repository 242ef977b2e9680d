"""Unit tests: network qos rule create/delete/list/set/show, and rule
type list/show."""

import pytest
from openstack.network.v2 import qos_bandwidth_limit_rule as sdk_limit
from openstack.network.v2 import qos_policy as sdk_qos
from openstack.network.v2 import qos_rule_type as sdk_type

from openstackclient.cli import errors
from openstackclient.network.v2 import network_qos_rule
from openstackclient.network.v2 import network_qos_rule_type
from tests.unit import fakes

LIMIT = {'id': 'r1', 'type': 'bandwidth_limit', 'max_kbps': 100,
         'max_burst_kbps': 0, 'direction': 'egress'}
DSCP = {'id': 'r2', 'type': 'dscp_marking', 'dscp_mark': 8}
POLICY = sdk_qos.QoSPolicy(id='q1', name='qos', rules=[LIMIT, DSCP])


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_qos_policy.return_value = POLICY
    proxy.get_qos_policy.return_value = POLICY
    return proxy


def test_create_bandwidth_limit(net):
    net.create_qos_bandwidth_limit_rule.return_value = (
        sdk_limit.QoSBandwidthLimitRule(id='r1'))
    _, (labels, values) = fakes.run_command(
        network_qos_rule.CreateNetworkQosRule,
        ['qos', '--type', 'bandwidth-limit', '--max-kbps', '100',
         '--max-burst-kbits', '0', '--egress'], network=net)
    net.create_qos_bandwidth_limit_rule.assert_called_once_with(
        POLICY, max_kbps=100, max_burst_kbps=0, direction='egress')
    assert dict(zip(labels, values)) == dict(LIMIT, qos_policy_id='q1')


@pytest.mark.parametrize('argv, message', [
    (['--type', 'dscp-marking', '--max-kbps', '1'],
     'A dscp-marking rule does not take --max-kbps'),
    (['--type', 'bandwidth-limit', '--any', '--max-kbps', '1'],
     'A bandwidth-limit rule does not take --any'),
    (['--type', 'minimum-bandwidth'],
     'A minimum-bandwidth rule needs --min-kbps'),
])
def test_create_checks_options_for_the_type(net, argv, message):
    with pytest.raises(errors.UsageError) as info:
        fakes.run_command(network_qos_rule.CreateNetworkQosRule,
                          ['qos', *argv], network=net)
    assert str(info.value) == message
    net.find_qos_policy.assert_not_called()


def test_create_minimum_packet_rate_any(net):
    net.create_qos_minimum_packet_rate_rule.return_value = (
        sdk_limit.QoSBandwidthLimitRule(id='r1'))
    fakes.run_command(
        network_qos_rule.CreateNetworkQosRule,
        ['qos', '--type', 'minimum-packet-rate', '--min-kpps', '5', '--any'],
        network=net)
    net.create_qos_minimum_packet_rate_rule.assert_called_once_with(
        POLICY, min_kpps=5, direction='any')


def test_list(net):
    _, (labels, rows) = fakes.run_command(
        network_qos_rule.ListNetworkQosRule, ['qos'], network=net)
    assert labels == ('ID', 'QoS Policy ID', 'Type', 'Max Kbps',
                      'Max Burst Kbits', 'Min Kbps', 'Min Kpps',
                      'DSCP mark', 'Direction')
    assert rows == [
        ('r1', 'q1', 'bandwidth_limit', 100, 0, '', '', '', 'egress'),
        ('r2', 'q1', 'dscp_marking', '', '', '', '', 8, ''),
    ]


def test_set_uses_the_rule_type(net):
    fakes.run_command(network_qos_rule.SetNetworkQosRule,
                      ['qos', 'r2', '--dscp-mark', '16'], network=net)
    net.update_qos_dscp_marking_rule.assert_called_once_with(
        'r2', POLICY, dscp_mark=16)


def test_set_wrong_option_for_type(net):
    with pytest.raises(errors.UsageError):
        fakes.run_command(network_qos_rule.SetNetworkQosRule,
                          ['qos', 'r2', '--min-kbps', '16'], network=net)
    net.update_qos_dscp_marking_rule.assert_not_called()


def test_show_and_delete(net):
    _, (labels, values) = fakes.run_command(
        network_qos_rule.ShowNetworkQosRule, ['qos', 'r2'], network=net)
    assert labels == ('dscp_mark', 'id', 'qos_policy_id', 'type')
    fakes.run_command(network_qos_rule.DeleteNetworkQosRule, ['qos', 'r1'],
                      network=net)
    net.delete_qos_bandwidth_limit_rule.assert_called_once_with(
        'r1', POLICY, ignore_missing=False)


def test_unknown_rule_is_not_found(net):
    with pytest.raises(errors.NotFoundError, match="No QoS rule"):
        fakes.run_command(network_qos_rule.ShowNetworkQosRule,
                          ['qos', 'nope'], network=net)


def test_rule_type_list(net):
    net.qos_rule_types.return_value = [sdk_type.QoSRuleType(
        type='bandwidth_limit')]
    _, (labels, rows) = fakes.run_command(
        network_qos_rule_type.ListNetworkQosRuleType, ['--all-supported'],
        network=net)
    net.qos_rule_types.assert_called_once_with(all_supported=True)
    assert (labels, rows) == (('Type',), [('bandwidth_limit',)])


def test_rule_type_show(net):
    net.qos_rule_types.return_value = [sdk_type.QoSRuleType(
        type='bandwidth_limit')]
    net.get_qos_rule_type.return_value = sdk_type.QoSRuleType(
        type='bandwidth_limit', drivers=[{'name': 'openvswitch'}])
    _, (labels, values) = fakes.run_command(
        network_qos_rule_type.ShowNetworkQosRuleType, ['bandwidth_limit'],
        network=net)
    assert labels == ('drivers', 'type')
    with pytest.raises(errors.NotFoundError):
        fakes.run_command(network_qos_rule_type.ShowNetworkQosRuleType,
                          ['odd'], network=net)
