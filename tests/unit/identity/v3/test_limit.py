"""Unit tests: limit commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import limit as sdk_limit
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import region as sdk_region
from openstack.identity.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.identity.v3 import limit
from tests.unit import fakes

LIMIT = sdk_limit.Limit(
    id='l1', project_id='p1', service_id='s1', resource_name='cores',
    resource_limit=4, description='desc', region_id=None)


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_service.return_value = sdk_service.Service(id='s1')
    proxy.get_region.return_value = sdk_region.Region(id='r1')
    proxy.find_project.return_value = sdk_project.Project(id='p1')
    proxy.find_domain.return_value = sdk_domain.Domain(id='d1')
    proxy.get_limit.return_value = LIMIT
    return proxy


def test_create(identity):
    identity.create_limit.return_value = LIMIT
    _, (labels, values) = fakes.run_command(
        limit.CreateLimit,
        ['--project', 'demo', '--project-domain', 'default',
         '--service', 'nova', '--resource-limit', '4', '--region', 'r1',
         '--description', 'desc', 'cores'],
        identity=identity)
    identity.find_project.assert_called_once_with(
        'demo', ignore_missing=False, domain_id='d1')
    identity.create_limit.assert_called_once_with(
        project_id='p1', service_id='s1', resource_name='cores',
        resource_limit=4, description='desc', region_id='r1')
    assert labels == ('description', 'id', 'project_id', 'region_id',
                      'resource_limit', 'resource_name', 'service_id')
    assert values == ('desc', 'l1', 'p1', None, 4, 'cores', 's1')


def test_create_minimal(identity):
    identity.create_limit.return_value = LIMIT
    fakes.run_command(
        limit.CreateLimit,
        ['--project', 'demo', '--service', 'nova', '--resource-limit', '0',
         'cores'],
        identity=identity)
    identity.get_region.assert_not_called()
    identity.create_limit.assert_called_once_with(
        project_id='p1', service_id='s1', resource_name='cores',
        resource_limit=0)


def test_create_needs_project(identity):
    with pytest.raises(SystemExit):
        fakes.run_command(limit.CreateLimit,
                          ['--service', 'nova', '--resource-limit', '1', 'x'],
                          identity=identity)


def test_delete_many(identity):
    fakes.run_command(limit.DeleteLimit, ['l1', 'l1'], identity=identity)
    identity.get_limit.assert_called_with('l1')
    assert identity.delete_limit.call_count == 2


def test_delete_unknown(identity):
    identity.get_limit.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="No limit .* 'l9'"):
        fakes.run_command(limit.DeleteLimit, ['l9'], identity=identity)
    identity.delete_limit.assert_not_called()


def test_list_filters(identity):
    identity.limits.return_value = [LIMIT]
    _, (labels, rows) = fakes.run_command(
        limit.ListLimit,
        ['--service', 'nova', '--resource-name', 'cores', '--region', 'r1',
         '--project', 'demo'],
        identity=identity)
    identity.limits.assert_called_once_with(
        service_id='s1', region_id='r1', resource_name='cores',
        project_id='p1')
    assert labels == ('ID', 'Project ID', 'Service ID', 'Resource Name',
                      'Resource Limit', 'Description', 'Region ID')
    assert rows == [('l1', 'p1', 's1', 'cores', 4, 'desc', None)]


def test_list_project_not_visible_passes_it_on(identity):
    identity.find_project.side_effect = sdk_exc.ForbiddenException('no')
    identity.limits.return_value = []
    fakes.run_command(limit.ListLimit, ['--project', 'p7'],
                      identity=identity)
    identity.limits.assert_called_once_with(project_id='p7')


def test_set(identity):
    identity.update_limit.return_value = LIMIT
    _, (_, values) = fakes.run_command(
        limit.SetLimit, ['l1', '--description', '', '--resource-limit', '0'],
        identity=identity)
    identity.update_limit.assert_called_once_with(
        'l1', description='', resource_limit=0)
    assert values[1] == 'l1'


def test_set_nothing_shows(identity):
    fakes.run_command(limit.SetLimit, ['l1'], identity=identity)
    identity.update_limit.assert_not_called()
    identity.get_limit.assert_called_once_with('l1')


def test_show(identity):
    _, (labels, values) = fakes.run_command(limit.ShowLimit, ['l1'],
                                            identity=identity)
    identity.get_limit.assert_called_once_with('l1')
    assert dict(zip(labels, values))['resource_limit'] == 4
