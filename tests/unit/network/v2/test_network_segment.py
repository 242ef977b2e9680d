"""Unit tests: network segment and network segment range commands."""

import pytest
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import network_segment_range as sdk_range
from openstack.network.v2 import segment as sdk_segment

from openstackclient.cli import errors
from openstackclient.network.v2 import network_segment
from openstackclient.network.v2 import network_segment_range
from tests.unit import fakes

SEGMENT = sdk_segment.Segment(id='s1', name='seg', network_id='n1',
                              network_type='vlan', physical_network='phys',
                              segmentation_id=100, description='d')
RANGE = sdk_range.NetworkSegmentRange(
    id='r1', name='range', default=False, shared=True, project_id=None,
    network_type='vxlan', physical_network=None, minimum=10, maximum=20,
    used={'p1': [10, 11, 12, 15]}, available=[13, 14, 16, 17, 20])


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_segment.return_value = SEGMENT
    proxy.find_network.return_value = sdk_network.Network(id='n1')
    proxy.find_network_segment_range.return_value = RANGE
    return proxy


def test_segment_create(net):
    net.create_segment.return_value = SEGMENT
    _, (labels, _) = fakes.run_command(
        network_segment.CreateNetworkSegment,
        ['seg', '--network', 'net', '--network-type', 'vlan',
         '--physical-network', 'phys', '--segment', '100',
         '--description', 'd'], network=net)
    net.create_segment.assert_called_once_with(
        name='seg', description='d', physical_network='phys',
        segmentation_id=100, network_id='n1', network_type='vlan')
    assert labels == ('description', 'id', 'name', 'network_id',
                      'network_type', 'physical_network', 'segmentation_id')


@pytest.mark.parametrize('argv', [
    ['seg', '--network-type', 'vlan'],
    ['seg', '--network', 'n'],
    ['seg', '--network', 'n', '--network-type', 'odd'],
])
def test_segment_create_usage(net, argv):
    with pytest.raises(SystemExit):
        fakes.run_command(network_segment.CreateNetworkSegment, argv,
                          network=net)


def test_segment_list(net):
    net.segments.return_value = [SEGMENT]
    _, (labels, rows) = fakes.run_command(
        network_segment.ListNetworkSegment,
        ['--network', 'net', '--network-type', 'vlan', '--long'],
        network=net)
    net.segments.assert_called_once_with(network_id='n1',
                                         network_type='vlan')
    assert labels == ('ID', 'Name', 'Network', 'Network Type', 'Segment',
                      'Physical Network')
    assert rows == [('s1', 'seg', 'n1', 'vlan', 100, 'phys')]


def test_segment_set_show_delete(net):
    fakes.run_command(network_segment.SetNetworkSegment,
                      ['seg', '--name', 'n'], network=net)
    net.update_segment.assert_called_once_with(SEGMENT, name='n')
    fakes.run_command(network_segment.ShowNetworkSegment, ['seg'],
                      network=net)
    fakes.run_command(network_segment.DeleteNetworkSegment, ['seg'],
                      network=net)
    net.delete_segment.assert_called_once_with(SEGMENT,
                                               ignore_missing=False)


def test_id_ranges():
    assert network_segment_range.id_ranges([7, 1, 3, 2]) == ['1-3', '7']
    assert network_segment_range.id_ranges([]) == []


def test_range_create_shared(net):
    net.create_network_segment_range.return_value = RANGE
    _, (labels, values) = fakes.run_command(
        network_segment_range.CreateNetworkSegmentRange,
        ['range', '--network-type', 'vxlan', '--minimum', '10',
         '--maximum', '20'], network=net)
    net.create_network_segment_range.assert_called_once_with(
        name='range', network_type='vxlan', minimum=10, maximum=20,
        shared=True)
    shown = dict(zip(labels, values))
    assert shown['available'].machine_readable() == ['13-14', '16-17', '20']
    assert shown['used'].machine_readable() == {'p1': '10-12,15'}


def test_range_create_private_defaults_to_own_project(net):
    net.create_network_segment_range.return_value = RANGE
    net.get_project_id.return_value = 'me'
    fakes.run_command(
        network_segment_range.CreateNetworkSegmentRange,
        ['range', '--private', '--network-type', 'vlan',
         '--physical-network', 'phys', '--minimum', '1', '--maximum', '2'],
        network=net)
    assert net.create_network_segment_range.call_args.kwargs == dict(
        name='range', network_type='vlan', physical_network='phys',
        minimum=1, maximum=2, shared=False, project_id='me')


def test_range_project_needs_private(net):
    with pytest.raises(errors.UsageError):
        fakes.run_command(
            network_segment_range.CreateNetworkSegmentRange,
            ['range', '--project', 'p', '--network-type', 'vlan',
             '--minimum', '1', '--maximum', '2'], network=net)


def test_range_list_filters_on_the_client(net):
    unused = sdk_range.NetworkSegmentRange(id='r2', used={},
                                           available=[1])
    net.network_segment_ranges.return_value = [RANGE, unused]
    _, (labels, rows) = fakes.run_command(
        network_segment_range.ListNetworkSegmentRange, ['--used', '--long'],
        network=net)
    assert labels[-2:] == ('Used', 'Available')
    assert [row[0] for row in rows] == ['r1']
    _, (_, rows) = fakes.run_command(
        network_segment_range.ListNetworkSegmentRange, ['--unused'],
        network=net)
    assert [row[0] for row in rows] == ['r2']


def test_range_set(net):
    fakes.run_command(network_segment_range.SetNetworkSegmentRange,
                      ['range', '--maximum', '30'], network=net)
    net.update_network_segment_range.assert_called_once_with(RANGE,
                                                             maximum=30)
