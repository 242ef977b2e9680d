"""Unit tests: security group and security group rule commands."""

import pytest
from openstack.network.v2 import address_group as sdk_ag
from openstack.network.v2 import security_group as sdk_sg
from openstack.network.v2 import security_group_rule as sdk_rule

from openstackclient.cli import errors
from openstackclient.network.v2 import security_group
from openstackclient.network.v2 import security_group_rule as sgr
from tests.unit import fakes

RULE = sdk_rule.SecurityGroupRule(
    id='r1', protocol='tcp', ether_type='IPv4', remote_ip_prefix='0.0.0.0/0',
    port_range_min=22, port_range_max=22, direction='ingress',
    security_group_id='sg1', remote_group_id=None,
    remote_address_group_id=None)
SG = sdk_sg.SecurityGroup(id='sg1', name='web', description='web',
                          project_id='p1', tags=['t'], stateful=True,
                          security_group_rules=[RULE.to_dict()])


@pytest.fixture
def proxy():
    p = fakes.sdk_proxy('network.v2')
    p.set_tags.side_effect = lambda res, tags: res
    p.find_security_group.return_value = SG
    p.create_security_group.return_value = SG
    p.security_groups.return_value = iter([SG])
    p.find_security_group_rule.return_value = RULE
    p.create_security_group_rule.return_value = RULE
    p.security_group_rules.return_value = iter([RULE])
    p.find_address_group.return_value = sdk_ag.AddressGroup(id='ag1')
    return p


def run(cls, argv, proxy):
    return fakes.run_command(cls, argv, network=proxy)


def test_group_create_defaults_description_to_name(proxy):
    _, (labels, values) = run(security_group.CreateSecurityGroup,
                              ['web', '--stateless', '--tag', 'x'], proxy)
    proxy.create_security_group.assert_called_once_with(
        name='web', description='web', stateful=False)
    shown = dict(zip(labels, values))
    assert 'rules' in shown and 'security_group_rules' not in shown
    assert "port_range_min='22'" in shown['rules'].human_readable()
    assert 'security_group_id' not in shown['rules'].human_readable()


def test_group_list_set_unset_delete(proxy):
    _, (labels, _) = run(security_group.ListSecurityGroup,
                         ['--tags', 't'], proxy)
    assert labels == ('ID', 'Name', 'Description', 'Project', 'Tags')
    proxy.security_groups.assert_called_once_with(tags='t')
    run(security_group.SetSecurityGroup, ['web', '--name', 'www',
                                          '--no-tag'], proxy)
    proxy.update_security_group.assert_called_once_with(SG, name='www')
    proxy.set_tags.assert_called_once_with(SG, [])
    run(security_group.UnsetSecurityGroup, ['web', '--tag', 'nope'], proxy)
    assert proxy.set_tags.call_count == 1   # nothing to remove
    run(security_group.DeleteSecurityGroup, ['web'], proxy)
    proxy.delete_security_group.assert_called_once_with(
        SG, ignore_missing=False)


def test_rule_create_tcp_port_range(proxy):
    run(sgr.CreateSecurityGroupRule, ['web', '--protocol', 'tcp',
                                      '--dst-port', '8000:8080'], proxy)
    proxy.create_security_group_rule.assert_called_once_with(
        security_group_id='sg1', direction='ingress', ether_type='IPv4',
        protocol='tcp', port_range_min=8000, port_range_max=8080,
        remote_ip_prefix='0.0.0.0/0')


def test_rule_create_defaults_any_protocol(proxy):
    run(sgr.CreateSecurityGroupRule, ['web', '--egress', '--ethertype',
                                      'IPv6'], proxy)
    proxy.create_security_group_rule.assert_called_once_with(
        security_group_id='sg1', direction='egress', ether_type='IPv6',
        remote_ip_prefix='::/0')


def test_rule_create_icmp_and_remotes(proxy):
    run(sgr.CreateSecurityGroupRule, ['web', '--protocol', 'icmp',
                                      '--icmp-type', '8', '--icmp-code', '0',
                                      '--remote-group', 'web'], proxy)
    proxy.create_security_group_rule.assert_called_once_with(
        security_group_id='sg1', direction='ingress', ether_type='IPv4',
        protocol='icmp', port_range_min=8, port_range_max=0,
        remote_group_id='sg1')
    proxy.create_security_group_rule.reset_mock()
    run(sgr.CreateSecurityGroupRule, ['web', '--protocol', '6',
                                      '--remote-address-group', 'ag'], proxy)
    kwargs = proxy.create_security_group_rule.call_args.kwargs
    assert kwargs['remote_address_group_id'] == 'ag1'
    assert kwargs['protocol'] == '6'


def test_rule_create_bad_input(proxy):
    for argv in (['web', '--protocol', 'bogus'],
                 ['web', '--dst-port', '9:1'],
                 ['web', '--remote-ip', '1.0.0.0/8', '--remote-group', 'x']):
        with pytest.raises(SystemExit):
            run(sgr.CreateSecurityGroupRule, argv, proxy)
    with pytest.raises(errors.UsageError):
        run(sgr.CreateSecurityGroupRule, ['web', '--protocol', 'icmp',
                                          '--dst-port', '22'], proxy)
    with pytest.raises(errors.UsageError):
        run(sgr.CreateSecurityGroupRule, ['web', '--icmp-type', '8'], proxy)


def test_rule_list_columns(proxy):
    _, (labels, rows) = run(sgr.ListSecurityGroupRule, ['web'], proxy)
    assert labels == ('ID', 'IP Protocol', 'Ethertype', 'IP Range',
                      'Port Range', 'Remote Security Group',
                      'Remote Address Group')
    assert rows[0][4] == '22:22'
    proxy.security_group_rules.assert_called_once_with(
        security_group_id='sg1')
    proxy.security_group_rules.return_value = iter([RULE])
    _, (labels, _) = run(sgr.ListSecurityGroupRule,
                         ['--long', '--ingress', '--protocol', 'tcp'], proxy)
    assert labels[-2:] == ('Remote Address Group', 'Security Group')
    assert 'Direction' in labels
    proxy.security_group_rules.assert_called_with(direction='ingress',
                                                  protocol='tcp')


def test_rule_show_and_delete(proxy):
    _, (labels, _) = run(sgr.ShowSecurityGroupRule, ['r1'], proxy)
    assert 'ether_type' in labels and 'port_range_min' in labels
    run(sgr.DeleteSecurityGroupRule, ['r1'], proxy)
    proxy.delete_security_group_rule.assert_called_once_with(
        RULE, ignore_missing=False)


def test_port_range_format():
    assert sgr.format_port_range({'protocol': 'icmp', 'port_range_min': 8,
                                  'port_range_max': 0}) == ''
    assert sgr.format_port_range({'protocol': None, 'port_range_min': None,
                                  'port_range_max': None}) == ''
