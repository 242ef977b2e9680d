"""Functional tests: volumes against the devcloud's Cinder."""

import pytest

from tests.functional.volume.volume_fixtures import (  # noqa: F401
    delete_volume, listed, show, volume_type, volumes, wait_for)

LIST_KEYS = {'ID', 'Name', 'Status', 'Size', 'Attached to'}
LONG_KEYS = LIST_KEYS | {'Type', 'Bootable', 'Properties'}
SHOW_KEYS = {'attachments', 'availability_zone', 'bootable', 'created_at',
             'description', 'encrypted', 'id', 'multiattach', 'name',
             'os-vol-host-attr:host', 'os-vol-tenant-attr:tenant_id',
             'properties', 'size', 'snapshot_id', 'source_volid', 'status',
             'type', 'updated_at', 'user_id'}


def one_line(result):
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith('openstack: ')
    return lines[0]


def test_create_list_set_unset_extend_delete(openstack, volumes,
                                             unique_name):
    name = unique_name('vol')
    vol = volumes.create(name, '--size', '1', '--wait', '--property', 'a=b',
                         '--description', 'first')
    assert SHOW_KEYS <= set(vol)
    assert 'metadata' not in vol and 'volume_type' not in vol
    assert vol['status'] == 'available' and vol['properties'] == {'a': 'b'}
    rows = listed(openstack, 'volume', '--name', name)
    assert [r['ID'] for r in rows] == [vol['id']] and set(rows[0]) == LIST_KEYS
    rows = listed(openstack, 'volume', '--name', name, '--long')
    assert set(rows[0]) == LONG_KEYS and rows[0]['Properties'] == {'a': 'b'}
    assert listed(openstack, 'volume', '--name', name, '--status',
                  'error') == []

    new = unique_name('vol')
    openstack('volume', 'set', name, '--name', new, '--description', 'two',
              '--property', 'c=d', '--image-property', 'os_distro=cirros',
              '--bootable', '--read-only')
    shown = show(openstack, 'volume', new)
    assert shown['name'] == new and shown['description'] == 'two'
    assert shown['properties'] == {'a': 'b', 'c': 'd', 'readonly': 'True'}
    assert shown['volume_image_metadata'] == {'os_distro': 'cirros'}
    assert shown['bootable'] is True

    openstack('volume', 'unset', new, '--property', 'a', '--image-property',
              'os_distro')
    openstack('volume', 'set', new, '--non-bootable', '--read-write')
    shown = show(openstack, 'volume', new)
    assert shown['properties'] == {'c': 'd', 'readonly': 'False'}
    assert shown['bootable'] is False
    assert 'volume_image_metadata' not in shown or not shown[
        'volume_image_metadata']
    openstack('volume', 'set', new, '--no-property', '--property', 'e=f')
    # readonly is Cinder's admin metadata: shown, but never removed.
    assert show(openstack, 'volume', new)['properties'] == {
        'e': 'f', 'readonly': 'False'}

    openstack('volume', 'set', new, '--size', '2')
    grown = wait_for(openstack, 'volume', new,
                     lambda v: v['status'] == 'available' and v['size'] == 2)
    assert grown['size'] == 2
    smaller = openstack('volume', 'set', new, '--size', '1', check=False)
    assert smaller.rc == 2
    assert one_line(smaller) == (
        'openstack: New size must be greater than 2 GB')

    result = openstack('volume', 'delete', vol['id'], 'fn-no-such-volume',
                       check=False)
    assert result.rc == 5, result.stderr
    assert "Failed to delete volume 'fn-no-such-volume'" in result.stderr
    assert '1 of 2 volumes failed to delete' in result.stderr
    wait_for(openstack, 'volume', vol['id'], lambda v: v is None)


def test_create_from_image_snapshot_and_source(openstack, volumes,
                                               unique_name, tmp_path):
    disk = tmp_path / 'disk.raw'
    disk.write_bytes(b'\0' * (1024 * 1024))
    image = openstack('image', 'create', unique_name('img'), '--file',
                      str(disk), '--disk-format', 'raw',
                      '--container-format', 'bare', parse_json=True).json
    try:
        from_image = volumes.create(unique_name('vol'), '--image',
                                    image['id'], '--size', '1', '--wait')
        assert from_image['status'] == 'available'
        assert from_image['bootable'] is True
        assert from_image['volume_image_metadata']['image_id'] == image['id']
    finally:
        openstack('image', 'delete', image['id'], check=False)

    snap = openstack('volume', 'snapshot', 'create', unique_name('snap'),
                     '--volume', from_image['id'], '--wait',
                     parse_json=True).json
    assert snap['status'] == 'available'
    from_snap = volumes.create(unique_name('vol'), '--snapshot', snap['id'],
                               '--wait')
    assert from_snap['snapshot_id'] == snap['id'] and from_snap['size'] == 1
    clone = volumes.create(unique_name('vol'), '--source', from_snap['id'],
                           '--size', '2', '--wait')
    assert clone['source_volid'] == from_snap['id'] and clone['size'] == 2


def test_delete_with_snapshots_is_refused_until_cascade(openstack, volumes,
                                                        unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    openstack('volume', 'snapshot', 'create', unique_name('snap'),
              '--volume', vol['id'], '--wait')
    refused = openstack('volume', 'delete', vol['id'], check=False)
    assert refused.rc == 2
    line = one_line(refused)
    assert 'have snapshots' in line and line.endswith('(HTTP 400)')
    openstack('volume', 'delete', '--purge', vol['id'])
    wait_for(openstack, 'volume', vol['id'], lambda v: v is None)


def test_snapshot_into_another_type_is_refused(openstack, volumes,
                                               volume_type, unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    snap = openstack('volume', 'snapshot', 'create', unique_name('snap'),
                     '--volume', vol['id'], '--wait', parse_json=True).json
    other = volume_type()
    refused = openstack('volume', 'create', unique_name('vol'), '--snapshot',
                        snap['id'], '--type', other, check=False)
    assert refused.rc == 2, refused.stderr
    line = one_line(refused)
    assert 'Invalid volume_type provided' in line, line
    assert 'HTTP 400' in line


def test_retype(openstack, volumes, volume_type, unique_name):
    fast = volume_type()
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    assert vol['type'] == '__DEFAULT__'
    openstack('volume', 'set', vol['id'], '--type', fast,
              '--migration-policy', 'on-demand')
    retyped = wait_for(openstack, 'volume', vol['id'],
                       lambda v: v['status'] == 'available'
                       and v['type'] == fast)
    assert retyped['type'] == fast
    missing = openstack('volume', 'set', vol['id'], '--type',
                        'fn-no-such-type', check=False)
    assert missing.rc == 5
    assert one_line(missing) == ("openstack: No volume type with a name or "
                                 "ID of 'fn-no-such-type' exists.")


def test_list_pages_with_limit_and_marker(openstack, volumes, unique_name):
    made = [volumes.create(unique_name('page'), '--size', '1')['id']
            for _ in range(3)]
    for volume_id in made:
        wait_for(openstack, 'volume', volume_id,
                 lambda v: v['status'] == 'available')
    everything = [r['ID'] for r in listed(openstack, 'volume')]
    paged = [r['ID'] for r in listed(openstack, 'volume', '--limit', '1')]
    assert paged == everything and set(made) <= set(paged)
    after = [r['ID'] for r in listed(openstack, 'volume', '--limit', '1',
                                     '--marker', everything[0])]
    assert after == everything[1:]


def test_migrate_where_there_is_one_host(openstack, volumes, unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    elsewhere = openstack('volume', 'migrate', vol['id'], '--host',
                          'nowhere@x#y', check=False)
    assert elsewhere.rc == 2
    assert one_line(elsewhere) == (
        "openstack: Invalid host: No available service named "
        "'nowhere@x#y' (HTTP 400)")
    pinned = openstack('--os-volume-api-version', '3.15', 'volume',
                       'migrate', vol['id'], '--cluster', 'c', check=False)
    assert pinned.rc == 2
    assert one_line(pinned) == (
        'openstack: volume migrate --cluster needs --os-volume-api-version '
        '3.16 or greater (requested: 3.15)')
    snap = openstack('volume', 'snapshot', 'create', unique_name('snap'),
                     '--volume', vol['id'], '--wait', parse_json=True).json
    busy = openstack('volume', 'migrate', vol['id'], '--host',
                     'devcloud@devcloud#devcloud', check=False)
    assert busy.rc == 2
    assert 'have snapshots' in one_line(busy)
    # Without the snapshot, onto its own (the only) host with a generic
    # copy: Cinder accepts and completes it.
    openstack('volume', 'snapshot', 'delete', snap['id'])
    wait_for(openstack, 'volume snapshot', snap['id'], lambda s: s is None)
    openstack('volume', 'migrate', vol['id'], '--host',
              'devcloud@devcloud#devcloud', '--force-host-copy',
              '--lock-volume')
    done = wait_for(openstack, 'volume', vol['id'], lambda v: v[
        'os-vol-mig-status-attr:migstat'] in ('success', 'error'))
    assert done['os-vol-mig-status-attr:migstat'] == 'success'


def test_revert_to_latest_snapshot(openstack, volumes, unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    snap = openstack('volume', 'snapshot', 'create', unique_name('snap'),
                     '--volume', vol['id'], '--wait', parse_json=True).json
    old = openstack('--os-volume-api-version', '3.39', 'volume', 'revert',
                    snap['id'], check=False)
    assert old.rc == 2
    assert one_line(old) == ('openstack: volume revert needs '
                             '--os-volume-api-version 3.40 or greater '
                             '(requested: 3.39)')
    openstack('volume', 'revert', snap['name'])
    back = wait_for(openstack, 'volume', vol['id'],
                    lambda v: v['status'] == 'available')
    assert back['size'] == 1


def test_summary(openstack, volumes, unique_name):
    volumes.create(unique_name('vol'), '--size', '2', '--wait')
    summary = openstack('volume', 'summary', parse_json=True).json
    assert set(summary) == {'Total Count', 'Total Size', 'Metadata'}
    assert summary['Total Count'] >= 1 and summary['Total Size'] >= 2
    old = openstack('--os-volume-api-version', '3.11', 'volume', 'summary',
                    check=False)
    assert old.rc == 2
    assert 'volume summary needs --os-volume-api-version 3.12' in one_line(
        old)
    pre_metadata = openstack('--os-volume-api-version', '3.12', 'volume',
                             'summary', parse_json=True).json
    assert set(pre_metadata) == {'Total Count', 'Total Size'}


def test_demo_project_sees_only_its_volumes(openstack, volumes,
                                            unique_name):
    mine = volumes.create(unique_name('vol'), '--size', '1',
                          cloud='devcloud-demo')
    theirs = volumes.create(unique_name('vol'), '--size', '1')
    seen = {r['ID'] for r in listed(openstack, 'volume',
                                    cloud='devcloud-demo')}
    assert mine['id'] in seen and theirs['id'] not in seen
    every = {r['ID'] for r in listed(openstack, 'volume', '--all-projects')}
    assert {mine['id'], theirs['id']} <= every
    demo = {r['ID'] for r in listed(openstack, 'volume', '--project',
                                    'demo')}
    assert mine['id'] in demo and theirs['id'] not in demo


@pytest.mark.parametrize('argv, code, text', [
    (('volume', 'show', 'fn-no-such-volume'), 5,
     "No volume with a name or ID of 'fn-no-such-volume' exists."),
    (('volume', 'create', 'fn-no-size'), 2, '--size is a required option'),
])
def test_clear_failures(openstack, argv, code, text):
    result = openstack(*argv, check=False)
    assert result.rc == code
    assert text in one_line(result)


def test_wait_names_cinders_reason_for_an_error(openstack, unique_name):
    vtype = openstack('volume', 'type', 'create', unique_name('vt'),
                      '--property', 'volume_backend_name=fn-nowhere',
                      parse_json=True).json
    try:
        name = unique_name('vol')
        failed = openstack('volume', 'create', name, '--size', '1',
                           '--type', vtype['id'], '--wait', check=False)
        assert failed.rc == 1
        assert one_line(failed) == (
            f'openstack: volume {name} went to status error: schedule '
            'allocate volume:Could not find any available weighted backend.')
    finally:
        for row in listed(openstack, 'volume', '--name', name):
            delete_volume(openstack, row['ID'])
        openstack('volume', 'type', 'delete', vtype['id'])


def test_state_attach_status_hints_and_zone(openstack, volumes,
                                            unique_name):
    first = volumes.create(unique_name('vol'), '--size', '1', '--wait',
                           '--availability-zone', 'nova')
    assert first['availability_zone'] == 'nova'
    second = volumes.create(unique_name('vol'), '--size', '1', '--wait',
                            '--hint', f"same_host={first['id']}")
    assert second['os-vol-host-attr:host'] == first['os-vol-host-attr:host']
    openstack('volume', 'set', second['id'], '--state', 'error')
    assert show(openstack, 'volume', second['id'])['status'] == 'error'
    openstack('volume', 'set', second['id'], '--state', 'available',
              '--attached')
    shown = show(openstack, 'volume', second['id'])
    assert shown['status'] == 'available'
    openstack('volume', 'set', second['id'], '--detached')
    refused = openstack('volume', 'set', second['id'], '--state', 'error',
                        cloud='devcloud-demo', check=False)
    assert refused.rc in (4, 5)
    assert len(refused.stderr.strip().splitlines()) == 1


def test_create_failures_are_one_line(openstack, volumes, unique_name):
    group = openstack('volume', 'create', unique_name('vol'), '--size', '1',
                      '--consistency-group', 'fn-no-such-group', check=False)
    assert group.rc == 5
    assert one_line(group) == ("openstack: No consistency group with a name "
                               "or ID of 'fn-no-such-group' exists.")
    # The fake driver manages nothing: the scheduler finds no backend.
    name = unique_name('vol')
    managed = openstack('volume', 'create', name, '--remote-source',
                        'source-name=fn-nothing', '--host',
                        'devcloud@devcloud#devcloud', '--wait', check=False)
    for row in listed(openstack, 'volume', '--name', name):
        volumes.track(row['ID'])
    assert managed.rc == 1
    assert one_line(managed).startswith(
        f'openstack: volume {name} went to status error')
