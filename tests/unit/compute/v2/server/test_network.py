"""Unit tests: a server's fixed and floating IPs, networks, ports and
security groups."""

import pytest
from openstack import exceptions as sdk_exceptions
from openstack.compute.v2 import server as sdk_server
from openstack.compute.v2 import server_interface as sdk_interface
from openstack.network.v2 import floating_ip as sdk_fip
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import security_group as sdk_sg

from openstackclient.cli import errors
from openstackclient.compute.v2.server import network
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web', project_id='p1')
NET = sdk_network.Network(id='n1', name='private')
PORT_A = sdk_port.Port(id='pa', device_id='s1',
                       fixed_ips=[{'ip_address': '172.24.4.9'}])
PORT_B = sdk_port.Port(id='pb', device_id='s1',
                       fixed_ips=[{'ip_address': '10.0.0.5'}])
FIP = sdk_fip.FloatingIP(id='f1', floating_ip_address='172.24.4.50')


@pytest.fixture
def proxies():
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    net = fakes.sdk_proxy('network.v2')
    net.find_network.return_value = NET
    net.find_ip.return_value = FIP
    net.ports.return_value = [PORT_A, PORT_B]
    return compute, net


def run(cls, argv, proxies, **kw):
    compute, net = proxies
    return cf.run(cls, argv, compute, network=net, **kw)


def not_found(message='gone'):
    return sdk_exceptions.NotFoundException(message)


def test_add_fixed_ip_shows_the_interface(proxies):
    compute, net = proxies
    compute.create_server_interface.return_value = (
        sdk_interface.ServerInterface(
            port_id='p9', server_id='s1', net_id='n1', mac_addr='fa:16',
            port_state='ACTIVE', tag='t',
            fixed_ips=[{'ip_address': '10.0.0.9', 'subnet_id': 'sn'}]))
    _, result, _ = run(network.AddFixedIP,
                       ['web', 'private', '--fixed-ip-address', '10.0.0.9'],
                       proxies)
    shown = cf.as_dict(result)
    assert list(shown) == ['Port ID', 'Server ID', 'Network ID',
                           'MAC Address', 'Port State', 'Fixed IPs']
    assert shown['Port ID'] == 'p9'
    assert shown['Fixed IPs'].human_readable() == (
        "ip_address='10.0.0.9', subnet_id='sn'")
    compute.create_server_interface.assert_called_once_with(
        's1', net_id='n1', fixed_ips=[{'ip_address': '10.0.0.9'}])
    net.find_network.assert_called_once_with('private', ignore_missing=False)


def test_add_fixed_ip_tag_adds_the_tag_column(proxies):
    compute, _ = proxies
    compute.create_server_interface.return_value = (
        sdk_interface.ServerInterface(port_id='p9', tag='t'))
    _, result, _ = run(network.AddFixedIP, ['web', 'private', '--tag', 't'],
                       proxies)
    assert cf.as_dict(result)['Tag'] == 't'
    assert compute.create_server_interface.call_args.kwargs['tag'] == 't'


def test_tag_needs_2_49_and_nothing_is_attached(proxies):
    compute, _ = proxies
    for cls, what in ((network.AddFixedIP, 'private'),
                      (network.AddNetwork, 'private'),
                      (network.AddPort, 'port1')):
        with pytest.raises(errors.UsageError) as caught:
            run(cls, ['web', what, '--tag', 't'], proxies, version='2.48')
        assert '--tag needs --os-compute-api-version 2.49' in str(
            caught.value)
    compute.create_server_interface.assert_not_called()


def test_unknown_network_is_exit_5(proxies):
    compute, net = proxies
    net.find_network.side_effect = not_found()
    with pytest.raises(errors.NotFoundError) as caught:
        run(network.AddNetwork, ['web', 'nope'], proxies)
    assert str(caught.value) == (
        "No network with a name or ID of 'nope' exists.")
    compute.create_server_interface.assert_not_called()


def test_add_network_and_port(proxies):
    compute, net = proxies
    net.find_port.return_value = PORT_B
    run(network.AddNetwork, ['web', 'private', '--tag', 'x'], proxies)
    compute.create_server_interface.assert_called_with(
        SERVER, net_id='n1', tag='x')
    run(network.AddPort, ['web', 'port1'], proxies)
    compute.create_server_interface.assert_called_with(SERVER, port_id='pb')


def test_remove_port_detaches_an_attached_port(proxies):
    compute, net = proxies
    net.find_port.return_value = PORT_B
    run(network.RemovePort, ['web', 'port1'], proxies)
    compute.delete_server_interface.assert_called_once_with(
        'pb', server=SERVER, ignore_missing=False)


def test_remove_port_of_another_server_is_refused(proxies):
    compute, net = proxies
    net.find_port.return_value = sdk_port.Port(id='px', device_id='other')
    with pytest.raises(errors.NotFoundError) as caught:
        run(network.RemovePort, ['web', 'px'], proxies)
    assert str(caught.value) == "Port 'px' is not attached to server 'web'"
    compute.delete_server_interface.assert_not_called()


def test_remove_network_detaches_each_port_on_it(proxies):
    compute, _ = proxies
    compute.server_interfaces.return_value = [
        sdk_interface.ServerInterface(port_id='a', net_id='n1'),
        sdk_interface.ServerInterface(port_id='b', net_id='n2'),
        sdk_interface.ServerInterface(port_id='c', net_id='n1')]
    run(network.RemoveNetwork, ['web', 'private'], proxies)
    detached = [c.args[0] for c in
                compute.delete_server_interface.call_args_list]
    assert detached == ['a', 'c']


def test_remove_fixed_ip_asks_at_2_43(proxies):
    compute, _ = proxies
    compute.post.return_value = cf.response(202)
    run(network.RemoveFixedIP, ['web', '10.0.0.5'], proxies)
    compute.post.assert_called_once_with(
        '/servers/s1/action',
        json={'removeFixedIp': {'address': '10.0.0.5'}}, raise_exc=False,
        microversion='2.43')


def test_remove_fixed_ip_refused_when_pinned_past_2_43(proxies):
    compute, _ = proxies
    with pytest.raises(errors.UsageError) as caught:
        run(network.RemoveFixedIP, ['web', '10.0.0.5'], proxies,
            version='2.44')
    assert 'removed in compute API 2.44' in str(caught.value)
    compute.post.assert_not_called()


def test_remove_fixed_ip_nova_error_is_one_line(proxies):
    compute, _ = proxies
    compute.post.return_value = cf.response(
        400, {'badRequest': {'message': 'No fixed IP 1.2.3.4'}})
    with pytest.raises(errors.CommandError) as caught:
        run(network.RemoveFixedIP, ['web', '1.2.3.4'], proxies)
    assert caught.value.exit_code == errors.USAGE
    assert 'No fixed IP 1.2.3.4 (HTTP 400)' in str(caught.value)


def test_add_floating_ip_to_the_port_with_the_fixed_address(proxies):
    _, net = proxies
    run(network.AddFloatingIP,
        ['web', '172.24.4.50', '--fixed-ip-address', '10.0.0.5'], proxies)
    net.update_ip.assert_called_once_with(FIP, port_id='pb',
                                          fixed_ip_address='10.0.0.5')
    net.ports.assert_called_once_with(device_id='s1')
    net.find_ip.assert_called_once_with('172.24.4.50', ignore_missing=False)


def test_add_floating_ip_no_port_has_the_fixed_address(proxies):
    _, net = proxies
    with pytest.raises(errors.NotFoundError):
        run(network.AddFloatingIP,
            ['web', '172.24.4.50', '--fixed-ip-address', '10.9.9.9'],
            proxies)
    net.update_ip.assert_not_called()


def test_add_floating_ip_tries_ports_until_one_is_reachable(proxies):
    _, net = proxies
    net.update_ip.side_effect = [not_found('unreachable'), None]
    run(network.AddFloatingIP, ['web', '172.24.4.50'], proxies)
    assert [c.kwargs['port_id'] for c in net.update_ip.call_args_list] == [
        'pa', 'pb']


def test_add_floating_ip_no_reachable_port_raises_the_last_error(proxies):
    _, net = proxies
    net.update_ip.side_effect = [not_found('a'), not_found('b')]
    with pytest.raises(sdk_exceptions.NotFoundException) as caught:
        run(network.AddFloatingIP, ['web', '172.24.4.50'], proxies)
    assert 'b' in str(caught.value)


def test_add_floating_ip_other_errors_stop_at_once(proxies):
    _, net = proxies
    net.update_ip.side_effect = sdk_exceptions.ConflictException('in use')
    with pytest.raises(sdk_exceptions.ConflictException):
        run(network.AddFloatingIP, ['web', '172.24.4.50'], proxies)
    assert net.update_ip.call_count == 1


def test_add_floating_ip_server_without_ports(proxies):
    _, net = proxies
    net.ports.return_value = []
    with pytest.raises(errors.CommandError) as caught:
        run(network.AddFloatingIP, ['web', '172.24.4.50'], proxies)
    assert 'has no ports' in str(caught.value)


def test_remove_floating_ip(proxies):
    _, net = proxies
    net.find_ip.return_value = sdk_fip.FloatingIP(id='f1', port_id='pb')
    run(network.RemoveFloatingIP, ['web', '172.24.4.50'], proxies)
    net.update_ip.assert_called_once_with(net.find_ip.return_value,
                                          port_id=None)


def test_remove_floating_ip_not_associated_is_a_no_op(proxies):
    _, net = proxies
    run(network.RemoveFloatingIP, ['web', '172.24.4.50'], proxies)
    net.update_ip.assert_not_called()


def test_remove_floating_ip_of_another_server_is_refused(proxies):
    _, net = proxies
    net.find_ip.return_value = sdk_fip.FloatingIP(id='f1', port_id='px')
    with pytest.raises(errors.CommandError) as caught:
        run(network.RemoveFloatingIP, ['web', '172.24.4.50'], proxies)
    assert 'not a port of server' in str(caught.value)
    net.update_ip.assert_not_called()


def _groups(net, *known):
    groups = {g.name: g for g in known}

    def find(name_or_id, ignore_missing=True, **filters):
        for group in known:
            if name_or_id in (group.id, group.name):
                return group
        raise not_found()

    net.find_security_group.side_effect = find
    return groups


def test_add_security_groups_by_id_in_the_servers_project(proxies):
    compute, net = proxies
    compute.find_server.return_value = SERVER
    _groups(net, sdk_sg.SecurityGroup(id='g1', name='web'),
            sdk_sg.SecurityGroup(id='g2', name='db'))
    run(network.AddServerSecurityGroup, ['web', 'web', 'g2'], proxies)
    sent = [c.args[1] for c in
            compute.add_security_group_to_server.call_args_list]
    assert sent == [{'name': 'g1'}, {'name': 'g2'}]
    net.find_security_group.assert_any_call(
        'web', ignore_missing=False, project_id='p1')
    compute.find_server.assert_called_once_with(
        'web', ignore_missing=False, details=True)


def test_security_groups_one_line_per_failure(proxies):
    compute, net = proxies
    _groups(net, sdk_sg.SecurityGroup(id='g1', name='web'))
    app = fakes.make_app()
    with pytest.raises(errors.CommandError) as caught:
        fakes.run_in_app(network.RemoveServerSecurityGroup,
                         ['web', 'nope', 'web'], app, compute=compute,
                         network=net)
    assert str(caught.value) == '1 of 2 security groups were not removed.'
    assert app.stderr.getvalue() == (
        "Failed to remove security group 'nope' from server 'web': No "
        "security group with a name or ID of 'nope' exists.\n")
    assert caught.value.exit_code == errors.NOT_FOUND
    compute.remove_security_group_from_server.assert_called_once_with(
        SERVER, {'name': 'g1'})


def test_one_security_group_error_is_the_one_line(proxies):
    compute, net = proxies
    _groups(net, sdk_sg.SecurityGroup(id='g1', name='web'))
    compute.add_security_group_to_server.side_effect = (
        sdk_exceptions.BadRequestException('duplicate'))
    with pytest.raises(sdk_exceptions.BadRequestException):
        run(network.AddServerSecurityGroup, ['web', 'web'], proxies)
