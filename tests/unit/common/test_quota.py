"""Unit tests: quota show/set/list/delete on an autospec'd network proxy."""

import types

import pytest
from openstack.network.v2 import quota as sdk_quota

from openstackclient.cli import errors
from openstackclient.common import quota
from tests.unit import fakes

AUTH = types.SimpleNamespace(project_id='p0')


def only(*types_):
    """A catalog with only these service types."""
    return lambda service_type, *args: service_type in types_


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.get_quota.return_value = sdk_quota.Quota(
        project_id='p0', network=7, port=33, subnet=100, trunk=-1,
        check_limit=None)
    proxy.get_quota_default.return_value = sdk_quota.QuotaDefault(
        project='p0', network=100, port=500, subnet=100)
    return proxy


@pytest.fixture
def ident():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_project.return_value = types.SimpleNamespace(id='p1')
    return proxy


def run(cls, argv, net, ident, catalog=('network',)):
    return fakes.run_command(cls, argv, network=net, identity=ident,
                             auth_ref=AUTH,
                             is_service_available=only(*catalog))


def test_show_current_project(net, ident):
    _, (labels, rows) = run(quota.ShowQuota, [], net, ident)
    net.get_quota.assert_called_once_with('p0')
    ident.find_project.assert_not_called()
    assert labels == ('Resource', 'Limit')
    assert dict(rows) == {'networks': 7, 'ports': 33, 'subnets': 100,
                          'trunk': -1}


def test_show_named_project_defaults(net, ident):
    _, (_, rows) = run(quota.ShowQuota, ['--default', 'proj'], net, ident)
    ident.find_project.assert_called_once_with('proj', ignore_missing=False)
    net.get_quota_default.assert_called_once_with('p1')
    assert dict(rows) == {'networks': 100, 'ports': 500, 'subnets': 100}


def test_show_usage(net, ident):
    net.get_quota.return_value = sdk_quota.QuotaDetails(
        project_id='p0', network={'limit': 7, 'used': 2, 'reserved': 1},
        port={'limit': None, 'used': 0, 'reserved': 0})
    _, (labels, rows) = run(quota.ShowQuota, ['--usage'], net, ident)
    net.get_quota.assert_called_once_with('p0', details=True)
    assert labels == ('Resource', 'Limit', 'In Use', 'Reserved')
    assert sorted(rows) == [('networks', 7, 2, 1), ('ports', 0, 0, 0)]


def test_show_skips_services_not_in_catalog(net, ident):
    # compute and volume are absent: only network is asked.
    _, (_, rows) = run(quota.ShowQuota, ['--all'], net, ident)
    assert rows


def test_show_named_service_missing(net, ident):
    with pytest.raises(errors.NotFoundError, match='no Compute service'):
        run(quota.ShowQuota, ['--compute'], net, ident)
    with pytest.raises(errors.NotFoundError, match='no Network service'):
        run(quota.ShowQuota, ['--network'], net, ident, catalog=())


def compute_proxy():
    from openstack.compute.v2 import quota_set as sdk_cqs
    proxy = fakes.sdk_proxy('compute.v2')
    proxy.get_quota_set.return_value = sdk_cqs.QuotaSet(
        id='p0', cores=20, key_pairs=100, metadata_items=128,
        injected_file_content_bytes=10240,
        usage={'cores': 3, 'key_pairs': 2}, reservation={})
    proxy.get_quota_set_defaults.return_value = sdk_cqs.QuotaSet(
        id='p0', cores=20, key_pairs=100, metadata_items=128,
        injected_file_content_bytes=10240)
    return proxy


def run_compute(cls, argv, compute, ident):
    return fakes.run_command(cls, argv, compute=compute, identity=ident,
                             auth_ref=AUTH, is_service_available=only(
                                 'compute'))


def test_compute_show_names_as_osc(ident):
    compute = compute_proxy()
    _, (_, rows) = run_compute(quota.ShowQuota, [], compute, ident)
    assert dict(rows) == {'cores': 20, 'key-pairs': 100, 'properties': 128,
                          'injected-file-size': 10240}
    _, (_, rows) = run_compute(quota.ShowQuota, ['--usage'], compute, ident)
    compute.get_quota_set.assert_called_with('p0', usage=True)
    assert ('key-pairs', 100, 'N/A', 0) in rows
    assert ('cores', 20, 3, 0) in rows


def test_compute_set_force_and_defaults(ident):
    compute = compute_proxy()
    run_compute(quota.SetQuota, ['--cores', '4', '--properties', '9',
                                 '--force', 'proj'], compute, ident)
    compute.update_quota_set.assert_called_once_with(
        'p1', cores=4, metadata_items=9, force=True)
    run_compute(quota.SetQuota, ['--default', '--injected-file-size', '5'],
                compute, ident)
    compute.update_quota_class_set.assert_called_once_with(
        'default', injected_file_content_bytes=5)


def test_default_and_usage_exclusive(net, ident):
    with pytest.raises(SystemExit):
        run(quota.ShowQuota, ['--default', '--usage'], net, ident)


def test_set(net, ident):
    run(quota.SetQuota, ['--networks', '7', '--secgroup-rules', '9',
                         '--floating-ips', '3', '--subnetpools', '2',
                         'proj'], net, ident)
    net.update_quota.assert_called_once_with(
        'p1', networks=7, security_group_rules=9, floating_ips=3,
        subnet_pools=2, check_limit=True)


def test_set_force_current_project(net, ident):
    run(quota.SetQuota, ['--force', '--ports', '0'], net, ident)
    net.update_quota.assert_called_once_with('p0', ports=0, force=True)


def test_set_nothing_sends_nothing(net, ident):
    run(quota.SetQuota, ['proj'], net, ident)
    net.update_quota.assert_not_called()
    ident.find_project.assert_not_called()


def test_set_network_defaults_refused(net, ident):
    with pytest.raises(errors.UsageError, match='Network quotas'):
        run(quota.SetQuota, ['--default', '--networks', '3'], net, ident)
    with pytest.raises(errors.UsageError, match='--force'):
        run(quota.SetQuota, ['--default', '--force'], net, ident)


def test_set_forbidden_lookup_passes_id_on(net, ident):
    exc = type('ForbiddenException', (Exception,), {'status_code': 403})
    ident.find_project.side_effect = exc('no')
    run(quota.SetQuota, ['--routers', '1', 'abc'], net, ident)
    net.update_quota.assert_called_once_with('abc', routers=1,
                                             check_limit=True)


def test_list_only_non_default(net, ident):
    ident.projects.return_value = [types.SimpleNamespace(id='p1'),
                                   types.SimpleNamespace(id='p2')]
    net.quotas.return_value = [
        sdk_quota.Quota(project_id='p1', network=7, port=500, subnet=100),
        sdk_quota.Quota(project_id='p2', network=100, port=500, subnet=100),
        sdk_quota.Quota(project_id='gone', network=1, port=1, subnet=1),
    ]
    _, (labels, rows) = run(quota.ListQuota, ['--network'], net, ident)
    assert labels == (
        'Project ID', 'Floating IPs', 'Networks', 'Ports', 'RBAC Policies',
        'Router Routes', 'Routers', 'Security Groups',
        'Security Group Rules', 'Subnets', 'Subnet Pools')
    assert [row[0] for row in rows] == ['p1']
    assert rows[0][2:4] == (7, 500)


def test_list_needs_a_service(net, ident):
    with pytest.raises(SystemExit):
        run(quota.ListQuota, [], net, ident)


def test_delete(net, ident):
    run(quota.DeleteQuota, ['proj'], net, ident)
    net.delete_quota.assert_called_once_with('p1', ignore_missing=False)
    with pytest.raises(errors.NotFoundError):
        run(quota.DeleteQuota, ['--volume', 'proj'], net, ident)


def test_unknown_project(net, ident):
    exc = type('ResourceNotFound', (Exception,), {})
    exc.__module__ = 'openstack.exceptions'
    ident.find_project.side_effect = exc('none')
    with pytest.raises(errors.NotFoundError, match="No project"):
        run(quota.ShowQuota, ['nope'], net, ident)


# Volume (Cinder) quotas ---------------------------------------------------

@pytest.fixture
def vol():
    from openstack.block_storage.v3 import quota_set as sdk_quota_set
    proxy = fakes.sdk_proxy('block_storage.v3')
    proxy.get_quota_set.return_value = sdk_quota_set.QuotaSet(
        id='p0', volumes=10, backup_gigabytes=1000, per_volume_gigabytes=-1,
        volumes___DEFAULT__=-1, usage={}, reservation={})
    proxy.get_quota_set_defaults.return_value = sdk_quota_set.QuotaSet(
        id='p0', volumes=10, backup_gigabytes=1000, per_volume_gigabytes=-1)
    return proxy


def run_vol(cls, argv, vol, ident, catalog=('network', 'volumev3')):
    net = fakes.sdk_proxy('network.v2')
    return fakes.run_command(cls, argv, network=net, volume=vol,
                             identity=ident, auth_ref=AUTH,
                             is_service_available=only(*catalog))


def test_volume_show_names_as_osc(vol, ident):
    _, (_, rows) = run_vol(quota.ShowQuota, ['--volume'], vol, ident)
    vol.get_quota_set.assert_called_once_with('p0')
    assert dict(rows) == {'volumes': 10, 'backup-gigabytes': 1000,
                          'per-volume-gigabytes': -1,
                          'volumes___DEFAULT__': -1}


def test_volume_show_default_and_usage(vol, ident):
    _, (_, rows) = run_vol(quota.ShowQuota, ['--volume', '--default'], vol,
                           ident)
    vol.get_quota_set_defaults.assert_called_once_with('p0')
    from openstack.block_storage.v3 import quota_set as sdk_quota_set
    vol.get_quota_set.return_value = sdk_quota_set.QuotaSet(
        id='p0', volumes=10, usage={'volumes': 3},
        reservation={'volumes': 1})
    _, (_, rows) = run_vol(quota.ShowQuota, ['--volume', '--usage'], vol,
                           ident)
    vol.get_quota_set.assert_called_with('p0', usage=True)
    assert rows == [('volumes', 10, 3, 1)]


def test_volume_set_per_type_and_defaults(vol, ident):
    run_vol(quota.SetQuota, ['--volumes', '5', '--backup-gigabytes', '7',
                             '--volume-type', 'fast', 'proj'], vol, ident)
    vol.update_quota_set.assert_called_once_with(
        'p1', volumes_fast=5, backup_gigabytes=7)
    run_vol(quota.SetQuota, ['--default', '--per-volume-gigabytes', '9'],
            vol, ident)
    vol.update_quota_class_set.assert_called_once_with(
        'default', per_volume_gigabytes=9)


def test_volume_set_per_type_keeps_dashes_of_the_type_name(vol, ident):
    run_vol(quota.SetQuota, ['--gigabytes', '5', '--backup-gigabytes', '7',
                             '--volume-type', 'fast-ssd', 'proj'], vol, ident)
    vol.update_quota_set.assert_called_once_with(
        'p1', **{'gigabytes_fast-ssd': 5, 'backup_gigabytes': 7})


def test_volume_list_only_projects_that_differ(vol, ident):
    from openstack.block_storage.v3 import quota_set as sdk_quota_set
    ident.projects.return_value = [types.SimpleNamespace(id='p1'),
                                   types.SimpleNamespace(id='p2')]
    vol.get_quota_set.side_effect = lambda pid: sdk_quota_set.QuotaSet(
        id=pid, volumes=3 if pid == 'p2' else 10, backup_gigabytes=1000,
        per_volume_gigabytes=-1)
    _, (labels, rows) = run_vol(quota.ListQuota, ['--volume'], vol, ident)
    assert labels == ('Project ID', 'Backups', 'Backup Gigabytes',
                      'Gigabytes', 'Groups', 'Per Volume Gigabytes',
                      'Snapshots', 'Volumes')
    assert rows == [('p2', None, 1000, None, None, -1, None, 3)]


def test_volume_delete(vol, ident):
    run_vol(quota.DeleteQuota, ['--volume', 'proj'], vol, ident)
    vol.revert_quota_set.assert_called_once_with('p1')
