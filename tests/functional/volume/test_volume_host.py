"""volume host set/failover against the devcloud's cinder-volume.

The functional tests hold the devcloud lock, so freezing its only
backend for a moment (thawed whatever happens) disturbs no other test.
The fake driver has no replication target, so failover is refused."""


def volume_service(openstack):
    return openstack('volume', 'service', 'list', '--service',
                     'cinder-volume', '--long', parse_json=True).json[0]


def test_set_disable_freezes_and_enable_thaws(openstack):
    try:
        openstack('volume', 'host', 'set', '--disable', 'devcloud@devcloud')
        row = volume_service(openstack)
        assert (row['Status'], row['Disabled Reason']) == ('disabled',
                                                           'frozen')
    finally:
        openstack('volume', 'host', 'set', '--enable', 'devcloud@devcloud')
    assert volume_service(openstack)['Status'] == 'enabled'
    # Thawing what is not frozen: Cinder's (odd) refusal, one line.
    refused = openstack('volume', 'host', 'set', '--enable',
                        'devcloud@devcloud', check=False)
    assert refused.rc == 2
    assert refused.stderr.strip() == (
        'openstack: Invalid input received: frozen in '
        'devcloud-cluster@devcloud must be True to failover. (HTTP 400)')


def test_set_unknown_host_is_refused(openstack):
    refused = openstack('volume', 'host', 'set', '--enable', 'fn-no-host',
                        check=False)
    assert refused.rc == 2
    assert refused.stderr.strip() == (
        'openstack: No service found with host=fn-no-host (HTTP 400)')


def test_failover_without_replication_is_refused(openstack):
    refused = openstack('volume', 'host', 'failover', 'devcloud@devcloud',
                        '--volume-backend', 'fn-target', check=False)
    assert refused.rc == 2
    assert refused.stderr.strip() == (
        "openstack: Invalid input received: replication_status in "
        "devcloud-cluster@devcloud must be ['enabled', 'failed-over'] and "
        "must be up to failover. (HTTP 400)")
    missing = openstack('volume', 'host', 'failover', 'fn-no-host',
                        '--volume-backend', 'x', check=False)
    assert missing.rc == 2
    assert 'No service found with host=fn-no-host' in missing.stderr
