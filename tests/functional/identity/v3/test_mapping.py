"""Functional tests: mapping commands against the devcloud."""

from tests.functional.identity.v3.federation_fixtures import (  # noqa: F401
    RULES, make_mapping, mapping, rules_file, write_rules)

NEW_RULES = [{'local': [{'user': {'name': '{0}'}}],
              'remote': [{'type': 'OIDC-preferred_username'}]}]


def test_create_show_list(openstack, mapping):
    # OSC 10.5.0's keys and values on the devcloud.
    assert mapping['rules'] == RULES
    assert mapping['schema_version'] == '1.0'
    assert set(mapping) == {'id', 'rules', 'schema_version'}
    shown = openstack('mapping', 'show', mapping['id'], parse_json=True).json
    assert shown == mapping
    listed = openstack('mapping', 'list', parse_json=True).json
    assert {'ID': mapping['id'], 'schema_version': '1.0'} in listed


def test_set_rules_then_schema_version(openstack, mapping, tmp_path):
    path = write_rules(tmp_path / 'new.json', NEW_RULES)
    openstack('mapping', 'set', mapping['id'], '--rules', path)
    shown = openstack('mapping', 'show', mapping['id'], parse_json=True).json
    assert shown['rules'] == NEW_RULES
    openstack('mapping', 'set', mapping['id'], '--schema-version', '2.0')
    shown = openstack('mapping', 'show', mapping['id'], parse_json=True).json
    assert shown['schema_version'] == '2.0'
    assert shown['rules'] == NEW_RULES


def test_create_with_schema_version(openstack, unique_name, rules_file):
    name = unique_name('mapping')
    made = openstack('mapping', 'create', name, '--rules', rules_file,
                     '--schema-version', '2.0', parse_json=True).json
    try:
        assert made['schema_version'] == '2.0'
    finally:
        openstack('mapping', 'delete', name)


def test_bad_rules_files_are_one_line_usage_errors(openstack, unique_name,
                                                   tmp_path):
    name = unique_name('mapping')
    bad = tmp_path / 'bad.json'
    bad.write_text('[{"local": ')
    for path in (bad, tmp_path / 'missing.json'):
        result = openstack('mapping', 'create', name, '--rules', path,
                           check=False)
        assert result.rc == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0]
    assert openstack('mapping', 'show', name, check=False).rc == 5


def test_invalid_rules_are_rejected_by_keystone(openstack, unique_name,
                                                tmp_path):
    path = write_rules(tmp_path / 'odd.json', {'not': 'rules'})
    result = openstack('mapping', 'create', unique_name('mapping'),
                       '--rules', path, check=False)
    assert result.rc == 2
    assert '(HTTP 400)' in result.stderr


def test_delete_reports_each_failure(openstack, make_mapping):
    first, second = make_mapping(), make_mapping()
    result = openstack('mapping', 'delete', first['id'], 'fn-no-such-map',
                       second['id'], check=False)
    assert result.rc == 5
    assert "Failed to delete mapping 'fn-no-such-map'" in result.stderr
    assert '1 of 3 mappings failed to delete' in result.stderr
    for made in (first, second):
        gone = openstack('mapping', 'show', made['id'], check=False)
        assert gone.rc == 5
