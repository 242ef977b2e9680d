"""Unit tests: port commands parse and call the SDK right."""

import pytest
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import router as sdk_router
from openstack.network.v2 import security_group as sdk_sg
from openstack.network.v2 import subnet as sdk_subnet

from openstackclient.cli import errors
from openstackclient.network.v2 import port
from tests.unit import fakes

PORT = sdk_port.Port(
    id='p1', name='port', network_id='n1', mac_address='fa:16:3e:00:00:01',
    fixed_ips=[{'subnet_id': 's1', 'ip_address': '10.0.0.5'}],
    status='DOWN', security_group_ids=['sg1'], device_owner='',
    allowed_address_pairs=[{'ip_address': '10.0.0.100',
                            'mac_address': 'fa:16:3e:00:00:01'}],
    binding_profile={'a': '1'}, tags=['t'], is_admin_state_up=True)


@pytest.fixture
def proxy():
    p = fakes.sdk_proxy('network.v2')
    p.set_tags.side_effect = lambda res, tags: res
    p.find_network.return_value = sdk_network.Network(id='n1')
    p.find_subnet.return_value = sdk_subnet.Subnet(id='s1')
    p.find_router.return_value = sdk_router.Router(id='r1')
    p.find_security_group.side_effect = (
        lambda name, ignore_missing: sdk_sg.SecurityGroup(id='id-' + name))
    p.find_port.return_value = PORT
    p.create_port.return_value = PORT
    p.ports.return_value = iter([PORT])
    return p


def run(cls, argv, proxy):
    return fakes.run_command(cls, argv, network=proxy)


def test_create_full(proxy):
    _, (labels, values) = run(port.CreatePort, [
        'port', '--network', 'net', '--fixed-ip',
        'subnet=sub,ip-address=10.0.0.5', '--security-group', 'web',
        '--security-group', 'ssh', '--allowed-address',
        'ip-address=10.0.0.100', '--disable-port-security', '--dns-name',
        'vm1', '--vnic-type', 'normal', '--host', 'h1', '--binding-profile',
        'k=v', '--device-owner', 'compute:nova', '--disable'], proxy)
    proxy.create_port.assert_called_once_with(
        name='port', network_id='n1', device_owner='compute:nova',
        binding_vnic_type='normal', binding_host_id='h1', dns_name='vm1',
        is_admin_state_up=False, is_port_security_enabled=False,
        binding_profile={'k': 'v'},
        fixed_ips=[{'subnet_id': 's1', 'ip_address': '10.0.0.5'}],
        security_group_ids=['id-web', 'id-ssh'],
        allowed_address_pairs=[{'ip_address': '10.0.0.100'}])
    shown = dict(zip(labels, values))
    assert shown['fixed_ips'].human_readable() == (
        "ip_address='10.0.0.5', subnet_id='s1'")
    assert shown['security_group_ids'].machine_readable() == ['sg1']
    assert shown['admin_state_up'].human_readable() == 'UP'


def test_create_no_security_group_and_no_fixed_ip(proxy):
    run(port.CreatePort, ['port', '--network', 'net', '--no-security-group',
                          '--no-fixed-ip'], proxy)
    kwargs = proxy.create_port.call_args.kwargs
    assert kwargs['security_group_ids'] == []
    assert kwargs['fixed_ips'] == []


def test_create_binding_profile_json(proxy):
    run(port.CreatePort, ['port', '--network', 'net', '--binding-profile',
                          '{"x": {"y": 1}}'], proxy)
    assert proxy.create_port.call_args.kwargs['binding_profile'] == {
        'x': {'y': 1}}


def test_create_conflicting_options(proxy):
    with pytest.raises(errors.UsageError):
        run(port.CreatePort, ['port', '--network', 'net', '--security-group',
                              'a', '--no-security-group'], proxy)
    with pytest.raises(SystemExit):
        run(port.CreatePort, ['port', '--network', 'net', '--fixed-ip',
                              'color=red'], proxy)


def test_list_long_filters(proxy):
    _, (labels, rows) = run(port.ListPort, [
        '--long', '--network', 'net', '--router', 'r', '--fixed-ip',
        'subnet=sub,ip-substring=10.0', '--security-group', 'web',
        '--status', 'DOWN', '--tags', 'a', '--host', 'h1'], proxy)
    assert labels == ('ID', 'Name', 'MAC Address', 'Fixed IP Addresses',
                      'Status', 'Security Groups', 'Device Owner', 'Tags')
    proxy.ports.assert_called_once_with(
        network_id='n1', device_id='r1', status='DOWN',
        fixed_ips=['subnet_id=s1', 'ip_address_substr=10.0'],
        security_group_ids=['id-web'], tags='a', **{'binding:host_id': 'h1'})


def test_list_server_is_its_device_id(proxy):
    from openstack.compute.v2 import server as sdk_server
    from tests.unit.compute.v2 import compute_fakes
    compute = compute_fakes.proxy()
    compute.find_server.return_value = sdk_server.Server(id='srv1')
    fakes.run_command(port.ListPort, ['--server', 'web'], network=proxy,
                      compute=compute)
    compute.find_server.assert_called_once_with(
        'web', ignore_missing=False, details=False)
    proxy.ports.assert_called_once_with(device_id='srv1')


def test_set_appends(proxy):
    run(port.SetPort, ['port', '--name', 'new', '--security-group', 'web',
                       '--fixed-ip', 'ip-address=10.0.0.6',
                       '--binding-profile', 'b=2'], proxy)
    proxy.update_port.assert_called_once_with(
        PORT, name='new',
        fixed_ips=[{'subnet_id': 's1', 'ip_address': '10.0.0.5'},
                   {'ip_address': '10.0.0.6'}],
        binding_profile={'a': '1', 'b': '2'},
        security_group_ids=['sg1', 'id-web'])


def test_set_no_options_replace(proxy):
    run(port.SetPort, ['port', '--no-security-group', '--no-allowed-address',
                       '--enable-port-security'], proxy)
    proxy.update_port.assert_called_once_with(
        PORT, is_port_security_enabled=True, security_group_ids=[],
        allowed_address_pairs=[])


def test_unset(proxy):
    proxy.find_security_group.side_effect = None
    proxy.find_security_group.return_value = sdk_sg.SecurityGroup(id='sg1')
    run(port.UnsetPort, ['port', '--security-group', 'sg1', '--fixed-ip',
                         'ip-address=10.0.0.5', '--allowed-address',
                         'ip-address=10.0.0.100', '--binding-profile', 'a',
                         '--qos-policy', '--tag', 't'], proxy)
    proxy.update_port.assert_called_once_with(
        PORT, fixed_ips=[], binding_profile={}, security_group_ids=[],
        allowed_address_pairs=[], qos_policy_id=None)
    proxy.set_tags.assert_called_once_with(PORT, [])


def test_unset_unknown_fixed_ip(proxy):
    with pytest.raises(errors.NotFoundError):
        run(port.UnsetPort, ['port', '--fixed-ip', 'ip-address=1.2.3.4'],
            proxy)


def test_show_delete(proxy):
    _, (labels, _) = run(port.ShowPort, ['port'], proxy)
    assert 'port_security_enabled' in labels and 'binding_vnic_type' in labels
    run(port.DeletePort, ['port'], proxy)
    proxy.delete_port.assert_called_once_with(PORT, ignore_missing=False)


def test_extra_dhcp_options(proxy):
    run(port.CreatePort, ['port', '--network', 'net', '--extra-dhcp-option',
                          'name=mtu,value=1400', '--extra-dhcp-option',
                          'name=dns-server,value=fd00::53,ip-version=6'],
        proxy)
    assert proxy.create_port.call_args.kwargs['extra_dhcp_opts'] == [
        {'opt_name': 'mtu', 'opt_value': '1400'},
        {'opt_name': 'dns-server', 'opt_value': 'fd00::53', 'ip_version': 6}]
    run(port.SetPort, ['port', '--extra-dhcp-option', 'name=mtu'], proxy)
    proxy.update_port.assert_called_once_with(
        PORT, extra_dhcp_opts=[{'opt_name': 'mtu', 'opt_value': None}])
    with pytest.raises(errors.UsageError):
        run(port.CreatePort, ['port', '--network', 'net',
                              '--extra-dhcp-option', 'name=x,ip-version=5'],
            proxy)


def test_numa_policy_and_device_profile(proxy):
    run(port.CreatePort, ['port', '--network', 'net',
                          '--numa-policy-preferred', '--device-profile',
                          'dp1'], proxy)
    kwargs = proxy.create_port.call_args.kwargs
    assert kwargs['numa_affinity_policy'] == 'preferred'
    assert kwargs['device_profile'] == 'dp1'
    with pytest.raises(SystemExit):
        run(port.CreatePort, ['port', '--network', 'net',
                              '--numa-policy-required',
                              '--numa-policy-legacy'], proxy)
    run(port.UnsetPort, ['port', '--numa-policy'], proxy)
    proxy.update_port.assert_called_once_with(PORT,
                                              numa_affinity_policy=None)
