"""Unit tests: identity v3 endpoint group commands parse and call the SDK
right."""

import json

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import endpoint_group as sdk_endpoint_group
from openstack.identity.v3 import project as sdk_project

from openstackclient.cli import errors
from openstackclient.identity.v3 import endpoint_group
from tests.unit import fakes

FILTERS = {'interface': 'public', 'service_id': 's1'}
GROUP = sdk_endpoint_group.EndpointGroup(
    id='g1', name='grp', description='desc', filters=FILTERS)
PROJECT = sdk_project.Project(id='p1', name='demo', description='')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_endpoint_group.return_value = GROUP
    proxy.find_project.return_value = PROJECT
    return proxy


@pytest.fixture
def filters_file(tmp_path):
    path = tmp_path / 'filters.json'
    path.write_text(json.dumps(FILTERS))
    return str(path)


def test_create(identity, filters_file):
    identity.create_endpoint_group.return_value = GROUP
    _, (labels, values) = fakes.run_command(
        endpoint_group.CreateEndpointGroup,
        ['grp', filters_file, '--description', 'desc'], identity=identity)
    identity.create_endpoint_group.assert_called_once_with(
        name='grp', filters=FILTERS, description='desc')
    assert labels == ('description', 'filters', 'id', 'name')
    shown = dict(zip(labels, values))
    assert shown['filters'].machine_readable() == FILTERS
    assert shown['filters'].human_readable() == (
        "interface='public', service_id='s1'")


def test_create_with_bad_file_makes_no_request(identity, tmp_path):
    bad = tmp_path / 'bad.json'
    bad.write_text('[')
    with pytest.raises(errors.UsageError):
        fakes.run_command(endpoint_group.CreateEndpointGroup,
                          ['grp', str(bad)], identity=identity)
    identity.create_endpoint_group.assert_not_called()


def test_delete_many(identity):
    fakes.run_command(endpoint_group.DeleteEndpointGroup, ['grp', 'g1'],
                      identity=identity)
    identity.find_endpoint_group.assert_any_call('grp', ignore_missing=False)
    assert identity.delete_endpoint_group.call_count == 2
    identity.delete_endpoint_group.assert_called_with('g1')


def test_delete_unknown(identity):
    identity.find_endpoint_group.side_effect = sdk_exc.NotFoundException('x')
    with pytest.raises(errors.NotFoundError, match="endpoint group"):
        fakes.run_command(endpoint_group.DeleteEndpointGroup, ['nope'],
                          identity=identity)


def test_list(identity):
    identity.endpoint_groups.return_value = iter([GROUP])
    _, (labels, rows) = fakes.run_command(
        endpoint_group.ListEndpointGroup, [], identity=identity)
    identity.endpoint_groups.assert_called_once_with()
    assert labels == ('ID', 'Name', 'Description')
    assert rows == [('g1', 'grp', 'desc')]


def test_list_projects_of_group(identity):
    identity.endpoint_group_projects.return_value = iter([PROJECT])
    _, (_, rows) = fakes.run_command(
        endpoint_group.ListEndpointGroup, ['--endpointgroup', 'grp'],
        identity=identity)
    identity.endpoint_group_projects.assert_called_once_with('g1')
    assert rows == [('p1', 'demo', '')]


def test_list_groups_of_project_in_domain(identity):
    identity.find_domain.return_value = sdk_domain.Domain(id='d1')
    identity.project_endpoint_groups.return_value = iter([GROUP])
    fakes.run_command(
        endpoint_group.ListEndpointGroup,
        ['--project', 'demo', '--domain', 'default'], identity=identity)
    identity.find_domain.assert_called_once_with('default',
                                                 ignore_missing=False)
    identity.find_project.assert_called_once_with(
        'demo', ignore_missing=False, domain_id='d1')
    identity.project_endpoint_groups.assert_called_once_with('p1')


def test_set(identity, filters_file):
    fakes.run_command(
        endpoint_group.SetEndpointGroup,
        ['grp', '--name', 'new', '--filters', filters_file,
         '--description', ''],
        identity=identity)
    identity.update_endpoint_group.assert_called_once_with(
        'g1', name='new', filters=FILTERS, description='')


def test_set_keeps_what_is_not_given(identity):
    fakes.run_command(endpoint_group.SetEndpointGroup, ['grp', '--name', 'n'],
                      identity=identity)
    identity.update_endpoint_group.assert_called_once_with('g1', name='n')


def test_show(identity):
    _, (labels, values) = fakes.run_command(
        endpoint_group.ShowEndpointGroup, ['grp'], identity=identity)
    identity.find_endpoint_group.assert_called_once_with(
        'grp', ignore_missing=False)
    assert dict(zip(labels, values))['id'] == 'g1'


def test_add_project(identity):
    fakes.run_command(endpoint_group.AddProjectToEndpointGroup,
                      ['grp', 'demo'], identity=identity)
    identity.associate_project_with_endpoint_group.assert_called_once_with(
        endpoint_group='g1', project='p1')


def test_remove_project(identity):
    fakes.run_command(endpoint_group.RemoveProjectFromEndpointGroup,
                      ['grp', 'demo'], identity=identity)
    identity.disassociate_project_from_endpoint_group.assert_called_once_with(
        endpoint_group='g1', project='p1')
