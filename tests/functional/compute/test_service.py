"""Functional tests: compute services (the devcloud's real ones).

The services are never deleted here: delete is tested on IDs that do not
exist. set restores what it changed before the test ends.
"""

from tests.functional.compute import one_line_error

LIST_KEYS = ['ID', 'Binary', 'Host', 'Zone', 'Status', 'State',
             'Updated At']


def test_list_filters_and_long(openstack):
    rows = openstack('compute', 'service', 'list', parse_json=True).json
    assert list(rows[0]) == LIST_KEYS
    assert {'nova-compute', 'nova-scheduler', 'nova-conductor'} <= {
        r['Binary'] for r in rows}
    computes = openstack('compute', 'service', 'list', '--service',
                         'nova-compute', '--host', 'devcloud-1',
                         '--long', parse_json=True).json
    row, = computes
    assert list(row) == LIST_KEYS + ['Disabled Reason', 'Forced Down']
    assert (row['Host'], row['Zone']) == ('devcloud-1', 'nova')


def _service(openstack):
    row, = openstack('compute', 'service', 'list', '--host', 'devcloud-2',
                     '--service', 'nova-compute', '--long',
                     parse_json=True).json
    return row


def test_set_disable_enable_down_up(openstack, cleanup):
    cleanup('compute', 'service', 'set', 'devcloud-2', 'nova-compute',
            '--enable', '--up')
    openstack('compute', 'service', 'set', 'devcloud-2', 'nova-compute',
              '--disable', '--disable-reason', 'fn-test')
    row = _service(openstack)
    assert (row['Status'], row['Disabled Reason']) == ('disabled',
                                                      'fn-test')
    openstack('compute', 'service', 'set', 'devcloud-2', 'nova-compute',
              '--enable', '--down')
    row = _service(openstack)
    assert (row['Status'], row['Forced Down'], row['State']) == (
        'enabled', True, 'down')
    openstack('compute', 'service', 'set', 'devcloud-2', 'nova-compute',
              '--up')
    row = _service(openstack)
    assert row['Forced Down'] is False and row['Status'] == 'enabled'


def test_set_refusals(openstack):
    result = openstack('compute', 'service', 'set', 'devcloud-2',
                       'nova-compute', '--disable-reason', 'x', check=False)
    assert one_line_error(result, 2) == (
        'openstack: Cannot specify option --disable-reason without '
        '--disable specified.')
    result = openstack('compute', 'service', 'set', 'fn-no-such-host',
                       'nova-compute', '--enable', check=False)
    assert one_line_error(result, 5) == (
        'openstack: Compute service for host "fn-no-such-host" and binary '
        '"nova-compute" not found.')
    result = openstack('--os-compute-api-version', '2.10', 'compute',
                       'service', 'set', 'devcloud-2', 'nova-compute',
                       '--down', check=False)
    assert '2.11' in one_line_error(result, 2)


def test_delete_unknown_ids(openstack):
    missing = '00000000-0000-4000-8000-000000000000'
    result = openstack('compute', 'service', 'delete', missing, check=False)
    assert one_line_error(result, 5) == (
        f'openstack: Service {missing} not found. (HTTP 404)')
    result = openstack('compute', 'service', 'delete', 'fn-not-a-uuid',
                       check=False)
    assert one_line_error(result, 2) == (
        'openstack: Invalid uuid fn-not-a-uuid (HTTP 400)')
