"""Functional tests: security groups and their rules."""

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    check_delete_many, listed, made, one_line_error, show)
from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, sdk_made)

RULE_KEYS = {'ID', 'IP Protocol', 'Ethertype', 'IP Range', 'Port Range',
             'Remote Security Group', 'Remote Address Group'}


def test_group_create_list_set_unset_show_delete(openstack, made,
                                                 unique_name):
    name = unique_name('sg')
    group = made('security group', name, '--description', 'web servers',
                 '--tag', 'a')
    assert group['description'] == 'web servers' and group['tags'] == ['a']
    assert group['stateful'] is True
    assert isinstance(group['rules'], list)
    rows = listed(openstack, 'security group', '--tags', 'a')
    mine = [r for r in rows if r['ID'] == group['id']]
    assert mine and set(mine[0]) == {'ID', 'Name', 'Description', 'Project',
                                     'Tags'}
    new = unique_name('sg')
    openstack('security', 'group', 'set', name, '--name', new,
              '--description', 'two', '--tag', 'b', '--stateless')
    shown = show(openstack, 'security group', new)
    assert shown['name'] == new and shown['description'] == 'two'
    assert shown['tags'] == ['a', 'b'] and shown['stateful'] is False
    openstack('security', 'group', 'unset', new, '--tag', 'a')
    assert show(openstack, 'security group', new)['tags'] == ['b']
    check_delete_many(openstack, 'security group', group['id'],
                      'security groups')


def test_description_defaults_to_name(made, unique_name):
    name = unique_name('sg')
    assert made('security group', name)['description'] == name


def test_rules(openstack, sdk_made, made, unique_name):
    group = made('security group', unique_name('sg'))
    other = made('security group', unique_name('sg'))
    address_group = sdk_made('address_group', name=unique_name('ag'),
                             addresses=['192.0.2.0/24'])
    ssh = made('security group rule', group['id'], '--protocol', 'tcp',
               '--dst-port', '22', '--remote-ip', '198.51.100.0/24',
               '--description', 'ssh')
    assert ssh['port_range_min'] == 22 and ssh['port_range_max'] == 22
    assert ssh['direction'] == 'ingress' and ssh['ether_type'] == 'IPv4'
    assert ssh['remote_ip_prefix'] == '198.51.100.0/24'
    assert ssh['security_group_id'] == group['id']
    web = made('security group rule', group['name'], '--protocol', 'udp',
               '--dst-port', '8000:8080', '--remote-group', other['name'],
               '--egress')
    assert (web['port_range_min'], web['port_range_max']) == (8000, 8080)
    assert web['remote_group_id'] == other['id']
    assert web['direction'] == 'egress'
    ping = made('security group rule', group['id'], '--protocol', 'icmp',
                '--icmp-type', '8', '--icmp-code', '0')
    assert ping['protocol'] == 'icmp' and ping['remote_ip_prefix'] == \
        '0.0.0.0/0'
    v6 = made('security group rule', group['id'], '--ethertype', 'IPv6',
              '--protocol', 'ipv6-icmp')
    assert v6['ether_type'] == 'IPv6' and v6['remote_ip_prefix'] == '::/0'
    by_ag = made('security group rule', group['id'], '--protocol', 'tcp',
                 '--dst-port', '443', '--remote-address-group',
                 address_group.id)
    assert by_ag['remote_address_group_id'] == address_group.id
    any_proto = made('security group rule', group['id'], '--protocol',
                     'any', '--remote-ip', '203.0.113.0/24')
    assert any_proto['protocol'] is None

    rows = {r['ID']: r for r in listed(openstack, 'security group rule',
                                       group['id'])}
    assert set(rows[ssh['id']]) == RULE_KEYS
    assert rows[ssh['id']]['Port Range'] == '22:22'
    assert rows[web['id']]['Port Range'] == '8000:8080'
    assert rows[ping['id']]['Port Range'] == ''
    assert rows[any_proto['id']]['IP Protocol'] is None
    assert rows[by_ag['id']]['Remote Address Group'] == address_group.id
    ingress_tcp = listed(openstack, 'security group rule', group['id'],
                         '--ingress', '--protocol', 'tcp', '--long')
    assert {r['ID'] for r in ingress_tcp} == {ssh['id'], by_ag['id']}
    assert {r['Direction'] for r in ingress_tcp} == {'ingress'}
    everywhere = listed(openstack, 'security group rule', '--protocol',
                        'udp')
    assert web['id'] in [r['ID'] for r in everywhere]
    assert 'Security Group' in everywhere[0]
    assert show(openstack, 'security group rule', ssh['id'])[
        'description'] == 'ssh'
    check_delete_many(openstack, 'security group rule', ping['id'],
                      'security group rules')


def test_duplicate_rule_is_refused_cleanly(openstack, made, unique_name):
    group = made('security group', unique_name('sg'))
    made('security group rule', group['id'], '--protocol', 'tcp',
         '--dst-port', '80')
    result = openstack('security', 'group', 'rule', 'create', group['id'],
                       '--protocol', 'tcp', '--dst-port', '80', check=False)
    assert 'already exists' in one_line_error(result, 6)


def test_bad_rule_input_is_usage_error(openstack, made, unique_name):
    group = made('security group', unique_name('sg'))
    for args in (('--protocol', 'tcp', '--dst-port', '99999'),
                 ('--protocol', 'nope'),
                 ('--protocol', 'icmp', '--dst-port', '22')):
        result = openstack('security', 'group', 'rule', 'create',
                           group['id'], *args, check=False)
        assert result.rc == 2, (args, result.stderr)
        assert 'Traceback' not in result.stderr
