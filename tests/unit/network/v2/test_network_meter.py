"""Unit tests: network meter and network meter rule commands."""

import pytest
from openstack.network.v2 import metering_label as sdk_label
from openstack.network.v2 import metering_label_rule as sdk_rule

from openstackclient.network.v2 import network_meter
from openstackclient.network.v2 import network_meter_rule
from tests.unit import fakes

METER = sdk_label.MeteringLabel(id='m1', name='meter', description='d',
                                shared=False, project_id='p1')
RULE = sdk_rule.MeteringLabelRule(
    id='r1', metering_label_id='m1', direction='ingress', excluded=False,
    remote_ip_prefix='10.0.0.0/8')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_metering_label.return_value = METER
    proxy.find_metering_label_rule.return_value = RULE
    return proxy


def test_meter_create_list_show_delete(net):
    net.create_metering_label.return_value = METER
    _, (labels, _) = fakes.run_command(
        network_meter.CreateMeter, ['meter', '--description', 'd',
                                    '--no-share'], network=net)
    net.create_metering_label.assert_called_once_with(
        name='meter', description='d', shared=False)
    assert labels == ('description', 'id', 'name', 'project_id', 'shared')
    net.metering_labels.return_value = [METER]
    _, (labels, rows) = fakes.run_command(network_meter.ListMeter, [],
                                          network=net)
    assert labels == ('ID', 'Name', 'Description', 'Shared')
    assert rows == [('m1', 'meter', 'd', False)]
    fakes.run_command(network_meter.ShowMeter, ['meter'], network=net)
    fakes.run_command(network_meter.DeleteMeter, ['meter'], network=net)
    net.delete_metering_label.assert_called_once_with(METER,
                                                      ignore_missing=False)


def test_rule_create_defaults_to_ingress(net):
    net.create_metering_label_rule.return_value = RULE
    _, (labels, values) = fakes.run_command(
        network_meter_rule.CreateMeterRule,
        ['meter', '--remote-ip-prefix', '10.0.0.0/8'], network=net)
    net.create_metering_label_rule.assert_called_once_with(
        metering_label_id='m1', direction='ingress',
        remote_ip_prefix='10.0.0.0/8')
    assert 'excluded' in labels and 'is_excluded' not in labels


def test_rule_create_egress_excluded(net):
    net.create_metering_label_rule.return_value = RULE
    fakes.run_command(
        network_meter_rule.CreateMeterRule,
        ['meter', '--egress', '--exclude', '--source-ip-prefix', '1.0.0.0/8',
         '--destination-ip-prefix', '2.0.0.0/8'], network=net)
    net.create_metering_label_rule.assert_called_once_with(
        metering_label_id='m1', is_excluded=True, direction='egress',
        source_ip_prefix='1.0.0.0/8', destination_ip_prefix='2.0.0.0/8')


def test_rule_list_show_delete(net):
    net.metering_label_rules.return_value = [RULE]
    _, (labels, rows) = fakes.run_command(network_meter_rule.ListMeterRule,
                                          [], network=net)
    assert labels == ('ID', 'Excluded', 'Direction', 'Remote IP Prefix',
                      'Source IP Prefix', 'Destination IP Prefix')
    assert rows[0][:4] == ('r1', False, 'ingress', '10.0.0.0/8')
    fakes.run_command(network_meter_rule.ShowMeterRule, ['r1'], network=net)
    net.find_metering_label_rule.assert_called_once_with(
        'r1', ignore_missing=False)
    fakes.run_command(network_meter_rule.DeleteMeterRule, ['r1', 'r2'],
                      network=net)
    assert net.delete_metering_label_rule.call_count == 2
