"""Functional tests: host list/set/show (os-hosts, removed at 2.43)."""

from tests.functional.compute import one_line_error


def test_list_and_show_below_2_43(openstack):
    result = openstack('host', 'list', parse_json=True)
    assert result.stderr == ("API has been deprecated; consider using "
                             "'compute service list' instead.\n")
    rows = result.json
    assert {'Host Name': 'devcloud-1', 'Service': 'compute',
            'Zone': 'nova'} in rows
    assert openstack('host', 'list', '--zone', 'internal',
                     parse_json=True).json == [
        r for r in rows if r['Zone'] == 'internal']
    shown = openstack('host', 'show', 'devcloud-1', parse_json=True).json
    assert [r['Project'] for r in shown][:3] == [
        '(total)', '(used_now)', '(used_max)']
    assert set(shown[0]) == {'Host', 'Project', 'CPU', 'Memory MB',
                             'Disk GB'}
    missing = openstack('host', 'show', 'fn-no-such-host', check=False)
    assert missing.rc == 5
    assert missing.stderr.splitlines()[-1] == (
        "openstack: host show: Host 'fn-no-such-host' is not mapped to any "
        "cell (HTTP 404)")


def test_set_keeps_the_host_enabled(openstack):
    # Enabling what is enabled, and leaving maintenance: changes nothing.
    result = openstack('host', 'set', 'devcloud-1', '--enable',
                       '--disable-maintenance')
    assert result.stdout == ''
    assert openstack('host', 'set', 'devcloud-1').stdout == ''


def test_removed_at_2_43(openstack):
    for args, instead in ((('list',), 'compute service list'),
                          (('show', 'devcloud-1'), 'hypervisor show'),
                          (('set', 'devcloud-1', '--enable'),
                           'compute service set')):
        result = openstack('--os-compute-api-version', '2.43', 'host',
                           *args, check=False)
        assert one_line_error(result, 2) == (
            f'openstack: host {args[0]} was removed in compute API 2.43 '
            f"(requested: 2.43); use 'openstack {instead}' instead")
