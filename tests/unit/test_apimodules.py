"""Plugins' API modules: recorded once, then stood in for until used."""

import argparse
import io
import os
import sys
import textwrap

import pytest

from openstackclient import apimodules
from openstackclient import registry

CONVENTIONAL = '''
import os
API_NAME = 'fnthing'
API_VERSION_OPTION = 'os_fnthing_api_version'
API_VERSIONS = {'1': 'x.Client'}
LOADED = True

def make_client(instance):
    return ('client', instance)

def build_option_parser(parser):
    parser.add_argument(
        '--os-fnthing-api-version', metavar='<fnthing-api-version>',
        default=os.environ.get('OS_FNTHING_API_VERSION') or '1',
        help='Thing API version')
    parser.add_argument('--os-fnthing-retries', type=int, default=3)
    return parser
'''


@pytest.fixture
def plugin(tmp_path, monkeypatch):
    """Write module ``name`` with ``source``; its entry points' table."""
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path / 'cache'))
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ('OS_FNTHING_API_VERSION', 'OS_FNTHING_RETRIES',
                 'FNTHING_VERSION'):
        monkeypatch.delenv(name, raising=False)
    made = []

    def make(source, name='fn_plugin_mod'):
        path = tmp_path / f'{name}.py'
        path.write_text(textwrap.dedent(source))
        made.append(name)
        sys.modules.pop(name, None)
        ep = registry.EntryPoint(registry.EXTENSION_API_GROUP, 'fnthing',
                                 name, 'fn-plugin', '1.0')
        return registry.CommandTable([ep], key='k1')

    yield make
    for name in made:
        sys.modules.pop(name, None)


def load(table):
    err = io.StringIO()
    return apimodules.load(table, err), err.getvalue()


def parse(modules, *argv):
    parser = argparse.ArgumentParser()
    for module in modules:
        module.build_option_parser(parser)
    return parser.parse_args(list(argv))


def test_second_run_does_not_import_the_module(plugin, monkeypatch):
    table = plugin(CONVENTIONAL)
    (first,), _ = load(table)
    assert first.LOADED                    # imported, and recorded
    sys.modules.pop('fn_plugin_mod')
    (lazy,), err = load(table)
    assert err == '' and 'fn_plugin_mod' not in sys.modules
    assert isinstance(lazy, apimodules.LazyModule)
    assert (lazy.API_NAME, lazy.API_VERSION_OPTION) == (
        'fnthing', 'os_fnthing_api_version')
    assert lazy.API_EXTENSIONS is None and 'fn_plugin_mod' not in sys.modules
    options = parse([lazy], '--os-fnthing-retries', '5')
    assert (options.os_fnthing_api_version, options.os_fnthing_retries) == (
        '1', 5)
    # The variable is read as the plugin reads it, at this run.
    monkeypatch.setenv('OS_FNTHING_API_VERSION', '1.5')
    assert parse([lazy]).os_fnthing_api_version == '1.5'
    assert 'fn_plugin_mod' not in sys.modules
    # The client's factory is the module's own: it is imported now.
    assert lazy.make_client('cm') == ('client', 'cm')
    assert lazy.API_VERSIONS == {'1': 'x.Client'}
    assert 'fn_plugin_mod' in sys.modules


def test_a_default_from_another_variable_is_imported_each_run(
        plugin, monkeypatch):
    table = plugin('''
        import os
        API_NAME = 'fnthing'
        def build_option_parser(parser):
            parser.add_argument('--os-fnthing-api-version',
                                default=os.environ.get('FNTHING_VERSION', '1'))
    ''')
    monkeypatch.setenv('FNTHING_VERSION', '2')
    load(table)
    (again,), _ = load(table)
    assert not isinstance(again, apimodules.LazyModule)
    assert parse([again]).os_fnthing_api_version == '2'


@pytest.mark.parametrize('option', [
    "parser.add_argument('--os-fnthing-when', type=lambda s: s)",
    "parser.add_argument('--os-fnthing-x', action=argparse.Action)",
    "parser.add_mutually_exclusive_group()",
    "parser.add_argument_group('thing').add_argument('--os-fnthing-y')",
])
def test_options_that_cannot_be_replayed_keep_the_import(plugin, option):
    table = plugin(f'''
        import argparse
        API_NAME = 'fnthing'
        def build_option_parser(parser):
            {option}
    ''')
    load(table)
    (again,), _ = load(table)
    assert not isinstance(again, apimodules.LazyModule)


def test_a_changed_module_is_recorded_again(plugin, tmp_path):
    table = plugin(CONVENTIONAL)
    load(table)
    path = tmp_path / 'fn_plugin_mod.py'
    path.write_text(CONVENTIONAL.replace("or '1'", "or '2'"))
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    sys.modules.pop('fn_plugin_mod')
    (module,), _ = load(table)
    assert not isinstance(module, apimodules.LazyModule)
    (lazy,), _ = load(table)
    assert isinstance(lazy, apimodules.LazyModule)
    assert parse([lazy]).os_fnthing_api_version == '2'


def test_a_broken_module_is_reported_every_run_and_left_out(plugin):
    table = plugin("raise RuntimeError('fn cannot start')")
    for _ in range(2):
        modules, err = load(table)
        assert modules == []
        assert err == ('WARNING: Failed to import plugin '
                       'openstack.cli.extension:fnthing (fn-plugin): '
                       'fn cannot start\n')


def test_our_api_modules_are_imported(plugin):
    ep = registry.EntryPoint(registry.BASE_API_GROUP, 'compute',
                             'openstackclient.compute.client',
                             'openstackclient', '0.1')
    table = registry.CommandTable([ep], key='k2')
    for _ in range(2):
        (module,), _ = load(table)
        assert module.__name__ == 'openstackclient.compute.client'
