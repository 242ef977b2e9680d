"""Unit tests: floating IP and port forwarding commands."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import floating_ip as sdk_fip
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import port_forwarding as sdk_pf
from openstack.network.v2 import subnet as sdk_subnet

from openstackclient.cli import errors
from openstackclient.network.v2 import floating_ip
from openstackclient.network.v2 import floating_ip_port_forwarding as pfc
from tests.unit import fakes

FIP = sdk_fip.FloatingIP(id='f1', floating_ip_address='172.24.4.7',
                         floating_network_id='ext', port_id=None,
                         project_id='p1', status='DOWN', tags=[])
PF = sdk_pf.PortForwarding(id='pf1', internal_port_id='port1',
                           internal_ip_address='10.0.0.5', internal_port=22,
                           external_port=2222, protocol='tcp',
                           floatingip_id='f1')


@pytest.fixture
def proxy():
    p = fakes.sdk_proxy('network.v2')
    p.set_tags.side_effect = lambda res, tags: res
    p.find_ip.return_value = FIP
    p.create_ip.return_value = FIP
    p.ips.return_value = iter([FIP])
    p.find_network.return_value = sdk_network.Network(id='ext')
    p.find_subnet.return_value = sdk_subnet.Subnet(id='es')
    p.find_port.return_value = sdk_port.Port(id='port1')
    p.find_floating_ip_port_forwarding.return_value = PF
    p.create_floating_ip_port_forwarding.return_value = PF
    p.floating_ip_port_forwardings.return_value = iter([PF])
    return p


def run(cls, argv, proxy):
    return fakes.run_command(cls, argv, network=proxy)


def test_create(proxy):
    _, (labels, _) = run(floating_ip.CreateFloatingIP, [
        'public', '--subnet', 'sub', '--port', 'p', '--floating-ip-address',
        '172.24.4.7', '--fixed-ip-address', '10.0.0.5', '--description', 'd',
        '--tag', 'a'], proxy)
    proxy.create_ip.assert_called_once_with(
        floating_network_id='ext', subnet_id='es', port_id='port1',
        floating_ip_address='172.24.4.7', fixed_ip_address='10.0.0.5',
        description='d')
    proxy.set_tags.assert_called_once_with(FIP, ['a'])
    assert 'floating_ip_address' in labels and 'tenant_id' not in labels


def test_list_long_and_filters(proxy):
    _, (labels, rows) = run(floating_ip.ListFloatingIP, [
        '--long', '--network', 'public', '--status', 'DOWN'], proxy)
    assert labels == ('ID', 'Floating IP Address', 'Fixed IP Address',
                      'Port', 'Floating Network', 'Project', 'Router',
                      'Status', 'Description', 'Tags', 'DNS Name',
                      'DNS Domain')
    proxy.ips.assert_called_once_with(floating_network_id='ext',
                                      status='DOWN')
    assert rows[0][1] == '172.24.4.7'


def test_set_port_and_unset(proxy):
    run(floating_ip.SetFloatingIP, ['172.24.4.7', '--port', 'p',
                                    '--fixed-ip-address', '10.0.0.5'], proxy)
    proxy.find_ip.assert_called_with('172.24.4.7', ignore_missing=False)
    proxy.update_ip.assert_called_once_with(FIP, port_id='port1',
                                            fixed_ip_address='10.0.0.5')
    proxy.update_ip.reset_mock()
    run(floating_ip.UnsetFloatingIP, ['172.24.4.7', '--port'], proxy)
    proxy.update_ip.assert_called_once_with(FIP, port_id=None)


def test_set_fixed_ip_needs_port(proxy):
    with pytest.raises(errors.UsageError):
        run(floating_ip.SetFloatingIP, ['f1', '--fixed-ip-address', '1.2.3.4'],
            proxy)


def test_show_not_found_names_floating_ip(proxy):
    proxy.find_ip.side_effect = sdk_exc.ResourceNotFound('x')
    with pytest.raises(errors.NotFoundError) as info:
        run(floating_ip.ShowFloatingIP, ['1.2.3.4'], proxy)
    assert "No floating IP with a name or ID of '1.2.3.4'" in str(info.value)


def test_delete(proxy):
    run(floating_ip.DeleteFloatingIP, ['172.24.4.7'], proxy)
    proxy.delete_ip.assert_called_once_with(FIP, ignore_missing=False)


def test_pool_list_is_the_external_networks(proxy):
    proxy.networks.return_value = iter([sdk_network.Network(name='public')])
    _, (labels, rows) = run(floating_ip.ListFloatingIPPool, [], proxy)
    proxy.networks.assert_called_once_with(is_router_external=True)
    assert labels == ('Name',) and rows == [('public',)]


def test_port_forwarding_create(proxy):
    _, (labels, _) = run(pfc.CreateFloatingIPPortForwarding, [
        '172.24.4.7', '--internal-ip-address', '10.0.0.5', '--port', 'p',
        '--internal-protocol-port', '22', '--external-protocol-port', '2222',
        '--protocol', 'tcp'], proxy)
    proxy.create_floating_ip_port_forwarding.assert_called_once_with(
        FIP, internal_ip_address='10.0.0.5', internal_port_id='port1',
        internal_port=22, external_port=2222, protocol='tcp')
    assert 'floatingip_id' not in labels and 'internal_port' in labels


def test_port_forwarding_bad_port_number(proxy):
    with pytest.raises(SystemExit):
        run(pfc.CreateFloatingIPPortForwarding, [
            'f1', '--internal-ip-address', '10.0.0.5', '--port', 'p',
            '--internal-protocol-port', '70000', '--external-protocol-port',
            '1', '--protocol', 'tcp'], proxy)


def test_port_forwarding_list_set_show_delete(proxy):
    _, (labels, rows) = run(pfc.ListFloatingIPPortForwarding, [
        'f1', '--protocol', 'tcp'], proxy)
    proxy.floating_ip_port_forwardings.assert_called_once_with(
        FIP, protocol='tcp')
    assert labels[0] == 'ID' and rows[0][0] == 'pf1'
    run(pfc.SetFloatingIPPortForwarding, ['f1', 'pf1', '--description', 'x'],
        proxy)
    proxy.find_floating_ip_port_forwarding.assert_called_with(
        FIP, 'pf1', ignore_missing=False)
    proxy.update_floating_ip_port_forwarding.assert_called_once_with(
        FIP, PF, description='x')
    run(pfc.ShowFloatingIPPortForwarding, ['f1', 'pf1'], proxy)
    run(pfc.DeleteFloatingIPPortForwarding, ['f1', 'pf1'], proxy)
    proxy.delete_floating_ip_port_forwarding.assert_called_once_with(
        FIP, PF, ignore_missing=False)
