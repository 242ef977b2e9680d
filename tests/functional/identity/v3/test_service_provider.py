"""Functional tests: service provider commands against the devcloud."""

import pytest

AUTH_URL = 'http://sp.example.invalid/v3'
SP_URL = 'http://sp.example.invalid/Shibboleth.sso/SAML2/ECP'


@pytest.fixture
def sp(openstack, unique_name):
    """A new service provider; deleted afterwards."""
    made = openstack('service', 'provider', 'create', unique_name('sp'),
                     '--auth-url', AUTH_URL, '--service-provider-url', SP_URL,
                     parse_json=True).json
    yield made
    openstack('service', 'provider', 'delete', made['id'], check=False)


def test_create_show_list(openstack, sp):
    # OSC 10.5.0's keys on the devcloud.
    assert list(sp) == ['id', 'enabled', 'description', 'auth_url', 'sp_url',
                        'relay_state_prefix']
    assert sp['enabled'] is True
    assert sp['description'] is None
    assert (sp['auth_url'], sp['sp_url']) == (AUTH_URL, SP_URL)
    shown = openstack('service', 'provider', 'show', sp['id'],
                      parse_json=True).json
    assert shown == sp
    listed = openstack('service', 'provider', 'list', parse_json=True).json
    assert {'ID': sp['id'], 'Enabled': True, 'Description': None,
            'Auth URL': AUTH_URL, 'Service Provider URL': SP_URL,
            'Relay State Prefix': sp['relay_state_prefix']} in listed


def test_set_shows_the_result(openstack, sp):
    changed = openstack('service', 'provider', 'set', sp['id'], '--disable',
                        '--description', 'fn test', '--auth-url',
                        AUTH_URL + '/x', parse_json=True).json
    assert changed['enabled'] is False
    assert changed['description'] == 'fn test'
    assert changed['auth_url'] == AUTH_URL + '/x'
    shown = openstack('service', 'provider', 'show', sp['id'],
                      parse_json=True).json
    assert shown == changed
    unchanged = openstack('service', 'provider', 'set', sp['id'],
                          parse_json=True).json
    assert unchanged == changed


def test_create_needs_urls(openstack, unique_name):
    result = openstack('service', 'provider', 'create', unique_name('sp'),
                       '--auth-url', AUTH_URL, check=False)
    assert result.rc == 2
    assert '--service-provider-url' in result.stderr


def test_delete_reports_each_failure(openstack, unique_name):
    name = unique_name('sp')
    openstack('service', 'provider', 'create', name, '--disable',
              '--auth-url', AUTH_URL, '--service-provider-url', SP_URL)
    result = openstack('service', 'provider', 'delete', name, 'fn-no-sp',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete service provider 'fn-no-sp'" in result.stderr
    assert '1 of 2 service providers failed to delete' in result.stderr
    gone = openstack('service', 'provider', 'show', name, check=False)
    assert gone.rc == 5
