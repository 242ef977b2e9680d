"""Functional tests: server rebuild and server evacuate.

Evacuation needs the server's compute service down: the test forces it
down (``compute service set --down``) and always forces it back up.
"""

from tests.functional.compute import one_line_error
from tests.functional.compute.server._poll import show, wait_status


def test_rebuild_fields_and_wait(openstack, server, tmp_path):
    sid = server['id']
    user_data = tmp_path / 'user-data'
    user_data.write_text('#cloud-config\n')
    rebuilt = openstack(
        'server', 'rebuild', sid, '--name', server['name'], '--property',
        'rebuilt=yes', '--description', 'rebuilt by a test', '--user-data',
        user_data, '--image', 'devcloud-image', '--wait',
        parse_json=True).json
    assert rebuilt['status'] == 'ACTIVE'
    assert rebuilt['id'] == sid
    assert rebuilt['properties'] == {'rebuilt': 'yes'}
    assert rebuilt['description'] == 'rebuilt by a test'
    assert rebuilt['adminPass']   # Nova made a new one up; shown once
    shown = show(openstack, sid)
    assert shown['description'] == 'rebuilt by a test'
    assert 'adminPass' not in shown
    events = openstack('server', 'event', 'list', sid, parse_json=True).json
    assert events[0]['Action'] == 'rebuild'


def test_rebuild_with_password_not_echoed(openstack, server):
    rebuilt = openstack('server', 'rebuild', server['id'], '--password',
                        'Secret-123', '--wait', parse_json=True).json
    assert 'adminPass' not in rebuilt
    assert 'Secret-123' not in str(rebuilt)


def test_rebuild_refusals(openstack, server):
    sid = server['id']
    line = one_line_error(openstack(
        '--os-compute-api-version', '2.18', 'server', 'rebuild', sid,
        '--description', 'x', check=False), 2)
    assert '--description needs --os-compute-api-version 2.19' in line
    openstack('server', 'pause', sid)
    try:
        wait_status(openstack, sid, 'PAUSED')
        line = one_line_error(openstack('server', 'rebuild', sid,
                                        check=False), 6)
        assert 'not ACTIVE, SHUTOFF or ERROR' in line
    finally:
        openstack('server', 'unpause', sid)
        wait_status(openstack, sid, 'ACTIVE')


def test_evacuate_from_a_downed_host(openstack, boot):
    made = boot()
    sid = made['id']
    source = made['OS-EXT-SRV-ATTR:host']
    line = one_line_error(openstack('server', 'evacuate', sid, check=False),
                          2)
    assert '(HTTP 400)' in line   # the source host is still up
    openstack('compute', 'service', 'set', '--down', source, 'nova-compute')
    try:
        evacuated = openstack('server', 'evacuate', sid, '--wait',
                              parse_json=True, timeout=200).json
        types = [m['Type'] for m in openstack(
            'server', 'migration', 'list', '--server', sid,
            parse_json=True).json]
    finally:
        # Nova refuses to force the host up while the evacuation record
        # is 'done' (until that nova-compute restarts); deleting the
        # server retires the record.
        openstack('server', 'delete', '--wait', sid, check=False)
        openstack('compute', 'service', 'set', '--up', source,
                  'nova-compute')
    # From microversion 2.95 Nova leaves an evacuated server stopped.
    assert evacuated['status'] == 'SHUTOFF'
    assert evacuated['OS-EXT-SRV-ATTR:host'] not in (None, source)
    assert types == ['evacuation']


def test_evacuate_option_gates(openstack, server):
    line = one_line_error(openstack(
        '--os-compute-api-version', '2.28', 'server', 'evacuate',
        server['id'], '--host', 'devcloud-1', check=False), 2)
    assert '--host needs --os-compute-api-version 2.29' in line
    line = one_line_error(openstack(
        'server', 'evacuate', server['id'], '--shared-storage',
        check=False), 2)
    assert '--shared-storage needs --os-compute-api-version 2.13' in line
