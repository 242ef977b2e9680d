"""Unit tests: router NDP proxy commands."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import ndp_proxy as sdk_ndp
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import router as sdk_router

from openstackclient.cli import errors
from openstackclient.network.v2 import ndp_proxy
from tests.unit import fakes

ROUTER = sdk_router.Router(id='r1', name='router')
PORT = sdk_port.Port(id='p1', name='port')
WEB = sdk_ndp.NDPProxy(id='n1', name='web', router_id='r1', port_id='p1',
                       ip_address='2001:db8:1::5', project_id='proj',
                       description='', tenant_id='proj')
DB = sdk_ndp.NDPProxy(id='n2', name='db', router_id='r2', port_id='p2',
                      ip_address='2001:db8:2::7', project_id='other')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_router.return_value = ROUTER
    proxy.find_port.return_value = PORT
    proxy.find_ndp_proxy.return_value = WEB
    proxy.create_ndp_proxy.return_value = WEB
    proxy.ndp_proxies.return_value = [WEB, DB]
    return proxy


def run(cls, argv, net):
    return fakes.run_command(cls, argv, network=net)


def test_create(net):
    _, (labels, values) = run(
        ndp_proxy.CreateNDPProxy,
        ['router', '--port', 'port', '--name', 'web', '--ip-address',
         '2001:db8:1::5', '--description', 'd'], net)
    net.create_ndp_proxy.assert_called_once_with(
        name='web', router_id='r1', port_id='p1', ip_address='2001:db8:1::5',
        description='d')
    net.find_router.assert_called_once_with('router', ignore_missing=False)
    net.find_port.assert_called_once_with('port', ignore_missing=False)
    shown = dict(zip(labels, values))
    assert shown['ip_address'] == '2001:db8:1::5'
    assert 'tenant_id' not in shown and 'location' not in shown
    assert labels == tuple(sorted(labels))


def test_create_sends_only_what_is_given(net):
    run(ndp_proxy.CreateNDPProxy, ['router', '--port', 'port'], net)
    net.create_ndp_proxy.assert_called_once_with(router_id='r1',
                                                 port_id='p1')


def test_create_needs_port(net):
    with pytest.raises(SystemExit):
        run(ndp_proxy.CreateNDPProxy, ['router'], net)


def test_list_all(net):
    _, (labels, rows) = run(ndp_proxy.ListNDPProxy, [], net)
    assert labels == ('ID', 'Name', 'Router ID', 'IP Address', 'Project')
    assert rows == [('n1', 'web', 'r1', '2001:db8:1::5', 'proj'),
                    ('n2', 'db', 'r2', '2001:db8:2::7', 'other')]
    net.ndp_proxies.assert_called_once_with()


def test_list_name_is_asked_for_the_rest_filtered_here(net):
    _, (_, rows) = run(ndp_proxy.ListNDPProxy,
                       ['--name', 'web', '--router', 'router', '--port',
                        'port', '--ip-address', '2001:db8:1:0::5'], net)
    net.ndp_proxies.assert_called_once_with(name='web')
    assert [row[0] for row in rows] == ['n1']
    _, (_, rows) = run(ndp_proxy.ListNDPProxy,
                       ['--ip-address', '2001:db8:9::1'], net)
    assert rows == []


def test_list_by_project(net, monkeypatch):
    from openstackclient.network.v2 import common
    monkeypatch.setattr(common, 'project_id', lambda app, args: 'other')
    _, (_, rows) = run(ndp_proxy.ListNDPProxy, ['--project', 'x'], net)
    assert [row[0] for row in rows] == ['n2']


def test_set(net):
    run(ndp_proxy.SetNDPProxy, ['web', '--name', 'www', '--description',
                                ''], net)
    net.update_ndp_proxy.assert_called_once_with(WEB, name='www',
                                                 description='')


def test_set_nothing_sends_nothing(net):
    run(ndp_proxy.SetNDPProxy, ['web'], net)
    net.update_ndp_proxy.assert_not_called()


def test_show_missing(net):
    net.find_ndp_proxy.side_effect = sdk_exc.NotFoundException('x')
    with pytest.raises(errors.NotFoundError,
                       match="No NDP proxy with a name or ID of 'nope'"):
        run(ndp_proxy.ShowNDPProxy, ['nope'], net)


def test_delete_many(net):
    run(ndp_proxy.DeleteNDPProxy, ['web', 'db'], net)
    assert net.delete_ndp_proxy.call_count == 2
    net.delete_ndp_proxy.assert_called_with(WEB, ignore_missing=False)


def test_delete_reports_failures(net):
    net.find_ndp_proxy.side_effect = [WEB, sdk_exc.NotFoundException('x')]
    with pytest.raises(errors.CommandError,
                       match='1 of 2 NDP proxies failed to delete: nope'):
        run(ndp_proxy.DeleteNDPProxy, ['web', 'nope', '--parallel', '1'],
            net)
