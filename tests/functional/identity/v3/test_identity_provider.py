"""Functional tests: identity provider commands against the devcloud."""

from tests.functional.identity.v3.federation_fixtures import (  # noqa: F401
    delete_domain, fed_domain, idp)

# OSC 10.5.0's keys on the devcloud.
SHOW_KEYS = {'authorization_ttl', 'description', 'domain_id', 'enabled',
             'id', 'remote_ids'}


def test_create_show_list(openstack, idp, fed_domain):
    assert set(idp) == SHOW_KEYS
    assert idp['domain_id'] == fed_domain['id']
    assert idp['enabled'] is True
    assert idp['authorization_ttl'] is None
    assert len(idp['remote_ids']) == 1
    shown = openstack('identity', 'provider', 'show', idp['id'],
                      parse_json=True).json
    assert shown == idp
    listed = openstack('identity', 'provider', 'list', '--id', idp['id'],
                       parse_json=True).json
    assert listed == [{'ID': idp['id'], 'Enabled': True,
                       'Domain ID': fed_domain['id'],
                       'Description': 'fn test'}]


def test_set(openstack, idp, tmp_path):
    ids = tmp_path / 'remote-ids'
    ids.write_text('fn-remote-a\n\nfn-remote-b\n')
    openstack('identity', 'provider', 'set', idp['id'], '--disable',
              '--description', 'changed', '--authorization-ttl', '5',
              '--remote-id-file', ids)
    shown = openstack('identity', 'provider', 'show', idp['id'],
                      parse_json=True).json
    assert shown['enabled'] is False
    assert shown['description'] == 'changed'
    assert shown['authorization_ttl'] == 5
    assert sorted(shown['remote_ids']) == ['fn-remote-a', 'fn-remote-b']
    enabled = openstack('identity', 'provider', 'list', '--enabled',
                        parse_json=True).json
    assert idp['id'] not in {row['ID'] for row in enabled}
    openstack('identity', 'provider', 'set', idp['id'], '--enable',
              '--remote-id', 'fn-remote-c')
    shown = openstack('identity', 'provider', 'show', idp['id'],
                      parse_json=True).json
    assert shown['enabled'] is True
    assert shown['remote_ids'] == ['fn-remote-c']


def test_create_without_domain_gets_one(openstack, unique_name):
    name = unique_name('idp')
    made = openstack('identity', 'provider', 'create', name, '--disable',
                     '--authorization-ttl', '0', parse_json=True).json
    try:
        assert made['id'] == name
        assert made['enabled'] is False
        assert made['authorization_ttl'] == 0
        assert made['domain_id']
    finally:
        openstack('identity', 'provider', 'delete', name)
        # Keystone made this domain for the provider and keeps it.
        delete_domain(openstack, made['domain_id'])


def test_delete_reports_each_failure(openstack, unique_name, fed_domain):
    name = unique_name('idp')
    openstack('identity', 'provider', 'create', name, '--domain',
              fed_domain['id'])
    result = openstack('identity', 'provider', 'delete', name,
                       'fn-no-such-idp', check=False)
    assert result.rc == 5
    assert ("Failed to delete identity provider 'fn-no-such-idp'"
            in result.stderr)
    assert '1 of 2 identity providers failed to delete' in result.stderr
    gone = openstack('identity', 'provider', 'show', name, check=False)
    assert gone.rc == 5
    assert gone.stderr.strip() == (
        "openstack: No identity provider with a name or ID of "
        f"'{name}' exists.")


def test_bad_arguments_are_usage_errors(openstack, unique_name, tmp_path):
    name = unique_name('idp')
    negative = openstack('identity', 'provider', 'create', name,
                         '--authorization-ttl', '-1', check=False)
    assert negative.rc == 2
    assert '--authorization-ttl' in negative.stderr
    unreadable = openstack('identity', 'provider', 'create', name,
                           '--remote-id-file', tmp_path / 'missing',
                           check=False)
    assert unreadable.rc == 2
    assert len(unreadable.stderr.strip().splitlines()) == 1
    assert openstack('identity', 'provider', 'show', name,
                     check=False).rc == 5


def test_member_is_forbidden(openstack, unique_name):
    result = openstack('identity', 'provider', 'create', unique_name('idp'),
                       '--domain', 'default', cloud='devcloud-demo',
                       check=False)
    assert result.rc == 4
    assert len(result.stderr.strip().splitlines()) == 1
