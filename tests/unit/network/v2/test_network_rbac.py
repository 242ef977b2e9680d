"""Unit tests: network rbac create/delete/list/set/show."""

from unittest import mock

import pytest
from openstack.network.v2 import qos_policy as sdk_qos
from openstack.network.v2 import rbac_policy as sdk_rbac

from openstackclient.network.v2 import network_rbac
from tests.unit import fakes

RBAC = sdk_rbac.RBACPolicy(id='r1', object_type='qos_policy',
                           object_id='q1', action='access_as_shared',
                           target_tenant='p2', project_id='p1')


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_rbac_policy.return_value = RBAC
    proxy.find_qos_policy.return_value = sdk_qos.QoSPolicy(id='q1')
    return proxy


@pytest.fixture
def target():
    with mock.patch.object(network_rbac, 'target_project_id',
                           return_value='p2') as patched:
        yield patched


def test_create_for_one_project(net, target):
    net.create_rbac_policy.return_value = RBAC
    _, (labels, values) = fakes.run_command(
        network_rbac.CreateNetworkRBAC,
        ['qos', '--type', 'qos_policy', '--action', 'access_as_shared',
         '--target-project', 'demo', '--target-project-domain', 'd'],
        network=net)
    net.find_qos_policy.assert_called_once_with('qos', ignore_missing=False)
    assert target.call_args.args[1:] == ('demo', 'd')
    net.create_rbac_policy.assert_called_once_with(
        object_type='qos_policy', object_id='q1', action='access_as_shared',
        target_tenant='p2')
    assert labels == ('action', 'id', 'object_id', 'object_type',
                      'project_id', 'target_project_id')
    assert dict(zip(labels, values))['target_project_id'] == 'p2'


def test_create_for_all_projects_looks_up_by_type(net):
    net.find_subnet_pool.return_value = sdk_qos.QoSPolicy(id='sp1')
    net.create_rbac_policy.return_value = RBAC
    fakes.run_command(
        network_rbac.CreateNetworkRBAC,
        ['pool', '--type', 'subnetpool', '--action', 'access_as_shared',
         '--target-all-projects'], network=net)
    net.create_rbac_policy.assert_called_once_with(
        object_type='subnetpool', object_id='sp1', action='access_as_shared',
        target_tenant='*')


@pytest.mark.parametrize('argv', [
    ['x', '--type', 'network', '--action', 'access_as_shared'],
    ['x', '--type', 'port', '--action', 'access_as_shared',
     '--target-all-projects'],
    ['x', '--type', 'network', '--action', 'own', '--target-all-projects'],
])
def test_create_usage_errors(net, argv):
    with pytest.raises(SystemExit):
        fakes.run_command(network_rbac.CreateNetworkRBAC, argv, network=net)


def test_list(net, target):
    net.rbac_policies.return_value = [RBAC]
    _, (labels, rows) = fakes.run_command(
        network_rbac.ListNetworkRBAC,
        ['--type', 'qos_policy', '--action', 'access_as_shared',
         '--target-project', 'demo', '--long'], network=net)
    net.rbac_policies.assert_called_once_with(
        object_type='qos_policy', action='access_as_shared',
        target_project_id='p2')
    assert labels == ('ID', 'Object Type', 'Object ID', 'Action')
    assert rows == [('r1', 'qos_policy', 'q1', 'access_as_shared')]


def test_set(net, target):
    fakes.run_command(network_rbac.SetNetworkRBAC,
                      ['r1', '--target-project', 'demo'], network=net)
    net.update_rbac_policy.assert_called_once_with(RBAC, target_tenant='p2')


def test_set_nothing(net):
    fakes.run_command(network_rbac.SetNetworkRBAC, ['r1'], network=net)
    net.update_rbac_policy.assert_not_called()


def test_delete(net):
    fakes.run_command(network_rbac.DeleteNetworkRBAC, ['r1'], network=net)
    net.delete_rbac_policy.assert_called_once_with(RBAC,
                                                   ignore_missing=False)
