"""Unit tests: hypervisor list/show."""

import types

import pytest
from openstack.compute.v2 import hypervisor as sdk_hypervisor

from openstackclient.cli import errors
from openstackclient.compute.v2 import hypervisor
from tests.unit.compute.v2 import compute_fakes as cf


def make(**attrs):
    values = dict(id='h1', name='node1', hypervisor_type='fake',
                  host_ip='10.0.0.1', state='up', status='enabled',
                  vcpus=4, vcpus_used=1, memory_size=512, memory_used=128,
                  cpu_info={'arch': 'x86_64'},
                  service_details={'id': 's1', 'host': 'node1'},
                  uptime=' 17:37:14 up  2:33,  3 users,  load average: '
                         '0.33, 0.36, 0.34')
    values.update(attrs)
    return sdk_hypervisor.Hypervisor(**values)


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.hypervisors.return_value = [make()]
    proxy.find_hypervisor.return_value = make()
    proxy.get_hypervisor.return_value = make()
    proxy.aggregates.return_value = [
        types.SimpleNamespace(name='agg', hosts=['node1']),
        types.SimpleNamespace(name='other', hosts=['node2'])]
    return proxy


def test_list(compute):
    _, result, _ = cf.run(hypervisor.ListHypervisor, ['--long'], compute)
    compute.hypervisors.assert_called_once_with(details=True)
    assert cf.rows(result) == [{
        'ID': 'h1', 'Hypervisor Hostname': 'node1',
        'Hypervisor Type': 'fake', 'Host IP': '10.0.0.1', 'State': 'up'}]


def test_list_long_before_2_88_has_usage(compute):
    _, result, _ = cf.run(hypervisor.ListHypervisor, ['--long'], compute,
                          version='2.87')
    row, = cf.rows(result)
    assert (row['vCPUs Used'], row['vCPUs'], row['Memory MB Used'],
            row['Memory MB']) == (1, 4, 128, 512)


def test_list_matching_and_paging(compute):
    cf.run(hypervisor.ListHypervisor, ['--matching', 'no'], compute)
    compute.hypervisors.assert_called_with(
        details=True, hypervisor_hostname_pattern='no')
    cf.run(hypervisor.ListHypervisor, ['--limit', '1', '--marker', 'h0'],
           compute)
    compute.hypervisors.assert_called_with(details=True, limit=1,
                                           marker='h0', paginated=False)
    with pytest.raises(errors.UsageError):
        cf.run(hypervisor.ListHypervisor, ['--limit', '1'], compute,
               version='2.32')
    with pytest.raises(errors.UsageError):
        cf.run(hypervisor.ListHypervisor, ['--matching', 'x', '--limit',
                                           '1'], compute)


def test_show_from_2_88(compute):
    _, result, _ = cf.run(hypervisor.ShowHypervisor, ['node1'], compute)
    compute.find_hypervisor.assert_called_once_with(
        'node1', ignore_missing=False, details=False)
    shown = cf.as_dict(result)
    assert list(shown) == sorted(shown)
    assert shown['hypervisor_hostname'] == 'node1'
    assert shown['aggregates'].machine_readable() == ['agg']
    assert (shown['service_id'], shown['service_host']) == ('s1', 'node1')
    assert (shown['uptime'], shown['users']) == ('2:33', '3')
    assert shown['load_average'] == '0.33, 0.36, 0.34'
    for gone in ('vcpus', 'memory_mb', 'service_details', 'location'):
        assert gone not in shown


def test_show_before_2_88_uses_old_names_and_uptime_call(compute):
    compute.get_hypervisor_uptime.return_value = types.SimpleNamespace(
        uptime='10:00:00 up 1 day, 1 user, load average: 0, 0, 0')
    _, result, _ = cf.run(hypervisor.ShowHypervisor, ['node1'], compute,
                          version='2.87')
    shown = cf.as_dict(result)
    assert (shown['vcpus'], shown['memory_mb'],
            shown['memory_mb_used']) == (4, 512, 128)
    assert shown['uptime'] == '1 day'
    compute.get_hypervisor_uptime.assert_called_once_with('h1')
