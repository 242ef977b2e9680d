"""Functional tests: region commands against the devcloud's Keystone."""

from tests.functional.identity.v3.catalog_fixtures import (  # noqa: F401
    LIST_KEYS, SHOW_KEYS, check_delete_many, listed, made, region, show)


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


def test_delete_many_reports_each_failure(openstack, region):
    check_delete_many(openstack, 'region', region['region'], 'regions')


def test_member_may_not_create(openstack, unique_name):
    result = openstack('region', 'create', unique_name('region'),
                       cloud='devcloud-demo', check=False)
    assert result.rc == 4
    assert len(result.stderr.strip().splitlines()) == 1
