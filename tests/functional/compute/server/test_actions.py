"""Functional tests: server start/stop, pause, suspend, lock, reboot,
rescue, shelve and restore against the devcloud's Nova.

One server for the module; each test leaves it ACTIVE.
"""

from tests.functional.compute import one_line_error
from tests.functional.compute.server._poll import show, wait_status


def test_stop_start(openstack, server):
    sid = server['id']
    openstack('server', 'stop', sid)
    shown = wait_status(openstack, sid, 'SHUTOFF')
    assert shown['OS-EXT-STS:power_state'] == 4
    openstack('server', 'start', sid)
    assert wait_status(openstack, sid, 'ACTIVE')[
        'OS-EXT-STS:power_state'] == 1


def test_pause_twice_is_a_conflict(openstack, server):
    sid = server['id']
    openstack('server', 'pause', sid)
    wait_status(openstack, sid, 'PAUSED')
    try:
        line = one_line_error(openstack('server', 'pause', sid, check=False),
                              6)
        assert 'paused' in line and '(HTTP 409)' in line
    finally:
        openstack('server', 'unpause', sid)
        wait_status(openstack, sid, 'ACTIVE')


def test_suspend_resume(openstack, server):
    sid = server['id']
    openstack('server', 'suspend', sid)
    # (the fake driver keeps the power state)
    assert wait_status(openstack, sid, 'SUSPENDED')[
        'OS-EXT-STS:vm_state'] == 'suspended'
    openstack('server', 'resume', sid)
    wait_status(openstack, sid, 'ACTIVE')


def test_lock_with_reason_unlock(openstack, server):
    sid = server['id']
    openstack('server', 'lock', sid, '--reason', 'maintenance')
    try:
        shown = show(openstack, sid)
        assert shown['locked'] is True
        assert shown['locked_reason'] == 'maintenance'
    finally:
        openstack('server', 'unlock', sid)
    shown = show(openstack, sid)
    assert shown['locked'] is False and shown['locked_reason'] is None


def test_lock_reason_needs_2_73(openstack, server):
    line = one_line_error(openstack(
        '--os-compute-api-version', '2.72', 'server', 'lock', server['id'],
        '--reason', 'x', check=False), 2)
    assert '--reason needs --os-compute-api-version 2.73' in line
    assert show(openstack, server['id'])['locked'] is False


def test_several_servers_one_line_per_failure(openstack, server,
                                              unique_name):
    missing = unique_name('nosuch')
    result = openstack('server', 'stop', server['id'], missing, check=False)
    try:
        assert result.rc == 5, result.stderr
        lines = result.stderr.strip().splitlines()
        assert lines == [
            f"Failed to stop server '{missing}': No server with a name or "
            f"ID of '{missing}' exists.",
            f'openstack: 1 of 2 servers failed to stop: {missing}']
        wait_status(openstack, server['id'], 'SHUTOFF')
    finally:
        openstack('server', 'start', server['id'], check=False)
        wait_status(openstack, server['id'], 'ACTIVE')


def test_reboot_hard_wait(openstack, server):
    sid = server['id']
    openstack('server', 'reboot', '--hard', '--wait', sid)
    shown = show(openstack, sid)
    assert shown['status'] == 'ACTIVE'
    actions = openstack('server', 'event', 'list', sid,
                        parse_json=True).json
    assert actions[0]['Action'] == 'reboot'


def test_rescue_unrescue(openstack, server):
    sid = server['id']
    openstack('server', 'rescue', sid, '--image', 'devcloud-image')
    wait_status(openstack, sid, 'RESCUE')
    openstack('server', 'unrescue', sid)
    wait_status(openstack, sid, 'ACTIVE')


def test_shelve_offload_unshelve(openstack, server):
    sid = server['id']
    # Unshelving a server that is not shelved does nothing (as in OSC).
    openstack('server', 'unshelve', sid)
    openstack('server', 'shelve', '--offload', '--wait', sid)
    try:
        shown = show(openstack, sid)
        assert shown['status'] == 'SHELVED_OFFLOADED'
        assert shown['OS-EXT-SRV-ATTR:host'] is None
        line = one_line_error(openstack(
            '--os-compute-api-version', '2.90', 'server', 'unshelve', sid,
            '--host', 'devcloud-1', check=False), 2)
        assert '--host needs --os-compute-api-version 2.91' in line
    finally:
        openstack('server', 'unshelve', '--wait', sid)
    shown = show(openstack, sid)
    assert shown['status'] == 'ACTIVE'
    assert shown['OS-EXT-SRV-ATTR:host'] in ('devcloud-1', 'devcloud-2')


def test_restore_of_live_server_is_refused(openstack, server):
    # Restore undoes a soft delete; the devcloud reclaims at once, so an
    # ACTIVE server is what can be tried: Nova refuses it.
    line = one_line_error(openstack('server', 'restore', server['id'],
                                    check=False), 6)
    assert '(HTTP 409)' in line
