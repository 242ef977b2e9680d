"""Unit tests: network l3 conntrack helper commands."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import l3_conntrack_helper as sdk_helper
from openstack.network.v2 import router as sdk_router

from openstackclient.cli import errors
from openstackclient.network.v2 import l3_conntrack_helper
from tests.unit import fakes

ROUTER = sdk_router.Router(id='r1', name='router')
FTP = sdk_helper.ConntrackHelper(id='h1', helper='ftp', protocol='tcp',
                                 port=21)
TFTP = sdk_helper.ConntrackHelper(id='h2', helper='tftp', protocol='udp',
                                  port=69)


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_router.return_value = ROUTER
    proxy.get_conntrack_helper.return_value = FTP
    return proxy


def test_create(net):
    net.create_conntrack_helper.return_value = FTP
    _, (labels, values) = fakes.run_command(
        l3_conntrack_helper.CreateConntrackHelper,
        ['router', '--helper', 'ftp', '--protocol', 'tcp', '--port', '21'],
        network=net)
    net.create_conntrack_helper.assert_called_once_with(
        ROUTER, helper='ftp', protocol='tcp', port=21)
    assert dict(zip(labels, values)) == {
        'helper': 'ftp', 'id': 'h1', 'port': 21, 'protocol': 'tcp',
        'router_id': 'r1'}


def test_list_filters_here(net):
    net.conntrack_helpers.return_value = [FTP, TFTP]
    _, (labels, rows) = fakes.run_command(
        l3_conntrack_helper.ListConntrackHelper,
        ['router', '--protocol', 'udp'], network=net)
    net.conntrack_helpers.assert_called_once_with(ROUTER)
    assert labels == ('ID', 'Router ID', 'Helper', 'Protocol', 'Port')
    assert rows == [('h2', 'r1', 'tftp', 'udp', 69)]


def test_set_show(net):
    fakes.run_command(l3_conntrack_helper.SetConntrackHelper,
                      ['router', 'h1', '--port', '2121'], network=net)
    net.update_conntrack_helper.assert_called_once_with(FTP, ROUTER,
                                                        port=2121)
    fakes.run_command(l3_conntrack_helper.ShowConntrackHelper,
                      ['router', 'h1'], network=net)
    net.get_conntrack_helper.assert_called_with('h1', ROUTER)


def test_missing_helper(net):
    net.get_conntrack_helper.side_effect = sdk_exc.NotFoundException('x')
    with pytest.raises(errors.NotFoundError, match='No conntrack helper'):
        fakes.run_command(l3_conntrack_helper.ShowConntrackHelper,
                          ['router', 'nope'], network=net)


def test_delete_many(net):
    fakes.run_command(l3_conntrack_helper.DeleteConntrackHelper,
                      ['router', 'h1', 'h2'], network=net)
    assert net.delete_conntrack_helper.call_count == 2
    net.find_router.assert_called_once_with('router', ignore_missing=False)
