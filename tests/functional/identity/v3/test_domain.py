"""Functional tests: domain commands against the devcloud's Keystone."""

import pytest


@pytest.fixture
def domain(openstack, unique_name):
    """A new domain; disabled and deleted afterwards."""
    name = unique_name('domain')
    made = openstack('domain', 'create', name, '--description', 'fn test',
                     parse_json=True).json
    yield made
    openstack('domain', 'set', made['id'], '--disable', check=False)
    openstack('domain', 'delete', made['id'], check=False)


def test_create_show_list(openstack, domain):
    assert set(domain) == {'id', 'name', 'enabled', 'description', 'options'}
    assert domain['enabled'] is True
    shown = openstack('domain', 'show', domain['name'], parse_json=True).json
    assert shown == domain
    listed = openstack('domain', 'list', '--name', domain['name'],
                       parse_json=True).json
    assert listed == [{'ID': domain['id'], 'Name': domain['name'],
                       'Enabled': True, 'Description': 'fn test'}]


def test_create_or_show(openstack, domain):
    again = openstack('domain', 'create', domain['name'], '--or-show',
                      parse_json=True).json
    assert again['id'] == domain['id']
    clash = openstack('domain', 'create', domain['name'], check=False)
    assert clash.rc == 6
    assert len(clash.stderr.strip().splitlines()) == 1


def test_set(openstack, domain):
    openstack('domain', 'set', domain['id'], '--disable',
              '--description', 'changed')
    shown = openstack('domain', 'show', domain['id'], parse_json=True).json
    assert shown['enabled'] is False
    assert shown['description'] == 'changed'
    enabled = openstack('domain', 'list', '--enabled', parse_json=True).json
    assert domain['id'] not in {d['ID'] for d in enabled}


def test_delete_reports_each_failure(openstack, unique_name):
    name = unique_name('domain')
    made = openstack('domain', 'create', name, '--disable',
                     parse_json=True).json
    result = openstack('domain', 'delete', made['id'], 'fn-no-such-domain',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete domain 'fn-no-such-domain'" in result.stderr
    assert '1 of 2 domains failed to delete' in result.stderr
    gone = openstack('domain', 'show', made['id'], check=False)
    assert gone.rc == 5


def test_member_is_forbidden(openstack, unique_name):
    result = openstack('domain', 'create', unique_name('domain'),
                       cloud='devcloud-demo', check=False)
    assert result.rc == 4
    assert len(result.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in result.stderr
