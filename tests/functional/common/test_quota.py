"""Functional tests: ``quota show|set|list|delete`` against the devcloud's
Nova, Neutron and Cinder, on a fresh project."""

import pytest

#: What OSC 10.5.0 prints for Neutron's quotas on the devcloud (its
#: ``null`` rows, check_limit and the load balancer quotas, left out).
NETWORK_RESOURCES = {
    'floating_ips', 'networks', 'ports', 'rbac_policies', 'router_routes',
    'routers', 'security_group_rules', 'security_groups', 'subnet_pools',
    'subnets', 'trunk'}
#: ``quota list --network -f json`` keys of OSC 10.5.0.
LIST_KEYS = {'Project ID', 'Floating IPs', 'Networks', 'Ports',
             'RBAC Policies', 'Router Routes', 'Routers', 'Security Groups',
             'Security Group Rules', 'Subnets', 'Subnet Pools'}


@pytest.fixture
def project(openstack, unique_name):
    made = openstack('project', 'create', unique_name('quota'),
                     parse_json=True).json
    yield made
    openstack('project', 'delete', made['id'], check=False)


def limits(openstack, *args):
    rows = openstack('quota', 'show', *args, parse_json=True).json
    for row in rows:
        assert set(row) == {'Resource', 'Limit'}
    return {row['Resource']: row['Limit'] for row in rows}


def test_set_show_list_delete(openstack, project):
    defaults = limits(openstack, '--network', '--default')
    assert set(defaults) == NETWORK_RESOURCES
    openstack('quota', 'set', '--networks', '7', '--ports', '33',
              '--secgroups', '4', '--floating-ips', '3', project['name'])
    shown = limits(openstack, '--network', project['id'])
    assert (shown['networks'], shown['ports'], shown['security_groups'],
            shown['floating_ips']) == (7, 33, 4, 3)
    assert shown['subnets'] == defaults['subnets']
    assert limits(openstack, '--network', project['name']) == shown

    usage = openstack('quota', 'show', '--usage', '--network', project['id'],
                      parse_json=True).json
    by_name = {row['Resource']: row for row in usage}
    assert set(by_name) == NETWORK_RESOURCES
    assert by_name['networks'] == {'Resource': 'networks', 'Limit': 7,
                                   'In Use': 0, 'Reserved': 0}

    rows = openstack('quota', 'list', '--network', parse_json=True).json
    mine = [row for row in rows if row['Project ID'] == project['id']]
    assert len(mine) == 1
    assert set(mine[0]) == LIST_KEYS
    assert (mine[0]['Networks'], mine[0]['Security Groups']) == (7, 4)

    openstack('quota', 'delete', '--network', project['name'])
    assert limits(openstack, '--network', project['id']) == defaults
    rows = openstack('quota', 'list', '--network', parse_json=True).json
    assert project['id'] not in {row['Project ID'] for row in rows}


def test_delete_all_services(openstack, project):
    openstack('quota', 'set', '--routers', '2', project['id'])
    openstack('quota', 'delete', project['id'])
    assert limits(openstack, project['id']) == limits(openstack, '--default')


def test_unknown_project(openstack):
    for args in (('show', 'fn-no-such-project'),
                 ('set', '--networks', '3', 'fn-no-such-project'),
                 ('delete', 'fn-no-such-project')):
        result = openstack('quota', *args, check=False)
        assert result.rc == 5, result
        assert result.stderr.strip() == (
            "openstack: No project with a name or ID of "
            "'fn-no-such-project' exists.")


def test_member_may_not_set(openstack, devcloud):
    result = openstack('quota', 'set', '--networks', '3',
                       cloud='devcloud-demo', check=False)
    assert result.rc == 4, result
    assert len(result.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in result.stderr


#: OSC 10.5.0's names of Nova's quotas (``quota show --compute``).
COMPUTE_RESOURCES = {
    'cores', 'injected-file-size', 'injected-path-size', 'injected-files',
    'instances', 'key-pairs', 'properties', 'ram', 'server-group-members',
    'server-groups'}


def test_compute_set_show_list_delete(openstack, project):
    assert set(limits(openstack, '--compute', project['id'])) \
        == COMPUTE_RESOURCES
    defaults = limits(openstack, '--compute', '--default')
    openstack('quota', 'set', '--cores', '7', '--key-pairs', '3',
              '--properties', '9', '--injected-file-size', '2048',
              project['id'])
    mine = limits(openstack, '--compute', project['id'])
    assert (mine['cores'], mine['key-pairs'], mine['properties'],
            mine['injected-file-size']) == (7, 3, 9, 2048)
    assert mine['ram'] == defaults['ram']
    rows = openstack('quota', 'list', '--compute', parse_json=True).json
    row = [r for r in rows if r['Project ID'] == project['id']][0]
    assert (row['Cores'], row['Key Pairs'], row['Metadata Items'],
            row['Injected File Content Bytes']) == (7, 3, 9, 2048)
    usage = openstack('quota', 'show', '--compute', '--usage', project['id'],
                      parse_json=True).json
    by_name = {r['Resource']: r for r in usage}
    assert by_name['cores'] == {'Resource': 'cores', 'Limit': 7,
                                'In Use': 0, 'Reserved': 0}
    assert by_name['key-pairs']['In Use'] == 'N/A'   # counted per user
    openstack('quota', 'delete', '--compute', project['id'])
    assert limits(openstack, '--compute', project['id']) == defaults


def test_network_defaults_cannot_be_set(openstack):
    result = openstack('quota', 'set', '--default', '--networks', '3',
                       check=False)
    assert result.rc == 2
    assert len(result.stderr.strip().splitlines()) == 1


#: What OSC 10.5.0 prints for Cinder's quotas on the devcloud (one volume
#: type, __DEFAULT__, with its own volumes/gigabytes/snapshots quotas).
VOLUME_RESOURCES = {
    'backups', 'backup-gigabytes', 'gigabytes', 'groups',
    'per-volume-gigabytes', 'snapshots', 'volumes', 'volumes___DEFAULT__',
    'gigabytes___DEFAULT__', 'snapshots___DEFAULT__'}
VOLUME_LIST_KEYS = {'Project ID', 'Backups', 'Backup Gigabytes',
                    'Gigabytes', 'Groups', 'Per Volume Gigabytes',
                    'Snapshots', 'Volumes'}


def test_volume_set_show_list_delete(openstack, project):
    defaults = limits(openstack, '--volume', '--default')
    assert set(defaults) == VOLUME_RESOURCES
    openstack('quota', 'set', '--volumes', '7', '--backups', '3',
              '--backup-gigabytes', '30', '--per-volume-gigabytes', '5',
              '--groups', '2', project['name'])
    openstack('quota', 'set', '--volume-type', '__DEFAULT__', '--volumes',
              '4', '--gigabytes', '40', project['id'])
    shown = limits(openstack, '--volume', project['id'])
    assert set(shown) == VOLUME_RESOURCES
    assert {key: shown[key] for key in (
        'volumes', 'backups', 'backup-gigabytes', 'per-volume-gigabytes',
        'groups', 'volumes___DEFAULT__', 'gigabytes___DEFAULT__')} == {
        'volumes': 7, 'backups': 3, 'backup-gigabytes': 30,
        'per-volume-gigabytes': 5, 'groups': 2, 'volumes___DEFAULT__': 4,
        'gigabytes___DEFAULT__': 40}
    assert shown['gigabytes'] == defaults['gigabytes']
    # Without a service option, the volume quotas are among the others.
    assert set(limits(openstack, project['id'])) >= VOLUME_RESOURCES

    usage = openstack('quota', 'show', '--usage', '--volume', project['id'],
                      parse_json=True).json
    by_name = {row['Resource']: row for row in usage}
    assert by_name['volumes'] == {'Resource': 'volumes', 'Limit': 7,
                                  'In Use': 0, 'Reserved': 0}

    rows = openstack('quota', 'list', '--volume', parse_json=True).json
    mine = [row for row in rows if row['Project ID'] == project['id']]
    assert len(mine) == 1 and set(mine[0]) == VOLUME_LIST_KEYS
    assert (mine[0]['Volumes'], mine[0]['Backups'],
            mine[0]['Per Volume Gigabytes']) == (7, 3, 5)

    openstack('quota', 'delete', '--volume', project['name'])
    assert limits(openstack, '--volume', project['id']) == defaults
    rows = openstack('quota', 'list', '--volume', parse_json=True).json
    assert project['id'] not in {row['Project ID'] for row in rows}


def test_volume_defaults_set(openstack):
    before = limits(openstack, '--volume', '--default')['backups']
    try:
        openstack('quota', 'set', '--default', '--backups', before + 1)
        assert limits(openstack, '--volume', '--default')['backups'] == (
            before + 1)
    finally:
        openstack('quota', 'set', '--default', '--backups', before)


def test_volume_member_may_not_set(openstack):
    result = openstack('quota', 'set', '--volumes', '3',
                       cloud='devcloud-demo', check=False)
    assert result.rc == 4, result
    assert len(result.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in result.stderr


def test_volume_set_for_a_type_with_dashes(openstack, project, unique_name):
    """A volume type's quotas keep the type's name as it is, dashes too."""
    type_name = unique_name('fast-ssd')
    openstack('volume', 'type', 'create', type_name)
    try:
        openstack('quota', 'set', '--volume-type', type_name, '--volumes',
                  '3', '--gigabytes', '30', project['id'])
        shown = limits(openstack, '--volume', project['id'])
        assert (shown[f'volumes_{type_name}'],
                shown[f'gigabytes_{type_name}']) == (3, 30)
    finally:
        openstack('volume', 'type', 'delete', type_name, check=False)
