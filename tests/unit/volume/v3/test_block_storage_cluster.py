"""Unit tests: block storage cluster list/show/set (3.7)."""

import pytest
from openstack.block_storage.v3 import cluster as sdk_cluster

from openstackclient.cli import errors
from openstackclient.volume.v3 import block_storage_cluster as bsc
from tests.unit.volume.v3 import volume_fakes

CLUSTER = sdk_cluster.Cluster(name='c@b', binary='cinder-volume',
                              state='up', status='enabled', num_hosts=1,
                              num_down_hosts=0, frozen=False)


@pytest.fixture
def volume():
    proxy = volume_fakes.proxy()
    proxy.clusters.return_value = [CLUSTER]
    return proxy


def test_list_filters_and_long(volume):
    _, (labels, rows), _ = volume_fakes.run(
        bsc.ListBlockStorageCluster, ['--long', '--up', '--enabled',
                                      '--binary', 'cinder-volume'], volume)
    volume.clusters.assert_called_once_with(
        details=True, binary='cinder-volume', is_up=True, disabled=False)
    assert labels[:6] == ('Name', 'Binary', 'State', 'Status', 'Num Hosts',
                          'Num Down Hosts')
    assert rows[0][:5] == ('c@b', 'cinder-volume', 'up', 'enabled', 1)


def test_list_needs_3_7(volume):
    with pytest.raises(errors.UsageError, match='block storage cluster '
                                                'list needs'):
        volume_fakes.run(bsc.ListBlockStorageCluster, [], volume,
                         version='3.6')


def test_show_missing_is_not_found(volume):
    _, (labels, values), _ = volume_fakes.run(bsc.ShowBlockStorageCluster,
                                              ['c@b'], volume)
    assert labels[-3:] == ('Replication Status', 'Frozen',
                           'Active Backend ID')
    volume.clusters.return_value = []
    with pytest.raises(errors.NotFoundError):
        volume_fakes.run(bsc.ShowBlockStorageCluster, ['nope'], volume)


def test_set_disable_with_reason_and_enable(volume):
    volume.disable_cluster.return_value = CLUSTER
    volume_fakes.run(bsc.SetBlockStorageCluster,
                     ['c@b', '--disable', '--disable-reason', 'why'], volume)
    target = volume.disable_cluster.call_args.args[0]
    assert (target.name, target.binary) == ('c@b', 'cinder-volume')
    assert volume.disable_cluster.call_args.kwargs == {'reason': 'why'}
    volume.enable_cluster.return_value = CLUSTER
    volume_fakes.run(bsc.SetBlockStorageCluster, ['c@b'], volume)
    volume.enable_cluster.assert_called_once()
    with pytest.raises(errors.UsageError):
        volume_fakes.run(bsc.SetBlockStorageCluster,
                         ['c@b', '--disable-reason', 'why'], volume)
