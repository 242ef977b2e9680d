"""block storage cluster list/show/set (3.7) against the devcloud's one
cluster, devcloud-cluster@devcloud (disabled for a moment under the
devcloud lock, enabled again whatever happens)."""

CLUSTER = 'devcloud-cluster@devcloud'
DETAIL_KEYS = {'Name', 'Binary', 'State', 'Status', 'Disabled Reason',
               'Hosts', 'Down Hosts', 'Last Heartbeat', 'Created At',
               'Updated At', 'Replication Status', 'Frozen',
               'Active Backend ID'}


def test_list_show_set(openstack):
    rows = openstack('block', 'storage', 'cluster', 'list',
                     parse_json=True).json
    assert rows == [{'Name': CLUSTER, 'Binary': 'cinder-volume',
                     'State': 'up', 'Status': 'enabled'}]
    long_rows = openstack('block', 'storage', 'cluster', 'list', '--long',
                          '--up', '--enabled', '--binary', 'cinder-volume',
                          parse_json=True).json
    assert long_rows[0]['Num Hosts'] == 1
    assert openstack('block', 'storage', 'cluster', 'list', '--down',
                     parse_json=True).json == []
    shown = openstack('block', 'storage', 'cluster', 'show', CLUSTER,
                      parse_json=True).json
    assert set(shown) == DETAIL_KEYS
    assert shown['Replication Status'] == 'disabled'
    assert shown['Frozen'] is False
    try:
        done = openstack('block', 'storage', 'cluster', 'set', CLUSTER,
                         '--disable', '--disable-reason', 'fn-test',
                         parse_json=True).json
        assert set(done) == DETAIL_KEYS
        assert (done['Status'], done['Disabled Reason']) == ('disabled',
                                                             'fn-test')
        assert openstack('block', 'storage', 'cluster', 'list',
                         '--disabled', parse_json=True).json[0][
            'Name'] == CLUSTER
    finally:
        done = openstack('block', 'storage', 'cluster', 'set', CLUSTER,
                         '--enable', parse_json=True).json
    assert done['Status'] == 'enabled'


def test_errors(openstack):
    missing = openstack('block', 'storage', 'cluster', 'show', 'fn-nope',
                        check=False)
    assert missing.rc == 5 and missing.stderr.strip() == (
        "openstack: No block storage cluster with a name or ID of "
        "'fn-nope' exists.")
    old = openstack('--os-volume-api-version', '3.6', 'block', 'storage',
                    'cluster', 'list', check=False)
    assert old.rc == 2 and old.stderr.strip() == (
        'openstack: block storage cluster list needs '
        '--os-volume-api-version 3.7 or greater (requested: 3.6)')
    bad = openstack('block', 'storage', 'cluster', 'set', CLUSTER,
                    '--disable-reason', 'x', check=False)
    assert bad.rc == 2
    unknown = openstack('block', 'storage', 'cluster', 'set', 'fn-nope',
                        '--enable', check=False)
    assert unknown.rc == 5 and len(unknown.stderr.strip().splitlines()) == 1
