import argparse

import pytest

from openstackclient.cli import properties as props


def parser_with(**kwargs):
    parser = argparse.ArgumentParser(prog='openstack project set')
    props.add_property_option(parser, **kwargs)
    return parser


def test_set_property_repeated_into_dict():
    parsed = parser_with().parse_args(
        ['--property', 'a=1', '--property', 'b=x=y', '--property', 'a=2',
         '--property', 'empty='])
    assert parsed.properties == {'a': '2', 'b': 'x=y', 'empty': ''}


def test_set_property_not_given_is_none():
    assert parser_with().parse_args([]).properties is None


def test_set_property_needs_equals(capsys):
    with pytest.raises(SystemExit) as info:
        parser_with().parse_args(['--property', 'oops'])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "--property: expected <key=value>, got 'oops'" in err


def test_set_property_needs_key(capsys):
    with pytest.raises(SystemExit):
        parser_with().parse_args(['--property', '=v'])
    assert "the key is empty in '=v'" in capsys.readouterr().err


def test_shared_default_dict_is_not_changed():
    parser = parser_with()
    default = {}
    parser.set_defaults(properties=default)
    assert parser.parse_args(['--property', 'a=1']).properties == {'a': '1'}
    assert default == {}


def test_set_help_and_metavar():
    text = parser_with(what='project', allow_clear=True).format_help()
    assert '--property <key=value>' in text
    assert 'Property to add or modify for this project' in text
    assert '--no-property' in text


def test_custom_help():
    text = parser_with(help='Set a property on <name>').format_help()
    assert 'Set a property on <name>' in text


def test_no_property_flag():
    parser = parser_with(allow_clear=True)
    assert parser.parse_args([]).no_property is False
    parsed = parser.parse_args(['--no-property', '--property', 'a=1'])
    assert parsed.no_property is True
    assert props.from_args({'old': 'x'}, parsed) == {'a': '1'}
    assert not hasattr(parser_with().parse_args([]), 'no_property')


def test_unset_property_list():
    parser = parser_with(unset=True, what='server')
    assert parser.parse_args([]).properties == []
    parsed = parser.parse_args(['--property', 'a', '--property', 'b'])
    assert parsed.properties == ['a', 'b']
    assert '--property <key>' in parser.format_help()
    assert props.from_args({'a': 1, 'c': 3}, parsed, unset=True) == {'c': 3}


def test_unset_all_properties_exclusive(capsys):
    parser = parser_with(unset=True, allow_clear=True)
    parsed = parser.parse_args(['--all-properties'])
    assert props.from_args({'a': 1}, parsed, unset=True) == {}
    with pytest.raises(SystemExit):
        parser.parse_args(['--all-properties', '--property', 'a'])
    assert 'not allowed with' in capsys.readouterr().err


def test_merged():
    existing = {'a': '1', 'b': '2'}
    assert props.merged(existing, {'b': '3', 'c': '4'}) == {
        'a': '1', 'b': '3', 'c': '4'}
    assert props.merged(existing, unset_keys=['a', 'zz']) == {'b': '2'}
    assert props.merged(existing, {'c': '4'}, clear=True) == {'c': '4'}
    assert props.merged(None) == {}
    assert existing == {'a': '1', 'b': '2'}


def test_changes_only_what_differs():
    existing = {'a': '1', 'b': '2', 'c': '3'}
    assert props.changes(existing, {'a': '1', 'b': '9', 'd': '4'}) == (
        {'b': '9', 'd': '4'}, [])
    assert props.changes(existing, unset_keys=['c', 'a', 'missing']) == (
        {}, ['a', 'c'])
    assert props.changes(existing, {'a': '1'}, clear=True) == (
        {}, ['b', 'c'])


def tag_parser(mode):
    parser = argparse.ArgumentParser()
    props.add_tag_option(parser, 'network', mode=mode)
    return parser


def test_tags_create(capsys):
    parser = tag_parser('create')
    assert parser.parse_args([]).tags == []
    assert parser.parse_args(['--tag', 'a', '--tag', 'b']).tags == ['a', 'b']
    assert parser.parse_args(['--no-tag']).no_tag is True
    with pytest.raises(SystemExit):
        parser.parse_args(['--tag', 'a', '--no-tag'])
    assert 'not allowed with' in capsys.readouterr().err


def test_tags_set_replace():
    parsed = tag_parser('set').parse_args(['--no-tag', '--tag', 'new'])
    assert props.tags_from_args(['old'], parsed) == ['new']
    parsed = tag_parser('set').parse_args(['--tag', 'b', '--tag', 'a'])
    assert props.tags_from_args(['c', 'a'], parsed) == ['a', 'b', 'c']


def test_tags_unset():
    parser = tag_parser('unset')
    parsed = parser.parse_args(['--tag', 'a'])
    assert props.tags_from_args(['a', 'b'], parsed, unset=True) == ['b']
    parsed = parser.parse_args(['--all-tag'])
    assert props.tags_from_args(['a', 'b'], parsed, unset=True) == []
    assert 'Tag to remove from the network' in parser.format_help()


def test_tag_mode_checked():
    with pytest.raises(ValueError):
        props.add_tag_option(argparse.ArgumentParser(), mode='add')


def test_merged_tags():
    assert props.merged_tags(['b', 'a', 'b'], add=['c'], remove=['a']) == [
        'b', 'c']
    assert props.merged_tags(None, add=['x'], clear=True) == ['x']
