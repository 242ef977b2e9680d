"""The shell end to end, in process: exit codes and one-line errors."""

import json
import re

import pytest

from openstackclient import __version__
from openstackclient import shell
from openstackclient.cli import errors

CLOUDS = """
clouds:
  alpha:
    auth:
      auth_url: http://127.0.0.1:9/v3
      username: admin
      password: pw-alpha-1234
      project_name: admin
      user_domain_id: default
      project_domain_id: default
  beta:
    auth:
      auth_url: http://127.0.0.1:9/v3
      username: admin
      password: pw-beta-1234
"""


@pytest.fixture
def clouds_yaml(tmp_path, monkeypatch):
    path = tmp_path / 'clouds.yaml'
    path.write_text(CLOUDS)
    monkeypatch.setenv('OS_CLIENT_CONFIG_FILE', str(path))
    return path


def run(capsys, *argv):
    rc = shell.main(list(argv))
    out, err = capsys.readouterr()
    assert 'Traceback' not in err
    return rc, out, err


def test_version(capsys):
    rc, out, _ = run(capsys, '--version')
    assert rc == 0
    assert out.strip() == f'openstack {__version__}'


def test_global_help_lists_commands_with_summaries(capsys):
    rc, out, _ = run(capsys, '--help')
    assert rc == 0
    assert '--os-cloud <cloud-config-name>' in out
    assert '--os-password <auth-password>' in out
    assert '--os-compute-api-version' in out
    assert re.search(r'^  command list +List recognized commands by group$',
                     out, re.M)


def test_help_command(capsys):
    rc, out, _ = run(capsys, 'help', 'command', 'list')
    assert rc == 0
    assert out.startswith('usage: openstack command list')
    assert '--group <group-keyword>' in out


def test_command_help_option(capsys):
    rc, out, _ = run(capsys, 'command', 'list', '--help')
    assert rc == 0
    assert out.startswith('usage: openstack command list')


def test_command_list_json(capsys):
    rc, out, _ = run(capsys, 'command', 'list', '-f', 'json')
    assert rc == 0
    groups = {row['Command Group']: row['Commands']
              for row in json.loads(out)}
    assert groups['openstack.cli'] == ['command list', 'module list']
    assert 'configuration show' in groups['openstack.common']


def test_unknown_command_suggests(capsys):
    rc, out, err = run(capsys, 'comand', 'list')
    assert rc == errors.USAGE == 2
    assert out == ''
    lines = err.splitlines()
    assert lines[0] == ("openstack: 'comand list' is not an openstack "
                        "command. See 'openstack --help'.")
    assert 'Did you mean one of these?' in lines
    assert '  command list' in lines


def test_unknown_command_names_only_command_words(capsys):
    rc, _, err = run(capsys, 'tokn', 'issue', '-f', 'json')
    assert rc == 2
    assert err.startswith("openstack: 'tokn issue' is not an openstack")


def test_suggestions_ignore_option_values(capsys):
    _, _, plain = run(capsys, 'comand', 'list')
    rc, _, err = run(capsys, 'comand', 'list', '-f', 'json')
    assert rc == 2
    assert '  command list' in err.splitlines()
    assert err == plain  # '-f json' is no part of what was mistyped


def test_unknown_command_option(capsys):
    rc, _, err = run(capsys, 'command', 'list', '--bogus')
    assert rc == 2
    assert err == ('openstack command list: error: unrecognized arguments: '
                   "--bogus (see 'openstack help command list')\n")


def test_unknown_global_option(capsys):
    rc, _, err = run(capsys, '--bogus', 'command', 'list')
    assert rc == 2
    assert err.count('\n') == 1
    assert '--bogus' in err


def test_help_for_unknown_command(capsys):
    rc, _, err = run(capsys, 'help', 'nosuch', 'thing')
    assert rc == 2
    assert "'nosuch thing' is not an openstack command" in err


def test_no_credentials(capsys):
    rc, out, err = run(capsys, 'versions', 'show')
    assert rc == errors.AUTH
    assert err.count('\n') == 1
    assert '--os-cloud' in err and 'OS_CLOUD' in err


def test_unknown_cloud_lists_clouds(capsys, clouds_yaml):
    rc, _, err = run(capsys, '--os-cloud', 'gamma', 'versions', 'show')
    assert rc == errors.USAGE
    assert err.count('\n') == 1
    assert "Cloud 'gamma' is not defined" in err
    assert 'alpha, beta' in err
    assert str(clouds_yaml) in err


def test_unknown_cloud_without_clouds_yaml(capsys):
    rc, _, err = run(capsys, '--os-cloud', 'gamma', 'versions', 'show')
    assert rc == errors.USAGE
    assert 'no clouds.yaml was found' in err


def test_connection_refused_names_url(capsys, clouds_yaml):
    rc, _, err = run(capsys, '--os-cloud', 'alpha', 'versions', 'show')
    assert rc == errors.CONNECTION
    assert err == ('openstack: Unable to connect to '
                   'http://127.0.0.1:9/v3/auth/tokens: connection refused\n')


def test_debug_shows_traceback_only_with_debug(capsys, clouds_yaml):
    rc = shell.main(['--os-cloud', 'alpha', '--debug', 'versions', 'show'])
    _, err = capsys.readouterr()
    assert rc == errors.CONNECTION
    assert 'Traceback' in err
    assert 'pw-alpha-1234' not in err


def test_missing_user(capsys, monkeypatch):
    monkeypatch.setenv('OS_AUTH_URL', 'http://127.0.0.1:9/v3')
    monkeypatch.setenv('OS_PASSWORD', 'x-secret')
    rc, _, err = run(capsys, 'versions', 'show')
    assert rc == errors.AUTH
    assert err == ('openstack: Missing credentials: set a user '
                   '(--os-username, OS_USERNAME)\n')


def test_configuration_show_masks_secrets(capsys, clouds_yaml):
    rc, out, _ = run(capsys, '--os-cloud', 'alpha', 'configuration', 'show',
                     '-f', 'json')
    assert rc == 0
    data = json.loads(out)
    assert data['auth.password'] == '<redacted>'
    assert data['auth.username'] == 'admin'
    rc, out, _ = run(capsys, '--os-cloud', 'alpha', 'configuration', 'show',
                     '--unmask', '-f', 'json')
    assert json.loads(out)['auth.password'] == 'pw-alpha-1234'


def test_complete_prints_bash_script(capsys):
    rc, out, _ = run(capsys, 'complete')
    assert rc == 0
    assert '_openstack()' in out
    assert 'complete -F _openstack openstack' in out


@pytest.mark.parametrize('line, expected', [
    ('openstack com', ['command', 'complete', 'compute']),
    ('openstack command ', ['list']),
    ('openstack command list --gr', ['--group']),
    ('openstack command list -h --debug --gr', ['--group']),
    ('openstack command list x', []),
    ('openstack nosuch ', []),
])
def test_complete_candidates(capsys, monkeypatch, line, expected):
    monkeypatch.setenv('OPENSTACK_COMPLETE_LINE', line)
    rc, out, _ = run(capsys, 'complete')
    assert rc == 0
    assert out.split() == expected


def test_module_list(capsys):
    rc, out, _ = run(capsys, 'module', 'list', '-f', 'json')
    assert rc == 0
    assert json.loads(out)['openstackclient'] == __version__


def test_help_never_scans_every_distribution(capsys, monkeypatch):
    """cliff's epilog would read every installed package's file list."""
    import importlib.metadata

    from cliff import command as cliff_command

    def forbidden():
        raise AssertionError('packages_distributions() was called')

    monkeypatch.setattr(cliff_command, '_dists_by_mods', None)
    monkeypatch.setattr(importlib.metadata, 'packages_distributions',
                        forbidden)
    monkeypatch.setattr(cliff_command, 'packages_distributions', forbidden)
    rc, out, _ = run(capsys, 'help', 'command', 'list')
    assert rc == 0
    assert out.startswith('usage: openstack command list')


def test_interactive_mode_runs_commands_from_stdin(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    proc = subprocess.run(
        [sys.executable, '-m', 'openstackclient.shell'],
        input='command list -f value\nnosuch\nquit\n',
        capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0
    assert 'openstack.cli' in proc.stdout.split()
    assert "'nosuch' is not an openstack command" in proc.stderr


def test_sigterm_exits_143_after_cleanup(tmp_path):
    """SIGTERM unwinds like Ctrl-C (context managers run), exit 143."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time

    silent = socket.socket()
    silent.bind(('127.0.0.1', 0))
    silent.listen()
    port = silent.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env.update(OS_AUTH_URL=f'http://127.0.0.1:{port}/v3', OS_USERNAME='u',
               OS_PASSWORD='p', OS_PROJECT_NAME='p',
               OS_USER_DOMAIN_ID='default', OS_PROJECT_DOMAIN_ID='default')
    proc = subprocess.Popen(
        [sys.executable, '-c',
         'import sys; from openstackclient import shell; '
         'sys.exit(shell.main())', 'domain', 'list'],
        env=env, cwd=tmp_path, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        conn, _ = silent.accept()  # the CLI is now waiting for Keystone
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
        conn.close()
    finally:
        proc.kill()
        silent.close()
    assert proc.returncode == 143
    assert err == 'Terminated\n'
