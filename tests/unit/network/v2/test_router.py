"""Unit tests: router commands parse and call the SDK right."""

import pytest
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import router as sdk_router
from openstack.network.v2 import subnet as sdk_subnet

from openstackclient.cli import errors
from openstackclient.network.v2 import router
from tests.unit import fakes

GW = {'network_id': 'ext', 'enable_snat': True,
      'external_fixed_ips': [{'subnet_id': 'es', 'ip_address': '172.24.4.5'}]}
ROUTER = sdk_router.Router(
    id='r1', name='r', status='ACTIVE', is_admin_state_up=True,
    project_id='p1', external_gateway_info=GW,
    routes=[{'destination': '10.5.0.0/24', 'nexthop': '10.0.0.9'}],
    tags=['t'], availability_zones=[])


@pytest.fixture
def proxy():
    p = fakes.sdk_proxy('network.v2')
    p.set_tags.side_effect = lambda res, tags: res
    p.find_router.return_value = ROUTER
    p.create_router.return_value = ROUTER
    p.routers.return_value = iter([ROUTER])
    p.find_network.return_value = sdk_network.Network(id='ext')
    p.find_subnet.return_value = sdk_subnet.Subnet(id='s1')
    p.find_port.return_value = sdk_port.Port(id='port1')
    p.add_extra_routes_to_router.return_value = ROUTER
    p.remove_extra_routes_from_router.return_value = ROUTER
    return p


def run(cls, argv, proxy):
    return fakes.run_command(cls, argv, network=proxy)


def test_create_with_gateway(proxy):
    _, (labels, values) = run(router.CreateRouter, [
        'r', '--external-gateway', 'public', '--disable-snat', '--fixed-ip',
        'subnet=sub,ip-address=172.24.4.9', '--tag', 'x'], proxy)
    proxy.create_router.assert_called_once_with(
        name='r', is_admin_state_up=True,
        external_gateway_info={
            'network_id': 'ext', 'enable_snat': False,
            'external_fixed_ips': [{'subnet_id': 's1',
                                    'ip_address': '172.24.4.9'}]})
    shown = dict(zip(labels, values))
    assert shown['routes'].human_readable() == (
        "destination='10.5.0.0/24', gateway='10.0.0.9'")
    assert shown['external_gateway_info'].machine_readable() == GW


def test_create_snat_without_gateway_is_usage_error(proxy):
    with pytest.raises(errors.UsageError):
        run(router.CreateRouter, ['r', '--enable-snat'], proxy)


def test_create_ndp_proxy_needs_a_gateway(proxy):
    with pytest.raises(errors.UsageError, match='--external-gateway'):
        run(router.CreateRouter, ['r', '--enable-ndp-proxy'], proxy)
    proxy.create_router.assert_not_called()
    run(router.CreateRouter, ['r', '--external-gateway', 'public',
                              '--enable-ndp-proxy'], proxy)
    assert proxy.create_router.call_args.kwargs['enable_ndp_proxy'] is True


def test_set_disable_ndp_proxy(proxy):
    run(router.SetRouter, ['r', '--disable-ndp-proxy'], proxy)
    proxy.update_router.assert_called_once_with(ROUTER,
                                                enable_ndp_proxy=False)


def test_list_columns_follow_the_routers(proxy):
    _, (labels, _) = run(router.ListRouter, [], proxy)
    assert labels == ('ID', 'Name', 'Status', 'State', 'Project')
    admin_view = sdk_router.Router(id='r2', is_ha=False, is_distributed=False)
    proxy.routers.return_value = iter([admin_view])
    _, (labels, rows) = run(router.ListRouter, ['--long', '--name', 'r'],
                            proxy)
    assert labels == ('ID', 'Name', 'Status', 'State', 'Project',
                      'Distributed', 'HA', 'Routes', 'External gateway info',
                      'Availability zones', 'Tags')
    proxy.routers.assert_called_with(name='r')


def test_set_routes_append_and_no_route(proxy):
    run(router.SetRouter, ['r', '--route',
                           'destination=10.6.0.0/24,gateway=10.0.0.8'], proxy)
    proxy.update_router.assert_called_once_with(ROUTER, routes=[
        {'destination': '10.5.0.0/24', 'nexthop': '10.0.0.9'},
        {'destination': '10.6.0.0/24', 'nexthop': '10.0.0.8'}])
    proxy.update_router.reset_mock()
    run(router.SetRouter, ['r', '--no-route'], proxy)
    proxy.update_router.assert_called_once_with(ROUTER, routes=[])


def test_set_snat_keeps_current_gateway(proxy):
    run(router.SetRouter, ['r', '--disable-snat'], proxy)
    proxy.update_router.assert_called_once_with(
        ROUTER, external_gateway_info={'network_id': 'ext',
                                       'enable_snat': False})


def test_unset_gateway_and_route(proxy):
    run(router.UnsetRouter, ['r', '--external-gateway', '--route',
                             'destination=10.5.0.0/24,gateway=10.0.0.9'],
        proxy)
    proxy.update_router.assert_called_once_with(
        ROUTER, routes=[], external_gateway_info={})


def test_unset_unknown_route(proxy):
    with pytest.raises(errors.NotFoundError):
        run(router.UnsetRouter, ['r', '--route',
                                 'destination=1.0.0.0/8,gateway=1.1.1.1'],
            proxy)


def test_add_remove_interfaces(proxy):
    run(router.AddSubnetToRouter, ['r', 'sub'], proxy)
    proxy.add_interface_to_router.assert_called_once_with(ROUTER, subnet='s1')
    run(router.RemovePortFromRouter, ['r', 'port'], proxy)
    proxy.remove_interface_from_router.assert_called_once_with(
        ROUTER, port='port1')


def test_add_remove_route(proxy):
    body = {'router': {'routes': [{'destination': '10.7.0.0/24',
                                   'nexthop': '10.0.0.7'}]}}
    run(router.AddExtraRoutesToRouter,
        ['r', '--route', 'destination=10.7.0.0/24,gateway=10.0.0.7'], proxy)
    proxy.add_extra_routes_to_router.assert_called_once_with(ROUTER, body)
    run(router.RemoveExtraRoutesFromRouter,
        ['r', '--route', 'destination=10.7.0.0/24,gateway=10.0.0.7'], proxy)
    proxy.remove_extra_routes_from_router.assert_called_once_with(ROUTER,
                                                                  body)


def test_show_lists_interfaces(proxy):
    proxy.ports.return_value = iter([
        sdk_port.Port(id='gw', device_owner='network:router_gateway',
                      fixed_ips=[{'subnet_id': 'es', 'ip_address': '1'}]),
        sdk_port.Port(id='if1', device_owner='network:router_interface',
                      fixed_ips=[{'subnet_id': 's1',
                                  'ip_address': '10.0.0.1'}])])
    _, (labels, values) = run(router.ShowRouter, ['r'], proxy)
    proxy.ports.assert_called_once_with(device_id='r1')
    shown = dict(zip(labels, values))
    assert shown['interfaces_info'].machine_readable() == [
        {'port_id': 'if1', 'ip_address': '10.0.0.1', 'subnet_id': 's1'}]
    assert labels == tuple(sorted(labels))


MULTI = 'external-gateway-multihoming'


@pytest.fixture
def multihoming(proxy):
    from openstack.network.v2 import extension as sdk_extension
    proxy.find_extension.return_value = sdk_extension.Extension(alias=MULTI)
    proxy.find_subnet.return_value = sdk_subnet.Subnet(id='es',
                                                       network_id='ext')
    proxy.add_external_gateways.return_value = ROUTER
    proxy.remove_external_gateways.return_value = ROUTER
    return proxy


def test_add_gateway(multihoming):
    _, (labels, values) = run(
        router.AddGatewayToRouter,
        ['r', 'public', '--fixed-ip', 'subnet=ext-sub,ip-address=172.24.4.9',
         '--fixed-ip', 'ip-address=172.24.4.10'], multihoming)
    multihoming.find_extension.assert_called_once_with(MULTI,
                                                       ignore_missing=True)
    multihoming.find_network.assert_called_once_with('public',
                                                     ignore_missing=False)
    multihoming.add_external_gateways.assert_called_once_with(
        ROUTER, {'router': {'external_gateways': [{
            'network_id': 'ext', 'external_fixed_ips': [
                {'subnet_id': 'es', 'ip_address': '172.24.4.9'},
                {'ip_address': '172.24.4.10'}]}]}})
    shown = dict(zip(labels, values))
    assert shown['external_gateway_info'].machine_readable() == GW
    assert labels == tuple(sorted(labels))


def test_remove_gateway(multihoming):
    run(router.RemoveGatewayFromRouter, ['r', 'public'], multihoming)
    multihoming.remove_external_gateways.assert_called_once_with(
        ROUTER, {'router': {'external_gateways': [{'network_id': 'ext'}]}})
    multihoming.add_external_gateways.assert_not_called()


def test_gateway_subnet_of_another_network(multihoming):
    multihoming.find_subnet.return_value = sdk_subnet.Subnet(
        id='x', network_id='other')
    with pytest.raises(errors.UsageError, match="not on network 'public'"):
        run(router.AddGatewayToRouter,
            ['r', 'public', '--fixed-ip', 'subnet=x'], multihoming)
    multihoming.add_external_gateways.assert_not_called()


@pytest.mark.parametrize('cls', [router.AddGatewayToRouter,
                                 router.RemoveGatewayFromRouter])
def test_gateway_without_multihoming(proxy, cls):
    proxy.find_extension.return_value = None
    with pytest.raises(errors.CommandError,
                       match=f'The {MULTI} extension is not enabled') as exc:
        run(cls, ['r', 'public'], proxy)
    assert exc.value.exit_code == errors.FAILURE
    proxy.add_external_gateways.assert_not_called()
    proxy.remove_external_gateways.assert_not_called()
