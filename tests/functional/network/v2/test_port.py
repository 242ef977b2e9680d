"""Functional tests: ports against the devcloud's Neutron."""

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    check_delete_many, listed, made, net_and_subnet, one_line_error, show)
from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, sdk_made)

LIST_KEYS = {'ID', 'Name', 'MAC Address', 'Fixed IP Addresses', 'Status'}
LONG_KEYS = LIST_KEYS | {'Security Groups', 'Device Owner', 'Tags'}


def test_create_list_set_unset_show_delete(openstack, made, net_and_subnet,
                                           unique_name):
    net, sub = net_and_subnet('10.64.0.0/24')
    sg = made('security group', unique_name('sg'))
    name = unique_name('port')
    port = made('port', name, '--network', net['name'], '--fixed-ip',
                f"subnet={sub['name']},ip-address=10.64.0.20",
                '--security-group', sg['name'], '--allowed-address',
                'ip-address=10.64.0.200', '--dns-name', 'vm-one',
                '--host', 'fn-host', '--vnic-type', 'normal',
                '--description', 'd', '--tag', 'p')
    assert port['fixed_ips'] == [{'subnet_id': sub['id'],
                                  'ip_address': '10.64.0.20'}]
    assert port['security_group_ids'] == [sg['id']]
    assert port['allowed_address_pairs'][0]['ip_address'] == '10.64.0.200'
    assert port['dns_name'] == 'vm-one'
    # binding:profile is for the service role only (Neutron's policy).
    assert port['binding_host_id'] == 'fn-host'
    assert port['binding_vnic_type'] == 'normal'
    assert port['port_security_enabled'] is True
    assert port['admin_state_up'] is True and port['tags'] == ['p']
    # The devcloud's ML2 driver binds any port given a host.
    assert port['status'] == 'ACTIVE'
    assert port['binding_vif_type'] == 'ovs'
    rows = listed(openstack, 'port', '--network', net['id'])
    assert [r['ID'] for r in rows] == [port['id']]
    assert set(rows[0]) == LIST_KEYS
    assert rows[0]['Fixed IP Addresses'] == port['fixed_ips']
    long_rows = listed(openstack, 'port', '--long', '--fixed-ip',
                       'ip-address=10.64.0.20', '--network', net['id'])
    assert set(long_rows[0]) == LONG_KEYS
    assert long_rows[0]['Security Groups'] == [sg['id']]
    assert listed(openstack, 'port', '--security-group', sg['id'],
                  '--name', name)[0]['ID'] == port['id']
    assert [r['ID'] for r in listed(openstack, 'port', '--host', 'fn-host',
                                    '--network', net['id'])] == [port['id']]
    assert listed(openstack, 'port', '--host', 'fn-other', '--network',
                  net['id']) == []

    openstack('port', 'set', name, '--name', name + '-x', '--fixed-ip',
              f"subnet={sub['id']},ip-address=10.64.0.21", '--disable')
    shown = show(openstack, 'port', port['id'])
    assert shown['name'] == name + '-x' and shown['admin_state_up'] is False
    assert sorted(ip['ip_address'] for ip in shown['fixed_ips']) == [
        '10.64.0.20', '10.64.0.21']
    openstack('port', 'unset', port['id'], '--fixed-ip',
              'ip-address=10.64.0.20', '--host',
              '--allowed-address', 'ip-address=10.64.0.200', '--tag', 'p')
    shown = show(openstack, 'port', port['id'])
    assert [ip['ip_address'] for ip in shown['fixed_ips']] == ['10.64.0.21']
    assert shown['binding_host_id'] in ('', None)
    assert shown['allowed_address_pairs'] == [] and shown['tags'] == []
    # Port security off needs no security groups on the port.
    openstack('port', 'set', port['id'], '--no-security-group',
              '--disable-port-security')
    shown = show(openstack, 'port', port['id'])
    assert shown['security_group_ids'] == []
    assert shown['port_security_enabled'] is False
    check_delete_many(openstack, 'port', port['id'], 'ports')


def test_no_security_group_and_no_fixed_ip(openstack, made, net_and_subnet,
                                           unique_name):
    net, _ = net_and_subnet('10.65.0.0/24')
    port = made('port', unique_name('port'), '--network', net['id'],
                '--no-security-group', '--no-fixed-ip',
                '--disable-port-security')
    assert port['security_group_ids'] == [] and port['fixed_ips'] == []
    default = made('port', unique_name('port'), '--network', net['id'])
    assert len(default['security_group_ids']) == 1     # the default group
    assert default['fixed_ips'][0]['ip_address'].startswith('10.65.0.')


def test_taken_ip_address_is_refused_cleanly(openstack, made, net_and_subnet,
                                             unique_name):
    net, sub = net_and_subnet('10.67.0.0/24')
    made('port', unique_name('port'), '--network', net['id'], '--fixed-ip',
         'ip-address=10.67.0.50')
    result = openstack('port', 'create', unique_name('port'), '--network',
                       net['id'], '--fixed-ip', 'ip-address=10.67.0.50',
                       check=False)
    assert '(HTTP 409)' in one_line_error(result, 6)


def test_bad_fixed_ip_syntax_is_usage_error(openstack):
    result = openstack('port', 'create', 'x', '--network', 'public',
                       '--fixed-ip', 'color=red', check=False)
    assert result.rc == 2 and 'Traceback' not in result.stderr


def test_qos_policy_on_network_and_port(openstack, sdk_made, made,
                                        unique_name):
    policy = sdk_made('qos_policy', name=unique_name('qos'))
    net = made('network', unique_name('net'), '--qos-policy', policy.name)
    assert net['qos_policy_id'] == policy.id
    port = made('port', unique_name('port'), '--network', net['id'],
                '--qos-policy', policy.id)
    assert port['qos_policy_id'] == policy.id
    openstack('port', 'unset', port['id'], '--qos-policy')
    assert show(openstack, 'port', port['id'])['qos_policy_id'] is None
    openstack('port', 'set', port['id'], '--qos-policy', policy.name)
    assert show(openstack, 'port', port['id'])['qos_policy_id'] == policy.id
    openstack('network', 'set', net['id'], '--no-qos-policy')
    assert show(openstack, 'network', net['id'])['qos_policy_id'] is None
    result = openstack('port', 'set', port['id'], '--qos-policy',
                       'fn-no-such-qos', check=False)
    assert "No QoS policy with a name or ID of 'fn-no-such-qos'" in \
        one_line_error(result, 5)


def test_extra_dhcp_options(openstack, made, net_and_subnet, unique_name):
    net, _ = net_and_subnet('10.76.0.0/24')
    port = made('port', unique_name('port'), '--network', net['id'],
                '--extra-dhcp-option', 'name=mtu,value=1400',
                '--extra-dhcp-option', 'name=domain-name,value=fn.test')
    options = {o['opt_name']: o['opt_value'] for o in port['extra_dhcp_opts']}
    assert options == {'mtu': '1400', 'domain-name': 'fn.test'}
    openstack('port', 'set', port['id'], '--extra-dhcp-option',
              'name=mtu,value=1300', '--extra-dhcp-option', 'name=domain-name')
    shown = show(openstack, 'port', port['id'])
    assert {o['opt_name']: o['opt_value']
            for o in shown['extra_dhcp_opts']} == {'mtu': '1300'}


def test_numa_affinity_policy(openstack, made, net_and_subnet, unique_name):
    net, _ = net_and_subnet('10.77.0.0/24')
    port = made('port', unique_name('port'), '--network', net['id'],
                '--numa-policy-required')
    assert port['numa_affinity_policy'] == 'required'
    openstack('port', 'set', port['id'], '--numa-policy-socket')
    assert show(openstack, 'port', port['id'])['numa_affinity_policy'] == \
        'socket'
    openstack('port', 'unset', port['id'], '--numa-policy')
    assert show(openstack, 'port', port['id'])['numa_affinity_policy'] is None
