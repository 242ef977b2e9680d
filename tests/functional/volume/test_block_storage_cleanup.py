"""block storage cleanup (3.24): by default Cinder cleans up only after
services that are down, and the devcloud's are all up (never ask for up
ones here: their work in progress belongs to other tests)."""


def test_cleanup_of_down_services_finds_none(openstack):
    rows = openstack('block', 'storage', 'cleanup', parse_json=True).json
    assert rows == []
    rows = openstack('block', 'storage', 'cleanup', '--binary',
                     'cinder-volume', '--down', '--cluster',
                     'devcloud-cluster@devcloud', parse_json=True).json
    assert rows == []


def test_errors(openstack):
    bad = openstack('block', 'storage', 'cleanup', '--binary', 'nova',
                    check=False)
    assert bad.rc == 2 and bad.stderr.startswith(
        'openstack: Invalid input for field/attribute binary.')
    assert len(bad.stderr.strip().splitlines()) == 1
    old = openstack('--os-volume-api-version', '3.23', 'block', 'storage',
                    'cleanup', check=False)
    assert old.rc == 2 and '3.24' in old.stderr
