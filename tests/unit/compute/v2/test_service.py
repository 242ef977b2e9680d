"""Unit tests: compute service delete/list/set."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.compute.v2 import service
from tests.unit.compute.v2 import compute_fakes as cf

SERVICE = types.SimpleNamespace(
    id='s1', binary='nova-compute', host='h1', availability_zone='nova',
    status='enabled', state='up', updated_at='now', disabled_reason=None,
    is_forced_down=False)


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.services.return_value = [SERVICE]
    return proxy


def test_list_filters_and_long(compute):
    _, result, _ = cf.run(service.ListService,
                          ['--host', 'h1', '--service', 'nova-compute',
                           '--long'], compute)
    compute.services.assert_called_once_with(host='h1',
                                             binary='nova-compute')
    row, = cf.rows(result)
    assert row['Zone'] == 'nova' and row['Forced Down'] is False
    _, result, _ = cf.run(service.ListService, ['--long'], compute,
                          version='2.10')
    assert 'Forced Down' not in result[0]


def test_set_from_2_53_uses_the_service_id(compute):
    cf.run(service.SetService,
           ['h1', 'nova-compute', '--disable', '--disable-reason', 'r',
            '--down'], compute)
    compute.services.assert_called_once_with(host='h1',
                                             binary='nova-compute')
    compute.disable_service.assert_called_once_with('s1', 'h1',
                                                    'nova-compute', 'r')
    compute.update_service_forced_down.assert_called_once_with(
        's1', 'h1', 'nova-compute', True)


def test_set_before_2_53_by_host_and_binary(compute):
    cf.run(service.SetService, ['h1', 'nova-compute', '--enable', '--up'],
           compute, version='2.52')
    compute.services.assert_not_called()
    compute.enable_service.assert_called_once_with(None, 'h1',
                                                   'nova-compute')
    compute.update_service_forced_down.assert_called_once_with(
        None, 'h1', 'nova-compute', False)


def test_set_refusals(compute):
    with pytest.raises(errors.UsageError):
        cf.run(service.SetService, ['h', 'b', '--disable-reason', 'r'],
               compute)
    with pytest.raises(errors.UsageError):
        cf.run(service.SetService, ['h', 'b', '--up'], compute,
               version='2.10')
    compute.services.return_value = []
    with pytest.raises(errors.NotFoundError):
        cf.run(service.SetService, ['h', 'b', '--enable'], compute)
    compute.services.return_value = [SERVICE, SERVICE]
    with pytest.raises(errors.CommandError):
        cf.run(service.SetService, ['h', 'b', '--enable'], compute)
    compute.enable_service.assert_not_called()


def test_delete_several(compute):
    cf.run(service.DeleteService, ['s1', 's2'], compute)
    assert sorted(c.args[0] for c in
                  compute.delete_service.call_args_list) == ['s1', 's2']
