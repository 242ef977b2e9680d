"""Functional tests: hypervisors (the devcloud's two fake ones)."""

from tests.functional.compute import one_line_error

LIST_KEYS = ['ID', 'Hypervisor Hostname', 'Hypervisor Type', 'Host IP',
             'State']


def test_list_matching_long_and_paging(openstack):
    rows = openstack('hypervisor', 'list', parse_json=True).json
    assert {r['Hypervisor Hostname'] for r in rows} >= {'devcloud-1',
                                                        'devcloud-2'}
    assert list(rows[0]) == LIST_KEYS
    assert rows[0]['Hypervisor Type'] == 'fake'
    matching = openstack('hypervisor', 'list', '--matching', 'devcloud-2',
                         parse_json=True).json
    assert [r['Hypervisor Hostname'] for r in matching] == ['devcloud-2']
    # From 2.88 Nova reports no usage: --long adds nothing then.
    long = openstack('hypervisor', 'list', '--long', parse_json=True).json
    assert list(long[0]) == LIST_KEYS
    old = openstack('--os-compute-api-version', '2.87', 'hypervisor',
                    'list', '--long', parse_json=True).json
    assert list(old[0]) == LIST_KEYS + ['vCPUs Used', 'vCPUs',
                                        'Memory MB Used', 'Memory MB']
    first = openstack('hypervisor', 'list', '--limit', '1',
                      parse_json=True).json
    assert len(first) == 1
    rest = openstack('hypervisor', 'list', '--marker', first[0]['ID'],
                     parse_json=True).json
    assert first[0]['ID'] not in {r['ID'] for r in rest}
    both = openstack('hypervisor', 'list', '--matching', 'x', '--limit',
                     '1', check=False)
    assert one_line_error(both, 2) == (
        'openstack: --matching is not compatible with --marker or --limit')


def test_show(openstack):
    shown = openstack('hypervisor', 'show', 'devcloud-1',
                      parse_json=True).json
    assert shown['hypervisor_hostname'] == 'devcloud-1'
    assert shown['service_host'] == 'devcloud-1'
    assert shown['state'] == 'up'
    assert 'vcpus' not in shown and 'location' not in shown
    by_id = openstack('hypervisor', 'show', shown['id'],
                      parse_json=True).json
    assert by_id['id'] == shown['id']
    old = openstack('--os-compute-api-version', '2.87', 'hypervisor',
                    'show', 'devcloud-1', parse_json=True).json
    assert {'vcpus', 'memory_mb', 'local_gb', 'free_ram_mb'} <= set(old)
    assert isinstance(old['cpu_info'], dict)
    missing = openstack('hypervisor', 'show', 'fn-no-such-host',
                        check=False)
    assert one_line_error(missing, 5) == (
        "openstack: No hypervisor with a name or ID of 'fn-no-such-host' "
        "exists.")


def test_show_lists_aggregates(openstack, cleanup, unique_name):
    name = unique_name('agg')
    cleanup('aggregate', 'delete', name)
    openstack('aggregate', 'create', name)
    cleanup('aggregate', 'remove', 'host', name, 'devcloud-2')
    openstack('aggregate', 'add', 'host', name, 'devcloud-2')
    shown = openstack('hypervisor', 'show', 'devcloud-2',
                      parse_json=True).json
    assert name in shown['aggregates']


def test_stats_show(openstack):
    result = openstack('hypervisor', 'stats', 'show', parse_json=True)
    assert result.json['count'] >= 2
    assert {'vcpus', 'memory_mb', 'local_gb', 'running_vms'} <= set(
        result.json)
    assert result.stderr == 'This command is deprecated.\n'
    removed = openstack('--os-compute-api-version', '2.88', 'hypervisor',
                        'stats', 'show', check=False)
    assert one_line_error(removed, 2).startswith(
        'openstack: hypervisor stats show was removed in compute API 2.88 '
        '(requested: 2.88)')
