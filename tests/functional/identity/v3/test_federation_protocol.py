"""Functional tests: federation protocol commands against the devcloud."""

from tests.functional.identity.v3.federation_fixtures import (  # noqa: F401
    fed_domain, idp, make_mapping, mapping, rules_file)


def test_create_show_list_set_delete(openstack, idp, make_mapping,
                                     unique_name):
    first, second = make_mapping(), make_mapping()
    name = unique_name('proto')
    where = ('--identity-provider', idp['id'])
    made = openstack('federation', 'protocol', 'create', name, *where,
                     '--mapping', first['id'], parse_json=True).json
    try:
        # OSC 10.5.0's keys on the devcloud.
        assert made == {'id': name, 'identity_provider': idp['id'],
                        'mapping': first['id']}
        shown = openstack('federation', 'protocol', 'show', name, *where,
                          parse_json=True).json
        assert shown == made
        listed = openstack('federation', 'protocol', 'list', *where,
                           parse_json=True).json
        assert listed == [{'id': name, 'mapping': first['id']}]
        result = openstack('federation', 'protocol', 'set', name, *where,
                           '--mapping', second['id'])
        assert result.stdout == ''
        shown = openstack('federation', 'protocol', 'show', name, *where,
                          parse_json=True).json
        assert shown['mapping'] == second['id']
    finally:
        openstack('federation', 'protocol', 'delete', name, *where,
                  check=False)
    gone = openstack('federation', 'protocol', 'show', name, *where,
                     check=False)
    assert gone.rc == 5
    assert gone.stderr.strip() == (
        f"openstack: No federation protocol '{name}' exists for identity "
        f"provider '{idp['id']}'.")


def test_unknown_identity_provider_or_mapping(openstack, idp, mapping,
                                              unique_name):
    name = unique_name('proto')
    no_idp = openstack('federation', 'protocol', 'create', name,
                       '--identity-provider', 'fn-no-such-idp',
                       '--mapping', mapping['id'], check=False)
    assert no_idp.rc == 5
    assert 'fn-no-such-idp' in no_idp.stderr
    no_mapping = openstack('federation', 'protocol', 'create', name,
                           '--identity-provider', idp['id'],
                           '--mapping', 'fn-no-such-mapping', check=False)
    assert no_mapping.rc == 2
    assert 'fn-no-such-mapping' in no_mapping.stderr
    for result in (no_idp, no_mapping):
        assert len(result.stderr.strip().splitlines()) == 1


def test_delete_reports_each_failure(openstack, idp, mapping, unique_name):
    name = unique_name('proto')
    where = ('--identity-provider', idp['id'])
    openstack('federation', 'protocol', 'create', name, *where,
              '--mapping', mapping['id'])
    result = openstack('federation', 'protocol', 'delete', 'fn-no-proto',
                       name, *where, check=False)
    assert result.rc == 5
    assert "Failed to delete federation protocol 'fn-no-proto'" in (
        result.stderr)
    assert '1 of 2 federation protocols failed to delete' in result.stderr
    listed = openstack('federation', 'protocol', 'list', *where,
                       parse_json=True).json
    assert listed == []


def test_identity_provider_is_required(openstack):
    result = openstack('federation', 'protocol', 'list', check=False)
    assert result.rc == 2
    assert '--identity-provider' in result.stderr
