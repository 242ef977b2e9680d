"""volume backend capability show and pool list against the devcloud's
file-backed fake driver (backend and pool ``devcloud``)."""


def test_capability_show(openstack):
    rows = openstack('volume', 'backend', 'capability', 'show',
                     'devcloud@devcloud', parse_json=True).json
    assert set(rows[0]) == {'Title', 'Key', 'Type', 'Description'}
    keys = {r['Key'] for r in rows}
    assert 'thin_provisioning' in keys and 'replication_enabled' in keys


def test_capability_show_unknown_host(openstack):
    missing = openstack('volume', 'backend', 'capability', 'show',
                        'fn-no-host@x', check=False)
    assert missing.rc != 0
    assert len(missing.stderr.strip().splitlines()) == 1


def test_pool_list(openstack):
    rows = openstack('volume', 'backend', 'pool', 'list',
                     parse_json=True).json
    assert rows == [{'Name': 'devcloud-cluster@devcloud#devcloud'}]
    rows = openstack('volume', 'backend', 'pool', 'list', '--long',
                     parse_json=True).json
    assert rows[0]['Capabilities']['pool_name'] == 'devcloud'
    assert rows[0]['Capabilities']['storage_protocol'] == 'fake'
