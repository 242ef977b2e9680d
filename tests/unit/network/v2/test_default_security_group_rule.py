"""Unit tests: default security group rule commands."""

import pytest
from openstack.network.v2 import default_security_group_rule as sdk_rule

from openstackclient.cli import errors
from openstackclient.network.v2 import default_security_group_rule as dsgr
from tests.unit import fakes

RULE = sdk_rule.DefaultSecurityGroupRule(
    id='r1', protocol='tcp', ethertype='IPv4', direction='ingress',
    port_range_min=22, port_range_max=22, remote_ip_prefix='0.0.0.0/0',
    description='ssh', used_in_default_sg=True, used_in_non_default_sg=False)


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_default_security_group_rule.return_value = RULE
    proxy.create_default_security_group_rule.return_value = RULE
    return proxy


def test_create_tcp(net):
    _, (labels, values) = fakes.run_command(
        dsgr.CreateDefaultSecurityGroupRule,
        ['--protocol', 'tcp', '--dst-port', '22', '--for-default-sg',
         '--description', 'ssh'], network=net)
    net.create_default_security_group_rule.assert_called_once_with(
        protocol='tcp', direction='ingress', ether_type='IPv4',
        used_in_default_sg=True, used_in_non_default_sg=False,
        description='ssh', port_range_min=22, port_range_max=22,
        remote_ip_prefix='0.0.0.0/0')
    shown = dict(zip(labels, values))
    assert 'name' not in shown and 'revision_number' not in shown
    assert shown['ether_type'] == 'IPv4' and shown['used_in_default_sg']


def test_create_icmp_v6_egress_remote_group(net):
    fakes.run_command(
        dsgr.CreateDefaultSecurityGroupRule,
        ['--protocol', 'icmp', '--ethertype', 'ipv6', '--icmp-type', '128',
         '--egress', '--remote-group', 'PARENT', '--for-custom-sg'],
        network=net)
    net.create_default_security_group_rule.assert_called_once_with(
        protocol='ipv6-icmp', direction='egress', ether_type='IPv6',
        used_in_default_sg=False, used_in_non_default_sg=True,
        port_range_min=128, remote_group_id='PARENT')


def test_create_any_protocol_ipv6_remote_ip(net):
    fakes.run_command(dsgr.CreateDefaultSecurityGroupRule,
                      ['--remote-ip', '2001:db8::/64'], network=net)
    kwargs = net.create_default_security_group_rule.call_args.kwargs
    assert kwargs['protocol'] is None and kwargs['ether_type'] == 'IPv6'
    assert kwargs['remote_ip_prefix'] == '2001:db8::/64'


@pytest.mark.parametrize('argv', [
    ['--protocol', 'icmp', '--dst-port', '22'],
    ['--protocol', 'tcp', '--icmp-type', '8'],
    ['--protocol', 'icmp', '--icmp-code', '0'],
])
def test_create_bad_combinations(net, argv):
    with pytest.raises(errors.UsageError):
        fakes.run_command(dsgr.CreateDefaultSecurityGroupRule, argv,
                          network=net)
    net.create_default_security_group_rule.assert_not_called()


def test_create_bad_ethertype(net):
    with pytest.raises(SystemExit):
        fakes.run_command(dsgr.CreateDefaultSecurityGroupRule,
                          ['--ethertype', 'IPv5'], network=net)


def test_list(net):
    net.default_security_group_rules.return_value = [RULE]
    _, (labels, rows) = fakes.run_command(
        dsgr.ListDefaultSecurityGroupRule,
        ['--protocol', 'tcp', '--egress', '--ethertype', 'IPv4'],
        network=net)
    net.default_security_group_rules.assert_called_once_with(
        protocol='tcp', ether_type='IPv4', direction='egress')
    assert labels == ('ID', 'IP Protocol', 'Ethertype', 'IP Range',
                      'Port Range', 'Direction', 'Remote Security Group',
                      'Remote Address Group',
                      'Used in default Security Group',
                      'Used in custom Security Group')
    assert list(rows) == [('r1', 'tcp', 'IPv4', '0.0.0.0/0', '22:22',
                           'ingress', None, None, True, False)]


def test_show_delete(net):
    _, (labels, values) = fakes.run_command(
        dsgr.ShowDefaultSecurityGroupRule, ['r1'], network=net)
    assert dict(zip(labels, values))['id'] == 'r1'
    fakes.run_command(dsgr.DeleteDefaultSecurityGroupRule, ['r1'],
                      network=net)
    net.delete_default_security_group_rule.assert_called_once_with(
        RULE, ignore_missing=False)
