"""Unit tests: aggregate commands."""

import types

import pytest
from openstack.compute.v2 import aggregate as sdk_aggregate

from openstackclient.cli import errors
from openstackclient.compute.v2 import aggregate
from tests.unit.compute.v2 import compute_fakes as cf


def make(**attrs):
    values = dict(id=3, uuid='u-3', name='agg', availability_zone='z',
                  metadata={'availability_zone': 'z', 'a': '1'},
                  hosts=['h1'])
    values.update(attrs)
    return sdk_aggregate.Aggregate(**values)


@pytest.fixture
def compute():
    proxy = cf.proxy()
    agg = make()
    for name in ('find_aggregate', 'create_aggregate',
                 'set_aggregate_metadata', 'add_host_to_aggregate',
                 'remove_host_from_aggregate'):
        getattr(proxy, name).return_value = agg
    proxy.aggregates.return_value = [agg, make(id=4, name='other',
                                               availability_zone=None,
                                               metadata={}, hosts=[])]
    return proxy


def test_create_with_zone_and_properties(compute):
    _, result, _ = cf.run(aggregate.CreateAggregate,
                          ['agg', '--zone', 'z', '--property', 'a=1'],
                          compute)
    compute.create_aggregate.assert_called_once_with(
        name='agg', availability_zone='z')
    compute.set_aggregate_metadata.assert_called_once_with(3, {'a': '1'})
    shown = cf.as_dict(result)
    assert shown['properties'].machine_readable() == {
        'availability_zone': 'z', 'a': '1'}


def test_show_keeps_the_zone_out_of_properties(compute):
    _, result, _ = cf.run(aggregate.ShowAggregate, ['agg'], compute)
    shown = cf.as_dict(result)
    assert list(shown) == sorted(shown)
    assert shown['properties'].machine_readable() == {'a': '1'}
    assert shown['hosts'].machine_readable() == ['h1']


def test_list_filters_client_side(compute):
    _, result, _ = cf.run(aggregate.ListAggregate, ['--host', 'h1'],
                          compute)
    assert [r['Name'] for r in cf.rows(result)] == ['agg']
    _, result, _ = cf.run(aggregate.ListAggregate,
                          ['--availability-zone', 'nope', '--long'],
                          compute)
    assert result == (('ID', 'UUID', 'Name', 'Availability Zone',
                       'Properties', 'Hosts'), [])


def test_list_has_no_uuid_before_2_41(compute):
    _, result, _ = cf.run(aggregate.ListAggregate, [], compute,
                          version='2.40')
    assert result[0] == ('ID', 'Name', 'Availability Zone')


def test_set_name_zone_and_replace_properties(compute):
    cf.run(aggregate.SetAggregate,
           ['agg', '--name', 'n', '--zone', 'z2', '--no-property',
            '--property', 'b=2'], compute)
    compute.update_aggregate.assert_called_once_with(
        3, name='n', availability_zone='z2')
    compute.set_aggregate_metadata.assert_called_once_with(
        3, {'a': None, 'b': '2'})


def test_set_nothing_sends_nothing(compute):
    cf.run(aggregate.SetAggregate, ['agg'], compute)
    compute.update_aggregate.assert_not_called()
    compute.set_aggregate_metadata.assert_not_called()


def test_unset_properties(compute):
    cf.run(aggregate.UnsetAggregate, ['agg', '--property', 'a'], compute)
    compute.set_aggregate_metadata.assert_called_once_with(3, {'a': None})


def test_add_and_remove_host(compute):
    cf.run(aggregate.AddAggregateHost, ['agg', 'h2'], compute)
    compute.add_host_to_aggregate.assert_called_once_with(3, 'h2')
    cf.run(aggregate.RemoveAggregateHost, ['agg', 'h1'], compute)
    compute.remove_host_from_aggregate.assert_called_once_with(3, 'h1')


def test_delete(compute):
    cf.run(aggregate.DeleteAggregate, ['agg'], compute)
    compute.delete_aggregate.assert_called_once_with(3,
                                                     ignore_missing=False)


def test_cache_image_looks_images_up(compute):
    image = cf.fakes.sdk_proxy('image.v2')
    image.find_image.side_effect = lambda n, **kw: types.SimpleNamespace(
        id='id-' + n)
    cf.run(aggregate.CacheImageForAggregate, ['agg', 'i1', 'i2'], compute,
           image=image)
    compute.aggregate_precache_images.assert_called_once_with(
        3, ['id-i1', 'id-i2'])


def test_cache_image_needs_2_81(compute):
    with pytest.raises(errors.UsageError):
        cf.run(aggregate.CacheImageForAggregate, ['agg', 'i'], compute,
               version='2.80')
    compute.aggregate_precache_images.assert_not_called()
