"""Unit tests: mapping commands parse, read rules files and call the SDK."""

import json

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import mapping as sdk_mapping

from openstackclient.cli import errors
from openstackclient.identity.v3 import mapping
from tests.unit import fakes

RULES = [{'local': [{'user': {'name': '{0}'}}],
          'remote': [{'type': 'REMOTE_USER'}]}]
MAPPING = sdk_mapping.Mapping(id='m1', rules=RULES, schema_version='1.0')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.create_mapping.return_value = MAPPING
    proxy.get_mapping.return_value = MAPPING
    return proxy


@pytest.fixture
def rules_file(tmp_path):
    path = tmp_path / 'rules.json'
    path.write_text(json.dumps(RULES))
    return str(path)


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


def test_create(identity, rules_file):
    _, (labels, values) = run(mapping.CreateMapping,
                              ['m1', '--rules', rules_file], identity)
    identity.create_mapping.assert_called_once_with(id='m1', rules=RULES)
    assert labels == ('id', 'rules', 'schema_version')
    assert values == ('m1', RULES, '1.0')


def test_create_schema_version(identity, rules_file):
    run(mapping.CreateMapping,
        ['m1', '--rules', rules_file, '--schema-version', '2.0'], identity)
    identity.create_mapping.assert_called_once_with(
        id='m1', rules=RULES, schema_version='2.0')


def test_create_needs_rules(identity):
    with pytest.raises(SystemExit):
        run(mapping.CreateMapping, ['m1'], identity)


def test_create_missing_file_is_usage_error(identity, tmp_path):
    missing = str(tmp_path / 'nope.json')
    with pytest.raises(errors.UsageError) as info:
        run(mapping.CreateMapping, ['m1', '--rules', missing], identity)
    assert str(info.value) == (
        f"Cannot read rules file '{missing}': No such file or directory")
    identity.create_mapping.assert_not_called()


def test_create_bad_json_is_usage_error(identity, tmp_path):
    path = tmp_path / 'bad.json'
    path.write_text('[{')
    with pytest.raises(errors.UsageError, match='is not valid JSON'):
        run(mapping.CreateMapping, ['m1', '--rules', str(path)], identity)
    identity.create_mapping.assert_not_called()


def test_delete_many(identity):
    run(mapping.DeleteMapping, ['a', 'b'], identity)
    assert sorted(identity.delete_mapping.call_args_list) == [
        (('a',), {'ignore_missing': False}),
        (('b',), {'ignore_missing': False}),
    ]


def test_delete_missing_is_not_found(identity):
    identity.delete_mapping.side_effect = sdk_exc.NotFoundException('gone')
    with pytest.raises(errors.NotFoundError, match="No mapping .*'m9'"):
        run(mapping.DeleteMapping, ['m9'], identity)


def test_list(identity):
    identity.mappings.return_value = [MAPPING]
    _, (labels, rows) = run(mapping.ListMapping, [], identity)
    identity.mappings.assert_called_once_with()
    assert labels == ('ID', 'schema_version')
    assert rows == [('m1', '1.0')]


def test_set_rules_and_version(identity, rules_file):
    run(mapping.SetMapping,
        ['m1', '--rules', rules_file, '--schema-version', '2.0'], identity)
    identity.update_mapping.assert_called_once_with(
        'm1', rules=RULES, schema_version='2.0')
    identity.get_mapping.assert_not_called()


def test_set_rules_only(identity, rules_file):
    run(mapping.SetMapping, ['m1', '--rules', rules_file], identity)
    identity.update_mapping.assert_called_once_with('m1', rules=RULES)


def test_set_version_only_keeps_rules(identity):
    run(mapping.SetMapping, ['m1', '--schema-version', '2.0'], identity)
    identity.get_mapping.assert_called_once_with('m1')
    identity.update_mapping.assert_called_once_with(
        'm1', rules=RULES, schema_version='2.0')


def test_set_nothing_makes_no_request(identity):
    run(mapping.SetMapping, ['m1'], identity)
    identity.update_mapping.assert_not_called()
    identity.get_mapping.assert_not_called()


def test_set_bad_json_makes_no_request(identity, tmp_path):
    path = tmp_path / 'bad.json'
    path.write_text('not json')
    with pytest.raises(errors.UsageError):
        run(mapping.SetMapping, ['m1', '--rules', str(path)], identity)
    identity.update_mapping.assert_not_called()


def test_set_missing_is_not_found(identity):
    identity.get_mapping.side_effect = sdk_exc.NotFoundException('gone')
    with pytest.raises(errors.NotFoundError, match="'m9'"):
        run(mapping.SetMapping, ['m9', '--schema-version', '2.0'], identity)


def test_show(identity):
    _, (labels, values) = run(mapping.ShowMapping, ['m1'], identity)
    identity.get_mapping.assert_called_once_with('m1')
    assert dict(zip(labels, values))['rules'] == RULES


def test_show_missing_is_not_found(identity):
    identity.get_mapping.side_effect = sdk_exc.NotFoundException('gone')
    with pytest.raises(errors.NotFoundError):
        run(mapping.ShowMapping, ['m9'], identity)
