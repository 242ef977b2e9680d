import json
import types
from unittest import mock

import pytest

from tests.unit.fakes import make_app
from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column




RESOURCES = [
    {'id': 'p2', 'name': 'beta', 'options': {'x': '1'}},
    {'id': 'p1', 'name': 'alpha', 'options': {}},
]


class ListThing(base.ResourceLister):
    """List things"""

    __module__ = 'openstackclient.fake.thing'
    columns = (
        Column('id', 'ID'),
        Column('name', 'Name'),
        Column('options', 'Options', cols.DictColumn, long=True),
    )

    def list_resources(self, parsed_args):
        return iter(RESOURCES)


class ListShort(base.ResourceLister):
    __module__ = 'openstackclient.fake.thing'
    columns = (Column('id', 'ID'),)

    def list_resources(self, parsed_args):
        return []


class ShowThing(base.ResourceShowOne):
    """Show thing details"""

    __module__ = 'openstackclient.fake.thing'
    columns = (
        Column('id', 'ID'),
        Column('options', 'Options', cols.DictColumn, long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('thing', metavar='<thing>')
        return parser

    def get_resource(self, parsed_args):
        return {'id': parsed_args.thing, 'options': {'b': 2, 'a': 1}}


def run(cls, argv):
    app = make_app()
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack thing').parse_args(argv)
    assert cmd.run(parsed) == 0
    return app.stdout.getvalue()


def test_long_added_only_when_a_column_is_long():
    long_parser = ListThing(make_app(), None).get_parser('x')
    short_parser = ListShort(make_app(), None).get_parser('x')
    assert long_parser.parse_args([]).long is False
    assert long_parser.parse_args(['--long']).long is True
    assert not hasattr(short_parser.parse_args([]), 'long')
    with pytest.raises(SystemExit):
        short_parser.parse_args(['--long'])


def test_lister_outputs_selected_columns():
    out = json.loads(run(ListThing, ['-f', 'json']))
    assert out == [{'ID': 'p2', 'Name': 'beta'}, {'ID': 'p1', 'Name': 'alpha'}]


def test_lister_long_uses_machine_readable_values():
    out = json.loads(run(ListThing, ['-f', 'json', '--long']))
    assert out[0] == {'ID': 'p2', 'Name': 'beta', 'Options': {'x': '1'}}


def test_lister_table_uses_human_readable_values_and_sorting():
    out = run(ListThing, ['--long', '--sort-column', 'Name'])
    lines = [line for line in out.splitlines() if '|' in line]
    assert 'ID' in lines[0] and 'Options' in lines[0]
    assert 'alpha' in lines[1] and 'beta' in lines[2]
    assert "x='1'" in lines[2]


def test_show_one_outputs_all_columns():
    out = run(ShowThing, ['t1', '-f', 'json'])
    assert json.loads(out) == {'ID': 't1', 'Options': {'a': 1, 'b': 2}}
    out = run(ShowThing, ['t1', '-c', 'Options'])
    assert "| Options | a='1', b='2' |" in out


def test_auth_required_by_default():
    for cls in (base.Command, base.Lister, base.ShowOne,
                base.ResourceLister, base.ResourceShowOne):
        assert cls.auth_required is True


def test_epilog_skips_distribution_scan_for_our_commands():
    cmd = ListThing(make_app(), None)
    cmd._epilog = 'See also: project show'
    with mock.patch('cliff.command._get_distribution_for_module') as scan:
        assert cmd.get_epilog() == 'See also: project show'
        cmd.get_parser('openstack thing list')
    scan.assert_not_called()


def test_epilog_includes_hook_epilogs():
    cmd = ListThing(make_app(), None)
    hook = types.SimpleNamespace(
        obj=types.SimpleNamespace(get_epilog=lambda: 'From a hook.'))
    cmd._hooks = [hook, types.SimpleNamespace(obj=None)]
    assert cmd.get_epilog() == '\n\nFrom a hook.'


def test_epilog_of_foreign_subclass_is_cliffs():
    class PluginCommand(base.Command):
        __module__ = 'someplugin.v1.thing'

        def take_action(self, parsed_args):
            return 0

    cmd = PluginCommand(make_app(), None)
    with mock.patch('cliff.command._get_distribution_for_module',
                    side_effect=['osc', 'someplugin']) as scan:
        epilog = cmd.get_epilog()
    assert scan.call_count == 2
    assert 'provided by the someplugin plugin' in epilog


def test_description_is_own_docstring_never_inherited():
    class Child(ListThing):
        __module__ = 'openstackclient.fake.thing'

    assert ListThing(make_app(), None).get_description() == 'List things'
    assert Child(make_app(), None).get_description() == ''

    class Described(ListThing):
        _description = 'Described here'

    assert Described(make_app(), None).get_description() == 'Described here'


def test_lister_with_hooks_namespace_loads():
    # A cmd_name makes cliff look for hooks in entry points: none here.
    cmd = ListThing(make_app(), None, cmd_name='thing list')
    assert list(cmd._hooks) == []
    assert cmd.get_epilog() == ''
