"""volume service list/set against the devcloud's Cinder services.

Cinder 29.0.0's enable and disable handlers save the service without
changing it (only disable-log-reason disables, and nothing enables
again), so set is run here without --disable-reason: nothing is left
disabled on the shared devcloud."""


def test_list(openstack):
    rows = openstack('volume', 'service', 'list', '--long',
                     parse_json=True).json
    assert set(rows[0]) == {'Binary', 'Host', 'Zone', 'Status', 'State',
                            'Updated At', 'Cluster', 'Backend State',
                            'Disabled Reason'}
    by_binary = {r['Binary']: r for r in rows}
    assert set(by_binary) == {'cinder-scheduler', 'cinder-volume',
                              'cinder-backup'}
    assert by_binary['cinder-volume']['Host'] == 'devcloud@devcloud'
    assert by_binary['cinder-volume']['Cluster'] == (
        'devcloud-cluster@devcloud')
    only = openstack('volume', 'service', 'list', '--service',
                     'cinder-volume', '--host', 'devcloud@devcloud',
                     parse_json=True).json
    assert [r['Binary'] for r in only] == ['cinder-volume']
    assert 'Disabled Reason' not in only[0]
    old = openstack('--os-volume-api-version', '3.5', 'volume', 'service',
                    'list', parse_json=True).json
    assert 'Cluster' not in old[0]


def scheduler(openstack):
    return openstack('volume', 'service', 'list', '--service',
                     'cinder-scheduler', '--long', parse_json=True).json[0]


def test_set_is_accepted(openstack):
    before = scheduler(openstack)['Status']
    for flag in ('--disable', '--enable'):
        done = openstack('volume', 'service', 'set', 'devcloud',
                         'cinder-scheduler', flag)
        assert done.stdout == '' and done.stderr == ''
    assert scheduler(openstack)['Status'] == before


def test_set_errors(openstack):
    bad = openstack('volume', 'service', 'set', 'devcloud',
                    'cinder-scheduler', '--disable-reason', 'x',
                    check=False)
    assert bad.rc == 2 and bad.stderr.strip() == (
        'openstack: Cannot specify option --disable-reason without '
        '--disable specified.')
    missing = openstack('volume', 'service', 'set', 'fn-no-host',
                        'cinder-volume', '--enable', check=False)
    assert missing.rc == 5
    assert len(missing.stderr.strip().splitlines()) == 1
