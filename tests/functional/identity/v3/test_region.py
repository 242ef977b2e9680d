"""Functional tests: region commands against the devcloud's Keystone."""

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, listed, made, region, show)


def test_create_show(openstack, region):
    assert set(region) == SHOW_KEYS['region']
    assert region['description'] == 'fn test'
    assert region['parent_region'] is None
    assert show(openstack, 'region', region['region']) == region


def test_child_list_and_set(openstack, made, region, unique_name):
    child = made('region', unique_name('region'),
                 '--parent-region', region['region'])
    assert child['parent_region'] == region['region']
    rows = listed(openstack, 'region', '--parent-region', region['region'])
    assert rows == [{'Region': child['region'],
                     'Parent Region': region['region'],
                     'Description': ''}]
    assert set(rows[0]) == LIST_KEYS['region']
    openstack('region', 'set', child['region'], '--description', 'changed',
              '--parent-region', region['region'])
    assert show(openstack, 'region', child['region'])['description'] == (
        'changed')


def test_delete_many_reports_each_failure(openstack, unique_name):
    name = unique_name('region')
    openstack('region', 'create', name)
    result = openstack('region', 'delete', name, 'fn-no-such-region',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete region 'fn-no-such-region'" in result.stderr
    assert '1 of 2 regions failed to delete' in result.stderr
    assert openstack('region', 'show', name, check=False).rc == 5


def test_member_may_not_create(openstack, unique_name):
    result = openstack('region', 'create', unique_name('region'),
                       cloud='devcloud-demo', check=False)
    assert result.rc == 4
    assert len(result.stderr.strip().splitlines()) == 1
