"""Unit tests: consistency group and consistency group snapshot commands."""

from unittest import mock

import pytest

from openstackclient.volume.v3 import consistency_group as cg
from openstackclient.volume.v3 import consistency_group_snapshot as cgs
from tests.unit.volume.v3.vfakes import proxy, run, thing


def group(**attrs):
    data = dict(id='c1', name='cg', status='available', description=None,
                availability_zone='nova', created_at='t',
                volume_types=['vt1'])
    data.update(attrs)
    return thing(**data)


def response(body, status=200):
    return thing(status_code=status, headers={}, json=lambda: body)


@pytest.fixture(autouse=True)
def no_http_errors():
    with mock.patch('openstack.exceptions.raise_from_response') as check:
        yield check


def test_create_from_volume_type_shows_attribute_names():
    volume = proxy()
    volume.find_type.return_value = thing(id='vt1')
    volume.create_consistency_group.return_value = group()
    labels, values = run(cg.CreateConsistencyGroup, [
        'cg', '--volume-type', 'fast', '--availability-zone', 'nova'],
        volume)
    volume.create_consistency_group.assert_called_once_with(
        volume_types='vt1', name='cg', availability_zone='nova')
    assert labels == ('availability_zone', 'created_at', 'description',
                      'id', 'name', 'status', 'volume_types')


def test_create_from_source_or_snapshot():
    volume = proxy()
    volume.find_consistency_group.return_value = group()
    volume.create_consistency_group_from_source.return_value = group(id='c2')
    run(cg.CreateConsistencyGroup, ['--consistency-group-source', 'cg'],
        volume)
    volume.create_consistency_group_from_source.assert_called_once_with(
        consistency_group='c1')
    with pytest.raises(SystemExit):
        run(cg.CreateConsistencyGroup, ['cg'], volume)


def test_delete_posts_cinders_body():
    volume = proxy()
    volume.find_consistency_group.return_value = group()
    volume.post.return_value = response({}, 202)
    run(cg.DeleteConsistencyGroup, ['cg', '--force'], volume)
    volume.post.assert_called_once_with(
        '/consistencygroups/c1/delete',
        json={'consistencygroup': {'force': True}})


def test_list_long_all_projects():
    volume = proxy()
    volume.get.return_value = response({'consistencygroups': [{
        'id': 'c1', 'status': 'error', 'availability_zone': 'nova',
        'name': 'cg', 'description': 'd', 'volume_types': ['vt1']}]})
    labels, rows = run(cg.ListConsistencyGroup,
                       ['--long', '--all-projects'], volume)
    volume.get.assert_called_once_with('/consistencygroups/detail',
                                       params={'all_tenants': 1})
    assert labels == ('ID', 'Status', 'Availability Zone', 'Name',
                      'Description', 'Volume Types')
    assert rows[0][:5] == ('c1', 'error', 'nova', 'cg', 'd')
    labels, _ = run(cg.ListConsistencyGroup, [], volume)
    assert labels == ('ID', 'Status', 'Name')


def test_set_add_remove():
    volume = proxy()
    found = group()
    volume.find_consistency_group.return_value = found
    volume.find_volume.side_effect = lambda n, **kw: thing(id='id-' + n)
    run(cg.SetConsistencyGroup, ['cg', '--name', 'n'], volume)
    volume.update_consistency_group.assert_called_once_with(found, name='n')
    run(cg.AddVolumeToConsistencyGroup, ['cg', 'a', 'b'], volume)
    volume.update_consistency_group.assert_called_with(
        found, add_volumes='id-a,id-b')
    run(cg.RemoveVolumeFromConsistencyGroup, ['cg', 'a'], volume)
    volume.update_consistency_group.assert_called_with(
        found, remove_volumes='id-a')


def test_snapshot_create_defaults_to_the_group_of_its_name():
    volume = proxy()
    volume.find_consistency_group.return_value = group()
    volume.create_consistency_group_snapshot.return_value = thing(
        id='s1', consistencygroup_id='c1', created_at='t', description=None,
        name='cg', status='creating')
    labels, values = run(cgs.CreateConsistencyGroupSnapshot, ['cg'], volume)
    volume.find_consistency_group.assert_called_once_with(
        'cg', ignore_missing=False)
    volume.create_consistency_group_snapshot.assert_called_once_with(
        consistencygroup_id='c1', name='cg')
    assert labels == ('consistencygroup_id', 'created_at', 'description',
                      'id', 'name', 'status')


def test_snapshot_list_filters():
    volume = proxy()
    volume.find_consistency_group.return_value = group()
    volume.get.return_value = response({'cgsnapshots': []})
    labels, rows = run(cgs.ListConsistencyGroupSnapshot, [
        '--status', 'available', '--consistency-group', 'cg', '--long'],
        volume)
    volume.get.assert_called_once_with('/cgsnapshots/detail', params={
        'status': 'available', 'consistencygroup_id': 'c1'})
    assert labels == ('ID', 'Status', 'ConsistencyGroup ID', 'Name',
                      'Description', 'Created At')


def test_snapshot_show_delete():
    volume = proxy()
    snap = thing(id='s1', consistencygroup_id='c1', created_at='t',
                 description=None, name='s', status='available')
    volume.find_consistency_group_snapshot.return_value = snap
    assert run(cgs.ShowConsistencyGroupSnapshot, ['s'], volume)[1][3] == 's1'
    run(cgs.DeleteConsistencyGroupSnapshot, ['s'], volume)
    volume.delete_consistency_group_snapshot.assert_called_once_with(
        snap, ignore_missing=False)
