"""Functional tests: network RBAC policies against the devcloud's
Neutron, sharing a QoS policy and an address scope with the demo
project."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

SHOW_KEYS = {'action', 'id', 'object_id', 'object_type', 'project_id',
             'target_project_id'}


def test_share_with_one_project_then_another(openstack, made, devcloud,
                                             unique_name):
    demo_project = devcloud.demo['project_name']
    admin_project = devcloud.admin['project_name']
    qos = made('network qos policy', unique_name('qos'))
    # Before: the demo user cannot see the policy.
    assert openstack('network', 'qos', 'policy', 'show', qos['id'],
                     cloud='devcloud-demo', check=False).rc == 5
    rbac = made('network rbac', qos['name'], '--type', 'qos_policy',
                '--action', 'access_as_shared', '--target-project',
                demo_project)
    assert set(rbac) == SHOW_KEYS
    assert rbac['object_id'] == qos['id']
    demo_id = rbac['target_project_id']
    assert show(openstack, 'network qos policy', qos['id'],
                cloud='devcloud-demo')['id'] == qos['id']

    rows = listed(openstack, 'network rbac', '--type', 'qos_policy',
                  '--target-project', demo_project, '--long')
    mine = [r for r in rows if r['ID'] == rbac['id']]
    assert mine == [{'ID': rbac['id'], 'Object Type': 'qos_policy',
                     'Object ID': qos['id'],
                     'Action': 'access_as_shared'}]
    assert set(listed(openstack, 'network rbac')[0]) == {
        'ID', 'Object Type', 'Object ID'}

    openstack('network', 'rbac', 'set', rbac['id'], '--target-project',
              admin_project)
    shown = show(openstack, 'network rbac', rbac['id'])
    assert shown['target_project_id'] not in (demo_id, None)
    check_delete_many(openstack, 'network rbac', rbac['id'],
                      'RBAC policies', label='RBAC policy')


def test_share_with_all_projects(openstack, made, unique_name):
    scope = made('address scope', unique_name('as'))
    rbac = made('network rbac', scope['id'], '--type', 'address_scope',
                '--action', 'access_as_shared', '--target-all-projects')
    assert rbac['target_project_id'] == '*'
    assert rbac['object_type'] == 'address_scope'


def test_unknown_object_is_exit_5(openstack):
    result = openstack('network', 'rbac', 'create', 'fn-no-such',
                       '--type', 'network', '--action', 'access_as_shared',
                       '--target-all-projects', check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        "openstack: No network with a name or ID of 'fn-no-such' exists.")


def test_target_is_required(openstack, made, unique_name):
    scope = made('address scope', unique_name('as'))
    result = openstack('network', 'rbac', 'create', scope['id'], '--type',
                       'address_scope', '--action', 'access_as_shared',
                       check=False)
    assert result.rc == 2
