"""Functional tests: a plugin whose import raises breaks nothing else.

The plugin is a package and its ``.dist-info`` in a temporary folder put
on PYTHONPATH, so entry points find it for these runs only (the shared
venv stays clean). It registers an API module and a command; both
modules raise on import.
"""

import os
import subprocess
import sys

import pytest

EXE = os.path.join(os.path.dirname(sys.executable), 'openstack')
ENTRY_POINTS = """\
[openstack.cli.extension]
brokenapi = fn_broken_plugin.client

[openstack.brokenapi.v1]
broken_thing_list = fn_broken_plugin.v1:ListThing
"""


@pytest.fixture
def broken_env(devcloud, tmp_path):
    package = tmp_path / 'fn_broken_plugin'
    package.mkdir()
    (package / '__init__.py').write_text('')
    (package / 'client.py').write_text(
        "raise RuntimeError('fn-broken-plugin cannot start')\n")
    (package / 'v1.py').write_text("raise ImportError('no such thing')\n")
    info = tmp_path / 'fn_broken_plugin-1.0.dist-info'
    info.mkdir()
    (info / 'METADATA').write_text(
        'Metadata-Version: 2.1\nName: fn-broken-plugin\nVersion: 1.0\n')
    (info / 'entry_points.txt').write_text(ENTRY_POINTS)
    env = devcloud.cloud_env('devcloud-admin')
    env['PYTHONPATH'] = str(tmp_path)
    env['OPENSTACKCLIENT_SERVER'] = '0'
    return env


def run(env, *args):
    return subprocess.run([EXE, *args], env=env, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120)


def test_other_commands_keep_working(broken_env, devcloud):
    clean = run(devcloud.cloud_env('devcloud-admin'), 'project', 'show',
                'admin', '-f', 'value', '-c', 'name')
    broken = run(broken_env, 'project', 'show', 'admin', '-f', 'value',
                 '-c', 'name')
    assert (broken.returncode, broken.stdout) == (0, clean.stdout)
    warning, = broken.stderr.strip().splitlines()
    assert warning.startswith('WARNING: Failed to import plugin '
                              'openstack.cli.extension:brokenapi '
                              '(fn-broken-plugin)')
    assert 'cannot start' in warning and 'Traceback' not in broken.stderr
    missing = run(broken_env, 'project', 'show', 'fn-no-such-project')
    assert missing.returncode == 5


def test_debug_shows_the_traceback(broken_env):
    result = run(broken_env, '--debug', 'versions', 'show', '-f', 'value')
    assert result.returncode == 0
    assert 'Traceback' in result.stderr
    assert 'fn-broken-plugin cannot start' in result.stderr


def test_help_and_command_list_still_work(broken_env):
    assert run(broken_env, '--help').returncode == 0
    listed = run(broken_env, 'command', 'list', '-f', 'value')
    assert listed.returncode == 0
    assert 'server list' in listed.stdout
