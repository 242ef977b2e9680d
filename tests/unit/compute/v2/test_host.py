"""Unit tests: host list/set/show (os-hosts)."""

import pytest

from openstackclient.cli import errors
from openstackclient.compute.v2 import host
from tests.unit.compute.v2 import compute_fakes as cf

HOSTS = {'hosts': [{'host_name': 'h1', 'service': 'compute',
                    'zone': 'nova'},
                   {'host_name': 'c', 'service': 'conductor',
                    'zone': 'internal'}]}


def test_list_at_2_1_with_zone_filter():
    compute = cf.proxy()
    compute.get.return_value = cf.response(200, HOSTS)
    _, result, app = cf.run(host.ListHost, ['--zone', 'nova'], compute)
    compute.get.assert_called_once_with('/os-hosts', microversion='2.1',
                                        raise_exc=False)
    assert cf.rows(result) == [{'Host Name': 'h1', 'Service': 'compute',
                                'Zone': 'nova'}]
    assert "'compute service list'" in app.stderr.getvalue()


def test_show_rows():
    compute = cf.proxy()
    compute.get.return_value = cf.response(200, {'host': [
        {'resource': {'host': 'h1', 'project': '(total)', 'cpu': 4,
                      'memory_mb': 8, 'disk_gb': 1}}]})
    _, result, _ = cf.run(host.ShowHost, ['h1'], compute)
    assert result == (('Host', 'Project', 'CPU', 'Memory MB', 'Disk GB'),
                      [('h1', '(total)', 4, 8, 1)])


def test_set_body_and_nothing_to_set():
    compute = cf.proxy()
    compute.put.return_value = cf.response(200, {'host': 'h1'})
    cf.run(host.SetHost, ['h1', '--disable', '--enable-maintenance'],
           compute)
    compute.put.assert_called_once_with(
        '/os-hosts/h1', microversion='2.1', raise_exc=False,
        json={'status': 'disable', 'maintenance_mode': 'enable'})
    compute.put.reset_mock()
    cf.run(host.SetHost, ['h1'], compute)
    compute.put.assert_not_called()


def test_not_found_is_exit_5():
    compute = cf.proxy()
    compute.get.return_value = cf.response(404, {'itemNotFound': {
        'message': 'Host x is not mapped to any cell'}})
    with pytest.raises(errors.CommandError) as exc:
        cf.run(host.ShowHost, ['x'], compute)
    assert exc.value.exit_code == 5


@pytest.mark.parametrize('cls, argv', [(host.ListHost, []),
                                       (host.ShowHost, ['h']),
                                       (host.SetHost, ['h', '--enable'])])
def test_removed_at_2_43(cls, argv):
    compute = cf.proxy()
    with pytest.raises(errors.UsageError) as exc:
        cf.run(cls, argv, compute, version='2.43')
    assert 'removed in compute API 2.43' in str(exc.value)
    compute.get.assert_not_called()
    compute.put.assert_not_called()
