"""Functional tests: endpoint commands against the devcloud's Keystone,
on a service, region and project made for the test."""

import pytest

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, check_delete_many, listed, made, project, region,
    service, show)


@pytest.fixture
def endpoint(made, service, region):
    """A public endpoint of ``service`` in ``region``, made by its name."""
    return made('endpoint', service['name'], 'public', 'http://fn.example/',
                '--region', region['region'])


def test_create_show(openstack, endpoint, service, region):
    assert set(endpoint) == SHOW_KEYS['endpoint']
    assert endpoint == {
        'enabled': True, 'id': endpoint['id'], 'interface': 'public',
        'region': region['region'], 'region_id': region['region'],
        'service_id': service['id'], 'url': 'http://fn.example/',
        'service_name': service['name'], 'service_type': service['type']}
    assert show(openstack, 'endpoint', endpoint['id']) == endpoint
    # A service with one endpoint names it.
    assert show(openstack, 'endpoint', service['type']) == endpoint


def test_show_service_with_two_endpoints_is_ambiguous(openstack, made,
                                                      endpoint, service):
    made('endpoint', service['id'], 'internal', 'http://fn.example/int')
    result = openstack('endpoint', 'show', service['name'], check=False)
    assert result.rc == 1
    assert 'more than one endpoint' in result.stderr


def test_list_filters(openstack, made, endpoint, service, region):
    made('endpoint', service['id'], 'admin', 'http://fn.example/adm',
         '--disable')
    rows = listed(openstack, 'endpoint', '--service', service['type'],
                  '--interface', 'public', '--region', region['region'])
    assert rows == [{'ID': endpoint['id'], 'Region': region['region'],
                     'Service Name': service['name'],
                     'Service Type': service['type'], 'Enabled': True,
                     'Interface': 'public', 'URL': 'http://fn.example/'}]
    assert set(rows[0]) == LIST_KEYS['endpoint']
    both = listed(openstack, 'endpoint', '--service', service['id'])
    assert {row['Interface'] for row in both} == {'public', 'admin'}


def test_set(openstack, made, endpoint, unique_name):
    other = made('service', unique_name('type'))
    openstack('endpoint', 'set', endpoint['id'], '--interface', 'internal',
              '--url', 'http://fn.example/new', '--service', other['type'],
              '--disable')
    shown = show(openstack, 'endpoint', endpoint['id'])
    assert (shown['interface'], shown['url'], shown['service_id'],
            shown['enabled']) == ('internal', 'http://fn.example/new',
                                  other['id'], False)


def test_project_filter(openstack, endpoint, project):
    openstack('endpoint', 'add', 'project', endpoint['id'], project['name'],
              '--project-domain', 'default')
    projects = listed(openstack, 'endpoint', '--endpoint', endpoint['id'])
    assert projects == [{'ID': project['id'], 'Name': project['name']}]
    endpoints = listed(openstack, 'endpoint', '--project', project['id'])
    assert [row['ID'] for row in endpoints] == [endpoint['id']]
    openstack('endpoint', 'remove', 'project', endpoint['id'], project['id'])
    assert listed(openstack, 'endpoint', '--endpoint', endpoint['id']) == []


def test_unknown_region_or_service(openstack, service):
    bad_region = openstack('endpoint', 'create', service['id'], 'public',
                           'http://fn.example/', '--region', 'fn-no-region',
                           check=False)
    assert bad_region.rc == 5
    assert "region with an ID of 'fn-no-region'" in bad_region.stderr
    bad_service = openstack('endpoint', 'create', 'fn-no-service', 'public',
                            'http://fn.example/', check=False)
    assert bad_service.rc == 5


def test_delete_many_reports_each_failure(openstack, endpoint):
    check_delete_many(openstack, 'endpoint', endpoint['id'], 'endpoints')
