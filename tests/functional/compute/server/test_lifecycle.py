"""Functional tests: server create, list, show, delete against real Nova."""

from tests.functional.compute import one_line_error
from tests.functional.compute.server.conftest import FLAVOR, IMAGE, NETWORK

# Those `server show` prints for every server (OSC 10.5.0's keys at the
# devcloud's microversion); adminPass, fault and security_groups only
# when Nova returns them.
SHOW_KEYS = {
    'OS-DCF:diskConfig', 'OS-EXT-AZ:availability_zone',
    'OS-EXT-SRV-ATTR:host', 'OS-EXT-SRV-ATTR:hostname',
    'OS-EXT-SRV-ATTR:hypervisor_hostname', 'OS-EXT-SRV-ATTR:instance_name',
    'OS-EXT-SRV-ATTR:kernel_id', 'OS-EXT-SRV-ATTR:launch_index',
    'OS-EXT-SRV-ATTR:ramdisk_id', 'OS-EXT-SRV-ATTR:reservation_id',
    'OS-EXT-SRV-ATTR:root_device_name', 'OS-EXT-SRV-ATTR:user_data',
    'OS-EXT-STS:power_state', 'OS-EXT-STS:task_state',
    'OS-EXT-STS:vm_state', 'OS-SRV-USG:launched_at',
    'OS-SRV-USG:terminated_at', 'accessIPv4', 'accessIPv6', 'addresses',
    'config_drive', 'created', 'description', 'flavor', 'hostId',
    'host_status', 'id', 'image', 'key_name', 'locked', 'locked_reason',
    'name', 'pinned_availability_zone', 'progress', 'project_id',
    'properties', 'scheduler_hints', 'security_groups', 'server_groups',
    'status', 'tags', 'trusted_image_certificates', 'updated', 'user_id',
    'volumes_attached'}


def _requests(proc):
    """The requests ``--timing -f value`` listed."""
    return [line.split('"')[1] for line in proc.stdout.splitlines()
            if line.startswith('"') and not line.startswith(('"URL"',
                                                            '"Total"'))]


def test_create_show_list_delete(openstack, unique_name, tmp_path):
    name = unique_name('server')
    user_data = tmp_path / 'user-data'
    user_data.write_text('#cloud-config\n')
    made = openstack(
        'server', 'create', name, '--image', IMAGE, '--flavor', FLAVOR,
        '--network', NETWORK, '--property', 'role=web', '--tag', 'blue',
        '--description', 'made by a test', '--user-data', user_data,
        '--use-config-drive', '--wait', parse_json=True).json
    try:
        assert set(made) >= SHOW_KEYS
        assert made['status'] == 'ACTIVE'
        assert made['name'] == name
        assert made['properties'] == {'role': 'web'}
        assert made['tags'] == ['blue']
        assert made['description'] == 'made by a test'
        assert made['image'].startswith(IMAGE + ' (')
        assert made['flavor']['original_name'] == FLAVOR
        assert made['addresses'][NETWORK]
        assert made['OS-EXT-STS:power_state'] == 1
        assert made['adminPass']   # Nova made one up; shown once

        shown = openstack('server', 'show', name, parse_json=True).json
        assert set(shown) == SHOW_KEYS
        assert shown['id'] == made['id']
        assert shown['config_drive'] == 'True'
        assert shown['OS-EXT-SRV-ATTR:host'] in ('devcloud-1', 'devcloud-2')
        table = openstack('server', 'show', name, '-c',
                          'OS-EXT-STS:power_state').stdout
        assert '| OS-EXT-STS:power_state | Running |' in table

        rows = openstack('server', 'list', '--name', name,
                         parse_json=True).json
        assert rows == [{
            'ID': made['id'], 'Name': name, 'Status': 'ACTIVE',
            'Networks': made['addresses'], 'Image': IMAGE,
            'Flavor': FLAVOR}]
        long_row, = openstack('server', 'list', '--name', name, '--long',
                              parse_json=True).json
        assert long_row['Power State'] == 1
        assert long_row['Image ID'] in made['image']
        assert long_row['Properties'] == {'role': 'web'}
        assert long_row['Host'] == shown['OS-EXT-SRV-ATTR:host']
        assert long_row['Availability Zone'] == 'nova'
        tagged = openstack('server', 'list', '--tags', 'blue', '-f',
                           'value', '-c', 'ID').stdout.split()
        assert made['id'] in tagged
        untagged = openstack('server', 'list', '--not-tags', 'blue', '-f',
                             'value', '-c', 'ID').stdout.split()
        assert made['id'] not in untagged
        plain = openstack('server', 'list', '--name', name, '-n',
                          parse_json=True).json
        assert plain[0]['Image'] == long_row['Image ID']
    finally:
        openstack('server', 'delete', made['id'], '--wait')
    gone = openstack('server', 'show', made['id'], check=False)
    assert one_line_error(gone, 5) == (
        f"openstack: No server with a name or ID of '{made['id']}' exists.")
    deleted = openstack('server', 'list', '--deleted', '--name', name,
                        '--all-projects', parse_json=True).json
    assert [r['ID'] for r in deleted] == [made['id']]
    assert deleted[0]['Status'] == 'DELETED'


def test_list_budget_pagination_and_bulk_delete(openstack, unique_name):
    """Three servers from one request (--min/--max); server list costs the
    same few requests for all of them; delete removes them in parallel."""
    name = unique_name('many')
    openstack('server', 'create', name, '--image', IMAGE, '--flavor',
              FLAVOR, '--network', NETWORK, '--min', '3', '--max', '3')
    ids = []
    try:
        for _ in range(60):
            rows = openstack('server', 'list', '--name', name,
                             parse_json=True).json
            ids = sorted(r['ID'] for r in rows)
            if len(ids) == 3 and {r['Status'] for r in rows} == {'ACTIVE'}:
                break
        assert len(ids) == 3
        openstack('server', 'list')          # a token for the next run
        timed = openstack('--timing', 'server', 'list', '--long', '-f',
                          'value')
        made = _requests(timed)
        assert len(made) <= 3, made
        assert made[0].startswith('GET ') and '/servers/detail' in made[0]
        assert all('/servers/' not in url for url in made[1:]), made
        assert any('/v2/images?' in url and 'id=in%3A' in url
                   for url in made), made

        first = openstack('server', 'list', '--name', name, '--limit', '2',
                          parse_json=True).json
        assert len(first) == 2
        rest = openstack('server', 'list', '--name', name, '--marker',
                         first[-1]['ID'], parse_json=True).json
        assert sorted(r['ID'] for r in first + rest) == ids

        since = openstack('server', 'list', '--changes-since',
                          '2000-01-01T00:00:00Z', '-f', 'value', '-c',
                          'ID').stdout.split()
        assert set(ids) <= set(since)
        future = openstack('server', 'list', '--changes-since',
                           '2999-01-01T00:00:00Z', parse_json=True).json
        assert future == []
    finally:
        deleted = openstack('server', 'delete', *ids, '--wait',
                            check=False)
    assert deleted.rc == 0, deleted.stderr
    left = openstack('server', 'list', '--name', name, parse_json=True).json
    assert left == []


def test_partial_bulk_delete_names_the_failure(openstack, boot,
                                               unique_name):
    server = boot()
    missing = unique_name('nothing')
    result = openstack('server', 'delete', server['id'], missing, '--wait',
                       check=False)
    assert result.rc == 5
    lines = result.stderr.strip().splitlines()
    assert lines == [
        f"Failed to delete server '{missing}': No server with a name or ID "
        f"of '{missing}' exists.",
        f"openstack: 1 of 2 servers failed to delete: {missing}"]
    gone = openstack('server', 'show', server['id'], check=False)
    assert gone.rc == 5


def test_boot_from_volume(openstack, boot, unique_name):
    server = boot(boot_from_volume=1)
    assert server['image'] == 'N/A (booted from volume)'
    volume_id = server['volumes_attached'][0]['id']
    try:
        volume = openstack('volume', 'show', volume_id, parse_json=True).json
        assert volume['status'] == 'in-use'
        assert volume['bootable'] is True
        row, = openstack('server', 'list', '--name', server['name'],
                         parse_json=True).json
        assert row['Image'] == 'N/A (booted from volume)'
    finally:
        openstack('server', 'delete', server['id'], '--wait')
        openstack('volume', 'delete', volume_id, '--wait', check=False)


def test_server_group_hint_and_security_group(openstack, boot, cleanup,
                                              unique_name):
    group = unique_name('grp')
    cleanup('server', 'group', 'delete', group)
    made = openstack('server', 'group', 'create', group, '--policy',
                     'anti-affinity', parse_json=True).json
    sg = unique_name('sg')
    cleanup('security', 'group', 'delete', sg)
    openstack('security', 'group', 'create', sg)
    server = boot(server_group=group, security_group=sg)
    assert server['server_groups'] == [made['id']]
    assert server['security_groups'] == [{'name': sg}]
    members = openstack('server', 'group', 'show', group,
                        parse_json=True).json['members']
    assert members == [server['id']]


def test_refusals_are_one_line(openstack, unique_name):
    name = unique_name('server')
    bad_flavor = openstack('server', 'create', name, '--image', IMAGE,
                           '--flavor', 'no-such-flavor', '--network',
                           NETWORK, check=False)
    assert one_line_error(bad_flavor, 5) == (
        "openstack: No flavor with a name or ID of 'no-such-flavor' exists.")
    bad_image = openstack('server', 'create', name, '--image', 'nope',
                          '--flavor', FLAVOR, check=False)
    assert one_line_error(bad_image, 5) == (
        "openstack: No image with a name or ID of 'nope' exists.")
    nothing = openstack('server', 'create', name, '--flavor', FLAVOR,
                        check=False)
    assert 'bootable volume' in one_line_error(nothing, 2)
    old = openstack('--os-compute-api-version', '2.51', 'server', 'create',
                    name, '--image', IMAGE, '--flavor', FLAVOR, '--tag',
                    'x', check=False)
    assert one_line_error(old, 2) == (
        'openstack: --tag needs --os-compute-api-version 2.52 or greater '
        '(requested: 2.51)')
    assert openstack('server', 'list', '--name', name,
                     parse_json=True).json == []


def test_over_quota_is_one_line(openstack, devcloud, unique_name):
    project = devcloud.demo['project_name']
    rows = openstack('quota', 'show', '--compute', project,
                     parse_json=True).json
    before = {r['Resource']: r['Limit'] for r in rows}
    openstack('quota', 'set', '--instances', '0', project)
    try:
        refused = openstack(
            'server', 'create', unique_name('server'), '--image', IMAGE,
            '--flavor', FLAVOR, '--network', NETWORK, cloud='devcloud-demo',
            check=False)
        line = one_line_error(refused, 4)
        assert 'Quota exceeded' in line and 'HTTP 403' in line
    finally:
        openstack('quota', 'set', '--instances',
                  before.get('instances', 10), project)


def test_demo_user_sees_only_own_servers(openstack, boot):
    mine = boot(cloud='devcloud-demo')
    theirs = boot()
    seen = openstack('server', 'list', '-f', 'value', '-c', 'ID',
                     cloud='devcloud-demo').stdout.split()
    assert mine['id'] in seen and theirs['id'] not in seen
    admin_all = openstack('server', 'list', '--all-projects',
                          parse_json=True).json
    by_id = {r['ID']: r for r in admin_all}
    assert by_id[mine['id']]['Project ID'] == mine['project_id']
    assert theirs['id'] in by_id
    forbidden = openstack('server', 'list', '--all-projects',
                          cloud='devcloud-demo', check=False)
    assert 'HTTP 403' in one_line_error(forbidden, 4)
