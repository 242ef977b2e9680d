"""Unit tests: subnet commands parse and call the SDK right."""

import pytest
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import subnet as sdk_subnet

from openstackclient.cli import errors
from openstackclient.network.v2 import subnet
from tests.unit import fakes

NET = sdk_network.Network(id='n1', name='net')
SUB = sdk_subnet.Subnet(
    id='s1', name='sub', network_id='n1', cidr='10.0.0.0/24', ip_version=4,
    is_dhcp_enabled=True, gateway_ip='10.0.0.1',
    allocation_pools=[{'start': '10.0.0.2', 'end': '10.0.0.254'}],
    dns_nameservers=['1.1.1.1'],
    host_routes=[{'destination': '10.1.0.0/24', 'nexthop': '10.0.0.9'}],
    service_types=[], tags=['t'], subnet_pool_id=None)


@pytest.fixture
def proxy():
    p = fakes.sdk_proxy('network.v2')
    p.set_tags.side_effect = lambda res, tags: res
    p.find_network.return_value = NET
    p.find_subnet.return_value = SUB
    p.create_subnet.return_value = SUB
    p.subnets.return_value = iter([SUB])
    return p


def run(cls, argv, proxy):
    return fakes.run_command(cls, argv, network=proxy)


def test_create_with_range_pools_routes(proxy):
    _, (labels, values) = run(subnet.CreateSubnet, [
        'sub', '--network', 'net', '--subnet-range', '10.0.0.0/24',
        '--gateway', '10.0.0.1', '--no-dhcp',
        '--allocation-pool', 'start=10.0.0.5,end=10.0.0.9',
        '--dns-nameserver', '1.1.1.1',
        '--host-route', 'destination=10.1.0.0/24,gateway=10.0.0.9',
        '--tag', 'x'], proxy)
    proxy.create_subnet.assert_called_once_with(
        name='sub', network_id='n1', ip_version=4, cidr='10.0.0.0/24',
        is_dhcp_enabled=False, gateway_ip='10.0.0.1',
        allocation_pools=[{'start': '10.0.0.5', 'end': '10.0.0.9'}],
        dns_nameservers=['1.1.1.1'],
        host_routes=[{'destination': '10.1.0.0/24', 'nexthop': '10.0.0.9'}])
    proxy.set_tags.assert_called_once_with(SUB, ['x'])
    shown = dict(zip(labels, values))
    assert shown['allocation_pools'].human_readable() == '10.0.0.2-10.0.0.254'
    assert shown['host_routes'].human_readable() == (
        "destination='10.1.0.0/24', gateway='10.0.0.9'")
    assert shown['enable_dhcp'] is True
    assert 'subnetpool_id' in shown


def test_create_gateway_none_and_subnet_pool(proxy):
    proxy.find_subnet_pool.return_value = sdk_subnet.Subnet(id='sp1')
    run(subnet.CreateSubnet, ['sub', '--network', 'net', '--subnet-pool',
                              'pool', '--prefix-length', '26', '--gateway',
                              'none'], proxy)
    kwargs = proxy.create_subnet.call_args.kwargs
    assert kwargs['gateway_ip'] is None
    assert kwargs['subnet_pool_id'] == 'sp1'
    assert kwargs['prefix_length'] == 26
    assert 'cidr' not in kwargs


def test_create_needs_a_range_or_pool(proxy):
    with pytest.raises(errors.UsageError):
        run(subnet.CreateSubnet, ['sub', '--network', 'net'], proxy)
    proxy.create_subnet.assert_not_called()


def test_create_bad_pool_is_usage_error(proxy):
    for bad in ('start=10.0.0.5', 'begin=1,end=2'):
        with pytest.raises(SystemExit):
            run(subnet.CreateSubnet, ['sub', '--network', 'net',
                                      '--subnet-range', '10.0.0.0/24',
                                      '--allocation-pool', bad], proxy)


def test_list_long_and_filters(proxy):
    _, (labels, rows) = run(subnet.ListSubnet, [
        '--long', '--network', 'net', '--ip-version', '4', '--dhcp',
        '--subnet-range', '10.0.0.0/24', '--any-tags', 't'], proxy)
    assert labels == ('ID', 'Name', 'Network', 'Subnet', 'Project', 'DHCP',
                      'Name Servers', 'Allocation Pools', 'Host Routes',
                      'IP Version', 'Gateway', 'Service Types', 'Tags')
    proxy.subnets.assert_called_once_with(
        ip_version=4, is_dhcp_enabled=True, network_id='n1',
        cidr='10.0.0.0/24', any_tags='t')
    assert rows[0][:4] == ('s1', 'sub', 'n1', '10.0.0.0/24')


def test_set_appends_and_replaces(proxy):
    run(subnet.SetSubnet, ['sub', '--name', 'new', '--dns-nameserver',
                           '8.8.8.8', '--no-allocation-pool',
                           '--allocation-pool', 'start=10.0.0.5,end=10.0.0.6',
                           '--gateway', 'none'], proxy)
    proxy.update_subnet.assert_called_once_with(
        SUB, name='new', gateway_ip=None,
        allocation_pools=[{'start': '10.0.0.5', 'end': '10.0.0.6'}],
        dns_nameservers=['1.1.1.1', '8.8.8.8'])


def test_unset_removes(proxy):
    run(subnet.UnsetSubnet, ['sub', '--dns-nameserver', '1.1.1.1',
                             '--host-route',
                             'destination=10.1.0.0/24,gateway=10.0.0.9',
                             '--tag', 't'], proxy)
    proxy.update_subnet.assert_called_once_with(
        SUB, dns_nameservers=[], host_routes=[])
    proxy.set_tags.assert_called_once_with(SUB, [])


def test_unset_missing_item_is_not_found(proxy):
    with pytest.raises(errors.NotFoundError):
        run(subnet.UnsetSubnet, ['sub', '--dns-nameserver', '9.9.9.9'],
            proxy)
    proxy.update_subnet.assert_not_called()


def test_show_and_delete(proxy):
    _, (labels, _) = run(subnet.ShowSubnet, ['sub'], proxy)
    assert 'cidr' in labels
    run(subnet.DeleteSubnet, ['sub'], proxy)
    proxy.delete_subnet.assert_called_once_with(SUB, ignore_missing=False)
