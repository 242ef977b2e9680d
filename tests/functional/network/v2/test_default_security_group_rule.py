"""Functional tests: default security group rules (the templates Neutron
copies into new security groups) against the devcloud's Neutron.

The rules made here are used neither in default nor in custom groups, so
the security groups other tests make at the same time stay as they were.
"""

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    check_delete_many, listed, made, one_line_error, show)

KIND = 'default security group rule'
LIST_KEYS = {'ID', 'IP Protocol', 'Ethertype', 'IP Range', 'Port Range',
             'Direction', 'Remote Security Group', 'Remote Address Group',
             'Used in default Security Group',
             'Used in custom Security Group'}
SHOW_KEYS = {'description', 'direction', 'ether_type', 'id',
             'port_range_max', 'port_range_min', 'protocol',
             'remote_address_group_id', 'remote_group_id',
             'remote_ip_prefix', 'used_in_default_sg',
             'used_in_non_default_sg'}


def test_create_list_show_delete(openstack, made):
    web = made(KIND, '--protocol', 'tcp', '--dst-port', '8000:8080',
               '--remote-ip', '198.51.100.0/24', '--description', 'fn web')
    assert set(web) == SHOW_KEYS
    assert (web['port_range_min'], web['port_range_max']) == (8000, 8080)
    assert web['direction'] == 'ingress' and web['ether_type'] == 'IPv4'
    assert web['used_in_default_sg'] is False
    assert web['used_in_non_default_sg'] is False
    ping = made(KIND, '--protocol', 'icmp', '--ethertype', 'IPv6',
                '--icmp-type', '128', '--egress', '--remote-group',
                'PARENT')
    assert ping['protocol'] == 'ipv6-icmp' and ping['ether_type'] == 'IPv6'
    assert ping['remote_group_id'] == 'PARENT'
    assert ping['direction'] == 'egress' and ping['port_range_min'] == 128

    rows = {r['ID']: r for r in listed(openstack, KIND)}
    assert set(rows[web['id']]) == LIST_KEYS
    assert rows[web['id']]['Port Range'] == '8000:8080'
    assert rows[web['id']]['IP Range'] == '198.51.100.0/24'
    assert rows[ping['id']]['Port Range'] == ''
    assert rows[ping['id']]['Used in custom Security Group'] is False
    egress = {r['ID'] for r in listed(openstack, KIND, '--egress',
                                      '--ethertype', 'IPv6')}
    assert ping['id'] in egress and web['id'] not in egress
    tcp = {r['ID'] for r in listed(openstack, KIND, '--protocol', 'tcp')}
    assert web['id'] in tcp and ping['id'] not in tcp
    assert show(openstack, KIND, web['id'])['description'] == 'fn web'
    check_delete_many(openstack, KIND, web['id'], 'default security group '
                      'rules')


def test_neutron_refusal_is_one_line(openstack):
    result = openstack('default', 'security', 'group', 'rule', 'create',
                       '--remote-ip', 'fn-not-a-cidr', check=False)
    assert 'Invalid CIDR' in one_line_error(result, 2)


def test_errors(openstack):
    result = openstack('default', 'security', 'group', 'rule', 'show',
                       'fn-no-such-rule', check=False)
    assert one_line_error(result, 5) == (
        "openstack: No default security group rule with a name or ID of "
        "'fn-no-such-rule' exists.")
    result = openstack('default', 'security', 'group', 'rule', 'create',
                       '--protocol', 'icmp', '--dst-port', '22', check=False)
    assert result.rc == 2 and 'Traceback' not in result.stderr
