"""Functional tests: volume snapshots against the devcloud's Cinder."""

from tests.functional.volume.volume_fixtures import (  # noqa: F401
    listed, show, volume_type, volumes, wait_for)

LIST_KEYS = {'ID', 'Name', 'Description', 'Status', 'Size'}
LONG_KEYS = LIST_KEYS | {'Created At', 'Volume', 'Properties'}
SHOW_KEYS = {'created_at', 'description', 'id', 'name', 'properties', 'size',
             'status', 'volume_id'}


def one_line(result):
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_create_list_set_unset_show_delete(openstack, volumes, unique_name):
    vol_name = unique_name('vol')
    vol = volumes.create(vol_name, '--size', '1', '--wait')
    name = unique_name('snap')
    snap = openstack('volume', 'snapshot', 'create', name, '--volume',
                     vol_name, '--description', 'first', '--property',
                     'a=b', '--wait', parse_json=True).json
    try:
        assert set(snap) == SHOW_KEYS, set(snap)
        assert snap['status'] == 'available'
        assert snap['volume_id'] == vol['id']
        assert snap['properties'] == {'a': 'b'}
        rows = listed(openstack, 'volume snapshot', '--name', name)
        assert [r['ID'] for r in rows] == [snap['id']]
        assert set(rows[0]) == LIST_KEYS
        rows = listed(openstack, 'volume snapshot', '--volume', vol_name,
                      '--long')
        assert set(rows[0]) == LONG_KEYS
        assert rows[0]['Volume'] == vol['id']  # the ID for machines
        table = openstack('volume', 'snapshot', 'list', '--volume',
                          vol['id'], '--long').stdout
        assert vol_name in table                 # the name for people
        assert listed(openstack, 'volume snapshot', '--name', name,
                      '--status', 'error') == []

        new = unique_name('snap')
        openstack('volume', 'snapshot', 'set', name, '--name', new,
                  '--description', 'two', '--property', 'c=d')
        shown = show(openstack, 'volume snapshot', new)
        assert shown['description'] == 'two'
        assert shown['properties'] == {'a': 'b', 'c': 'd'}
        openstack('volume', 'snapshot', 'unset', new, '--property', 'a')
        assert show(openstack, 'volume snapshot', new)['properties'] == {
            'c': 'd'}
        openstack('volume', 'snapshot', 'set', new, '--no-property',
                  '--property', 'e=f')
        assert show(openstack, 'volume snapshot', new)['properties'] == {
            'e': 'f'}
        openstack('volume', 'snapshot', 'set', new, '--state', 'error')
        assert show(openstack, 'volume snapshot', new)['status'] == 'error'
        openstack('volume', 'snapshot', 'set', new, '--state', 'available')
    finally:
        result = openstack('volume', 'snapshot', 'delete', snap['id'],
                           'fn-no-such-snapshot', check=False)
    assert result.rc == 5
    assert "Failed to delete snapshot 'fn-no-such-snapshot'" in result.stderr
    assert '1 of 2 snapshots failed to delete' in result.stderr
    wait_for(openstack, 'volume snapshot', snap['id'], lambda s: s is None)


def test_snapshot_name_defaults_to_the_volume(openstack, volumes,
                                              unique_name):
    name = unique_name('vol')
    vol = volumes.create(name, '--size', '1', '--wait')
    snap = openstack('volume', 'snapshot', 'create', name, '--wait',
                     parse_json=True).json
    assert snap['volume_id'] == vol['id'] and snap['name'] == name
    # Gone with the volume (the fixture cascades), or now:
    openstack('volume', 'snapshot', 'delete', '--force', snap['id'])
    wait_for(openstack, 'volume snapshot', snap['id'], lambda s: s is None)


def test_list_pages_with_limit_marker_and_max_items(openstack, volumes,
                                                    unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    made = []
    for _ in range(3):
        made.append(openstack('volume', 'snapshot', 'create',
                              unique_name('snap'), '--volume', vol['id'],
                              parse_json=True).json['id'])
    for snap_id in made:
        wait_for(openstack, 'volume snapshot', snap_id,
                 lambda s: s['status'] == 'available')
    ids = [r['ID'] for r in listed(openstack, 'volume snapshot', '--volume',
                                   vol['id'])]
    assert sorted(ids) == sorted(made)
    paged = [r['ID'] for r in listed(openstack, 'volume snapshot',
                                     '--volume', vol['id'], '--limit', '1')]
    assert paged == ids
    capped = [r['ID'] for r in listed(openstack, 'volume snapshot',
                                      '--volume', vol['id'], '--limit', '1',
                                      '--max-items', '2')]
    assert capped == ids[:2]
    after = [r['ID'] for r in listed(openstack, 'volume snapshot',
                                     '--volume', vol['id'], '--marker',
                                     ids[0])]
    assert after == ids[1:]
    openstack('volume', 'snapshot', 'delete', *made)
    for snap_id in made:
        wait_for(openstack, 'volume snapshot', snap_id, lambda s: s is None)


def test_demo_project_and_all_projects(openstack, volumes, unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait',
                         cloud='devcloud-demo')
    snap = openstack('volume', 'snapshot', 'create', unique_name('snap'),
                     '--volume', vol['id'], '--wait', cloud='devcloud-demo',
                     parse_json=True).json
    mine = {r['ID'] for r in listed(openstack, 'volume snapshot')}
    assert snap['id'] not in mine
    every = {r['ID'] for r in listed(openstack, 'volume snapshot',
                                     '--all-projects')}
    demo = {r['ID'] for r in listed(openstack, 'volume snapshot',
                                    '--project', 'demo')}
    assert snap['id'] in every and snap['id'] in demo
    refused = openstack('volume', 'snapshot', 'set', snap['id'], '--state',
                        'error', cloud='devcloud-demo', check=False)
    assert refused.rc == 4
    assert len(refused.stderr.strip().splitlines()) == 1


def test_clear_failures(openstack):
    missing = openstack('volume', 'snapshot', 'show', 'fn-no-such-snapshot',
                        check=False)
    assert missing.rc == 5
    assert one_line(missing) == (
        "openstack: No snapshot with a name or ID of 'fn-no-such-snapshot' "
        "exists.")
    no_volume = openstack('volume', 'snapshot', 'create', 'fn-no-such-vol',
                          check=False)
    assert no_volume.rc == 5
    assert "No volume with a name or ID of 'fn-no-such-vol'" in one_line(
        no_volume)


def test_force_before_3_66_and_a_manage_that_fails(openstack, volumes,
                                                   unique_name):
    vol = volumes.create(unique_name('vol'), '--size', '1', '--wait')
    forced = openstack('--os-volume-api-version', '3.65', 'volume',
                       'snapshot', 'create', unique_name('snap'), '--volume',
                       vol['id'], '--force', '--wait', parse_json=True).json
    assert forced['status'] == 'available'
    # The fake driver manages nothing: the snapshot ends in error, and
    # --wait says so with Cinder's reason (the volume delete cascades).
    name = unique_name('snap')
    managed = openstack('volume', 'snapshot', 'create', name, '--volume',
                        vol['id'], '--remote-source', 'source-name=fn-none',
                        '--wait', check=False)
    assert managed.rc == 1
    assert one_line(managed).startswith(
        f'openstack: snapshot {name} went to status error')
