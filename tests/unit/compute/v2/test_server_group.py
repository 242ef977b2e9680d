"""Unit tests: server group create/delete/list/show."""

import pytest
from openstack.compute.v2 import server_group as sdk_group

from openstackclient.cli import errors
from openstackclient.compute.v2 import server_group
from tests.unit.compute.v2 import compute_fakes as cf

GROUP = sdk_group.ServerGroup(id='g1', name='grp', policy='affinity',
                              policies=['affinity'], rules={},
                              member_ids=['s1'], project_id='p',
                              user_id='u')


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.create_server_group.return_value = GROUP
    proxy.find_server_group.return_value = GROUP
    proxy.server_groups.return_value = [GROUP]
    return proxy


def test_create_from_2_64(compute):
    _, result, _ = cf.run(server_group.CreateServerGroup,
                          ['grp', '--policy', 'anti-affinity', '--rule',
                           'max_server_per_host=2'], compute)
    compute.create_server_group.assert_called_once_with(
        name='grp', policy='anti-affinity',
        rules={'max_server_per_host': '2'})
    assert cf.as_dict(result).keys() == {
        'id', 'members', 'name', 'policy', 'project_id', 'rules',
        'user_id'}


def test_create_before_2_64_sends_policies(compute):
    _, result, _ = cf.run(server_group.CreateServerGroup, ['grp'], compute,
                          version='2.15')
    compute.create_server_group.assert_called_once_with(
        name='grp', policies=['affinity'])
    shown = cf.as_dict(result)
    assert 'policies' in shown and 'policy' not in shown


@pytest.mark.parametrize('argv, version', [
    (['--policy', 'soft-affinity'], '2.14'),
    (['--rule', 'max_server_per_host=1'], '2.63')])
def test_create_microversion_checks(compute, argv, version):
    with pytest.raises(errors.UsageError):
        cf.run(server_group.CreateServerGroup, ['g', *argv], compute,
               version=version)


def test_list_long(compute):
    _, result, _ = cf.run(server_group.ListServerGroup,
                          ['--long', '--all-projects'], compute)
    compute.server_groups.assert_called_once_with(all_projects=True)
    row, = cf.rows(result)
    assert row['Policy'] == 'affinity'
    assert row['Members'].machine_readable() == ['s1']


def test_list_page_is_asked_directly(compute):
    compute.get.return_value = cf.response(200, {'server_groups': [
        {'id': 'g2', 'name': 'n', 'policy': 'affinity', 'members': ['x']}]})
    _, result, _ = cf.run(server_group.ListServerGroup,
                          ['--limit', '1', '--offset', '2', '--long'],
                          compute)
    compute.get.assert_called_once_with(
        '/os-server-groups', params={'limit': 1, 'offset': 2},
        raise_exc=False, microversion='2.64')
    row, = cf.rows(result)
    assert row['ID'] == 'g2'
    assert row['Members'].machine_readable() == ['x']


def test_delete_and_show(compute):
    cf.run(server_group.DeleteServerGroup, ['grp'], compute)
    compute.delete_server_group.assert_called_once_with(
        'g1', ignore_missing=False)
    _, result, _ = cf.run(server_group.ShowServerGroup, ['grp'], compute)
    assert cf.as_dict(result)['name'] == 'grp'
