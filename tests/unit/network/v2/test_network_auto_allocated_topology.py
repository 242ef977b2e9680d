"""Unit tests: network auto allocated topology create/delete."""

from unittest import mock

import pytest
from openstack.network.v2 import auto_allocated_topology as sdk_topology

from openstackclient.network.v2 import network_auto_allocated_topology as aat
from tests.unit import fakes


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.get_project_id.return_value = 'me'
    return proxy


def test_create_for_own_project(net):
    net.get_auto_allocated_topology.return_value = (
        sdk_topology.AutoAllocatedTopology(id='n1', project_id='me'))
    _, result = fakes.run_command(aat.CreateAutoAllocatedTopology, [],
                                  network=net)
    net.get_auto_allocated_topology.assert_called_once_with(None)
    assert result == (('id', 'project_id'), ('n1', 'me'))


def test_create_for_a_project(net):
    net.get_auto_allocated_topology.return_value = (
        sdk_topology.AutoAllocatedTopology(id='n1'))
    with mock.patch.object(aat.common, 'project_id', return_value='p2'):
        _, result = fakes.run_command(aat.CreateAutoAllocatedTopology,
                                      ['--project', 'demo'], network=net)
    net.get_auto_allocated_topology.assert_called_once_with('p2')
    assert result == (('id', 'project_id'), ('n1', 'p2'))


def test_check_resources(net):
    net.validate_auto_allocated_topology.return_value = (
        sdk_topology.ValidateTopology(dry_run='pass'))
    _, result = fakes.run_command(aat.CreateAutoAllocatedTopology,
                                  ['--check-resources'], network=net)
    net.validate_auto_allocated_topology.assert_called_once_with(None)
    net.get_auto_allocated_topology.assert_not_called()
    assert result == (('id', 'project_id'), ('dry-run=pass', 'me'))


def test_delete(net):
    fakes.run_command(aat.DeleteAutoAllocatedTopology, [], network=net)
    net.delete_auto_allocated_topology.assert_called_once_with(
        None, ignore_missing=False)
