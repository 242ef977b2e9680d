"""Unit tests: identity v3 endpoint commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import endpoint as sdk_endpoint
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import region as sdk_region
from openstack.identity.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.identity.v3 import endpoint
from tests.unit import fakes

SERVICE = sdk_service.Service(id='s1', name='glance', type='image')
ENDPOINT = sdk_endpoint.Endpoint(
    id='e1', interface='public', region_id='r1', service_id='s1',
    url='http://img', is_enabled=True)
OTHER = sdk_endpoint.Endpoint(
    id='e2', interface='internal', region_id='r1', service_id='s1',
    url='http://img2', is_enabled=False)
PROJECT = sdk_project.Project(id='p1', name='demo')

SHOW = {'enabled': True, 'id': 'e1', 'interface': 'public', 'region': 'r1',
        'region_id': 'r1', 'service_id': 's1', 'url': 'http://img',
        'service_name': 'glance', 'service_type': 'image'}


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_service.return_value = SERVICE
    proxy.get_service.return_value = SERVICE
    proxy.get_endpoint.return_value = ENDPOINT
    proxy.get_region.return_value = sdk_region.Region(id='r1')
    proxy.find_project.return_value = PROJECT
    return proxy


def test_create(identity):
    identity.create_endpoint.return_value = ENDPOINT
    _, (labels, values) = fakes.run_command(
        endpoint.CreateEndpoint,
        ['glance', 'public', 'http://img', '--region', 'r1'],
        identity=identity)
    identity.get_region.assert_called_once_with('r1')
    identity.create_endpoint.assert_called_once_with(
        service_id='s1', url='http://img', interface='public',
        is_enabled=True, region_id='r1')
    assert dict(zip(labels, values)) == SHOW
    assert labels[:4] == ('enabled', 'id', 'interface', 'region')


def test_create_disabled_without_region(identity):
    identity.create_endpoint.return_value = ENDPOINT
    fakes.run_command(endpoint.CreateEndpoint,
                      ['glance', 'admin', 'http://img', '--disable'],
                      identity=identity)
    identity.get_region.assert_not_called()
    identity.create_endpoint.assert_called_once_with(
        service_id='s1', url='http://img', interface='admin',
        is_enabled=False)


def test_create_rejects_unknown_interface(identity):
    with pytest.raises(SystemExit):
        fakes.run_command(endpoint.CreateEndpoint,
                          ['glance', 'private', 'http://img'],
                          identity=identity)


def test_delete_many(identity):
    fakes.run_command(endpoint.DeleteEndpoint, ['e1', 'e1'],
                      identity=identity)
    identity.get_endpoint.assert_called_with('e1')
    assert identity.delete_endpoint.call_count == 2


def test_delete_unknown(identity):
    identity.get_endpoint.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="endpoint .* 'e9'"):
        fakes.run_command(endpoint.DeleteEndpoint, ['e9'], identity=identity)


def test_list_with_filters(identity):
    identity.endpoints.return_value = iter([ENDPOINT])
    identity.services.return_value = iter([SERVICE])
    _, (labels, rows) = fakes.run_command(
        endpoint.ListEndpoint,
        ['--service', 'glance', '--interface', 'public', '--region', 'r1'],
        identity=identity)
    identity.endpoints.assert_called_once_with(
        service_id='s1', interface='public', region_id='r1')
    identity.services.assert_called_once_with()
    assert labels == ('ID', 'Region', 'Service Name', 'Service Type',
                      'Enabled', 'Interface', 'URL')
    assert rows == [('e1', 'r1', 'glance', 'image', True, 'public',
                     'http://img')]


def test_list_empty_makes_no_service_request(identity):
    identity.endpoints.return_value = iter([])
    _, (_, rows) = fakes.run_command(endpoint.ListEndpoint, [],
                                     identity=identity)
    identity.endpoints.assert_called_once_with()
    identity.services.assert_not_called()
    assert rows == []


def test_list_of_project_filters_locally(identity):
    identity.find_domain.return_value = sdk_domain.Domain(id='d1')
    identity.project_endpoints.return_value = iter([ENDPOINT, OTHER])
    identity.services.return_value = iter([SERVICE])
    _, (_, rows) = fakes.run_command(
        endpoint.ListEndpoint,
        ['--project', 'demo', '--project-domain', 'default',
         '--interface', 'internal'],
        identity=identity)
    identity.find_project.assert_called_once_with(
        'demo', ignore_missing=False, domain_id='d1')
    identity.project_endpoints.assert_called_once_with('p1')
    assert [row[0] for row in rows] == ['e2']


def test_list_projects_of_endpoint(identity):
    identity.endpoint_projects.return_value = iter([PROJECT])
    _, (labels, rows) = fakes.run_command(
        endpoint.ListEndpoint, ['--endpoint', 'e1'], identity=identity)
    identity.endpoint_projects.assert_called_once_with('e1')
    assert labels == ('ID', 'Name')
    assert rows == [('p1', 'demo')]


def test_list_endpoint_and_project_exclusive(identity):
    with pytest.raises(SystemExit):
        fakes.run_command(endpoint.ListEndpoint,
                          ['--endpoint', 'e1', '--project', 'demo'],
                          identity=identity)


def test_set(identity):
    fakes.run_command(
        endpoint.SetEndpoint,
        ['e1', '--region', 'r1', '--interface', 'internal',
         '--url', 'http://x', '--service', 'glance', '--enable'],
        identity=identity)
    identity.update_endpoint.assert_called_once_with(
        'e1', service_id='s1', is_enabled=True, url='http://x',
        interface='internal', region_id='r1')


def test_set_nothing(identity):
    fakes.run_command(endpoint.SetEndpoint, ['e1'], identity=identity)
    identity.get_endpoint.assert_called_once_with('e1')
    identity.update_endpoint.assert_not_called()


def test_show_by_id(identity):
    _, (labels, values) = fakes.run_command(endpoint.ShowEndpoint, ['e1'],
                                            identity=identity)
    identity.get_service.assert_called_once_with('s1')
    assert dict(zip(labels, values)) == SHOW


def test_show_by_service_with_one_endpoint(identity):
    identity.get_endpoint.side_effect = sdk_exc.NotFoundException('no')
    identity.endpoints.return_value = iter([ENDPOINT])
    _, (labels, values) = fakes.run_command(endpoint.ShowEndpoint,
                                            ['glance'], identity=identity)
    identity.endpoints.assert_called_once_with(service_id='s1')
    assert dict(zip(labels, values)) == SHOW


def test_show_by_service_with_two_endpoints_is_ambiguous(identity):
    identity.get_endpoint.side_effect = sdk_exc.NotFoundException('no')
    identity.endpoints.return_value = iter([ENDPOINT, OTHER])
    with pytest.raises(errors.AmbiguousError, match='endpoint ID'):
        fakes.run_command(endpoint.ShowEndpoint, ['glance'],
                          identity=identity)


def test_show_unknown(identity):
    identity.get_endpoint.side_effect = sdk_exc.NotFoundException('no')
    identity.find_service.side_effect = sdk_exc.NotFoundException('no')
    identity.services.return_value = iter([])
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        fakes.run_command(endpoint.ShowEndpoint, ['nope'], identity=identity)


def test_add_project(identity):
    fakes.run_command(endpoint.AddProjectToEndpoint, ['e1', 'demo'],
                      identity=identity)
    identity.find_project.assert_called_once_with('demo',
                                                  ignore_missing=False)
    identity.associate_endpoint_with_project.assert_called_once_with(
        project='p1', endpoint='e1')


def test_remove_project(identity):
    fakes.run_command(endpoint.RemoveProjectFromEndpoint, ['e1', 'demo'],
                      identity=identity)
    identity.get_endpoint.assert_called_once_with('e1')
    identity.disassociate_endpoint_from_project.assert_called_once_with(
        project='p1', endpoint='e1')
