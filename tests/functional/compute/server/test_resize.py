"""Functional tests: server resize (revert, confirm), cold and live
migration (confirm) against the devcloud's two fake hosts.

One server for the module, moved in turn; each test leaves it ACTIVE.
"""

from tests.functional.compute import one_line_error
from tests.functional.compute.server._poll import show, wait_status


def _host(openstack, server_id):
    return show(openstack, server_id)['OS-EXT-SRV-ATTR:host']


def _other(host):
    return {'devcloud-1': 'devcloud-2', 'devcloud-2': 'devcloud-1'}[host]


def test_confirm_without_resize_is_a_conflict(openstack, server):
    line = one_line_error(openstack('server', 'resize', 'confirm',
                                    server['id'], check=False), 6)
    assert '(HTTP 409)' in line


def test_resize_revert(openstack, server):
    sid = server['id']
    openstack('server', 'resize', '--flavor', 'm1.micro', '--wait', sid)
    shown = show(openstack, sid)
    assert shown['status'] == 'VERIFY_RESIZE'
    assert shown['flavor']['original_name'] == 'm1.micro'
    openstack('server', 'resize', 'revert', sid)
    shown = wait_status(openstack, sid, 'ACTIVE')
    assert shown['flavor']['original_name'] == 'm1.nano'


def test_resize_confirm(openstack, server):
    sid = server['id']
    openstack('server', 'resize', '--flavor', 'm1.micro', '--wait', sid)
    assert show(openstack, sid)['status'] == 'VERIFY_RESIZE'
    openstack('server', 'resize', 'confirm', sid)
    shown = wait_status(openstack, sid, 'ACTIVE')
    assert shown['flavor']['original_name'] == 'm1.micro'
    types = [m['Type'] for m in openstack(
        'server', 'migration', 'list', '--server', sid, '--type', 'resize',
        parse_json=True).json]
    assert types == ['resize', 'resize']


def test_cold_migrate_to_host_then_confirm(openstack, server):
    sid = server['id']
    target = _other(_host(openstack, sid))
    openstack('server', 'migrate', '--host', target, '--wait', sid)
    assert show(openstack, sid)['status'] == 'VERIFY_RESIZE'
    openstack('server', 'migration', 'confirm', sid)
    wait_status(openstack, sid, 'ACTIVE')
    assert _host(openstack, sid) == target


def test_cold_migrate_revert(openstack, server):
    sid = server['id']
    source = _host(openstack, sid)
    openstack('server', 'migrate', '--wait', sid)
    assert show(openstack, sid)['status'] == 'VERIFY_RESIZE'
    proc = openstack('server', 'migrate', 'revert', sid)
    assert 'deprecated' in proc.stderr
    wait_status(openstack, sid, 'ACTIVE')
    assert _host(openstack, sid) == source


def test_live_migrate_to_the_other_host(openstack, server):
    sid = server['id']
    target = _other(_host(openstack, sid))
    openstack('server', 'migrate', '--live-migration', '--host', target,
              '--wait', sid)
    shown = show(openstack, sid)
    assert shown['status'] == 'ACTIVE'
    assert shown['OS-EXT-SRV-ATTR:host'] == target


def test_migrate_option_errors(openstack, server):
    sid = server['id']
    line = one_line_error(openstack('server', 'migrate', '--block-migration',
                                    sid, check=False), 2)
    assert '--live-migration must be specified' in line
    line = one_line_error(openstack(
        '--os-compute-api-version', '2.29', 'server', 'migrate',
        '--live-migration', '--host', 'devcloud-1', sid, check=False), 2)
    assert '--host with --live-migration needs --os-compute-api-version ' \
        '2.30' in line
    line = one_line_error(openstack(
        'server', 'resize', '--flavor', 'no-such-flavor', sid,
        check=False), 5)
    assert 'no-such-flavor' in line
