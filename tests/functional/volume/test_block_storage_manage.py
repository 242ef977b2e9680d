"""block storage volume/snapshot manageable list (3.8): the fake driver
has nothing unmanaged, so the lists are empty but answered."""
import pytest


@pytest.mark.parametrize('kind', ['volume', 'snapshot'])
def test_lists(openstack, kind):
    rows = openstack('block', 'storage', kind, 'manageable', 'list',
                     'devcloud@devcloud#devcloud', '--long',
                     parse_json=True).json
    assert rows == []
    rows = openstack('block', 'storage', kind, 'manageable', 'list',
                     '--cluster', 'devcloud-cluster@devcloud#devcloud',
                     parse_json=True).json
    assert rows == []
    table = openstack('block', 'storage', kind, 'manageable', 'list',
                      'devcloud@devcloud', '-f', 'csv').stdout
    header = table.splitlines()[0]
    assert header.startswith('"reference","size","safe_to_manage"')


def test_errors(openstack):
    bad = openstack('block', 'storage', 'volume', 'manageable', 'list',
                    check=False)
    assert bad.rc == 2 and bad.stderr.strip() == (
        "openstack: Either <host> or '--cluster <cluster>' needs to be "
        "provided to run the 'block storage volume manageable list' "
        "command")
    old = openstack('--os-volume-api-version', '3.10', 'block', 'storage',
                    'snapshot', 'manageable', 'list', '--cluster', 'c',
                    check=False)
    assert old.rc == 2 and old.stderr.strip() == (
        'openstack: --cluster needs --os-volume-api-version 3.17 or '
        'greater (requested: 3.10)')
