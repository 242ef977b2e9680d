"""The warm server: the real ``openstack`` script, a real server process.

These run the installed ``openstack`` as a subprocess, twice: the first
run starts a server (and runs the command itself), the second is served.
No cloud is needed: ``configuration show`` reads clouds.yaml only.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pytest

from openstackclient import server

EXE = os.path.join(os.path.dirname(sys.executable), 'openstack')
CLOUDS = """\
clouds:
  here:
    auth:
      auth_url: http://keystone.test/v3
      username: someone
      password: pw-server-test
    region_name: RegionTest
"""


@pytest.fixture
def runtime(monkeypatch):
    """A short private XDG_RUNTIME_DIR (socket paths are limited)."""
    path = tempfile.mkdtemp(prefix='osc-', dir='/tmp')
    monkeypatch.setenv('XDG_RUNTIME_DIR', path)
    monkeypatch.delenv(server.ENV, raising=False)
    yield path
    for pid in _servers(path):
        try:
            os.kill(pid, signal.SIGTERM)
        except OSError:
            pass
    shutil.rmtree(path, ignore_errors=True)


def _servers(runtime):
    pids = []
    for entry in os.listdir('/proc'):
        if not entry.isdigit():
            continue
        try:
            with open(f'/proc/{entry}/cmdline', 'rb') as f:
                cmdline = f.read().decode(errors='replace')
        except OSError:
            continue
        if 'openstackclient.server' in cmdline and runtime in cmdline:
            pids.append(int(entry))
    return pids


@pytest.fixture
def cloud_dir(tmp_path):
    (tmp_path / 'clouds.yaml').write_text(CLOUDS)
    return tmp_path


def run(*args, cwd, env=None, importtime=False):
    env = dict(os.environ, **(env or {}))
    if importtime:
        env['PYTHONPROFILEIMPORTTIME'] = '1'
    return subprocess.run([EXE, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def wait_for_socket(runtime):
    """Until a server answers in ``runtime`` (its imports take a while)."""
    folder = os.path.join(runtime, 'openstackclient')
    for _ in range(200):
        names = os.listdir(folder) if os.path.isdir(folder) else []
        if any(server._answers(os.path.join(folder, n))
               for n in names if n.endswith('.sock')):
            return
        time.sleep(0.1)
    raise AssertionError('no server answered')


def cliff_imported(stderr):
    return any('cliff.app' in line for line in stderr.splitlines()
               if line.startswith('import time:'))


def test_second_run_is_served_with_the_same_output(runtime, cloud_dir):
    args = ('--os-cloud', 'here', 'configuration', 'show', '-f', 'json')
    first = run(*args, cwd=cloud_dir)
    assert first.returncode == 0, first.stderr
    wait_for_socket(runtime)
    second = run(*args, cwd=cloud_dir, importtime=True)
    assert second.returncode == 0
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert json.loads(second.stdout)['region_name'] == 'RegionTest'
    # Served: this process imported no cliff (the server's child did).
    assert not cliff_imported(second.stderr)
    assert 'pw-server-test' not in second.stdout


def test_served_error_keeps_its_line_and_exit_code(runtime, cloud_dir):
    run('--os-cloud', 'here', 'configuration', 'show', cwd=cloud_dir)
    wait_for_socket(runtime)
    local = run('--os-cloud', 'nowhere', 'configuration', 'show',
                cwd=cloud_dir, env={server.ENV: '0'})
    served = run('--os-cloud', 'nowhere', 'configuration', 'show',
                 cwd=cloud_dir, importtime=True)
    assert served.returncode == local.returncode == 2
    assert not cliff_imported(served.stderr)
    errors = [line for line in served.stderr.splitlines()
              if not line.startswith('import time:')]
    assert errors == local.stderr.splitlines()


def test_environment_and_folder_are_the_clients(runtime, cloud_dir,
                                                tmp_path):
    run('--os-cloud', 'here', 'configuration', 'show', cwd=cloud_dir)
    wait_for_socket(runtime)
    other = tmp_path / 'elsewhere'
    other.mkdir()
    (other / 'clouds.yaml').write_text(CLOUDS.replace('RegionTest',
                                                      'RegionOther'))
    served = run('configuration', 'show', '-f', 'json', cwd=other,
                 env={'OS_CLOUD': 'here'}, importtime=True)
    assert served.returncode == 0, served.stderr
    assert not cliff_imported(served.stderr)
    assert json.loads(served.stdout.split('\nimport')[0])[
        'region_name'] == 'RegionOther'


def test_turned_off_starts_no_server(runtime, cloud_dir):
    for _ in range(2):
        result = run('--os-cloud', 'here', 'configuration', 'show',
                     cwd=cloud_dir, env={server.ENV: '0'})
        assert result.returncode == 0
    assert not os.path.exists(os.path.join(runtime, 'openstackclient'))
    assert _servers(runtime) == []


def test_folder_open_to_others_is_not_used(runtime, cloud_dir):
    folder = os.path.join(runtime, 'openstackclient')
    os.makedirs(folder)
    os.chmod(folder, 0o755)
    for _ in range(2):
        result = run('--os-cloud', 'here', 'configuration', 'show',
                     cwd=cloud_dir)
        assert result.returncode == 0
    assert os.listdir(folder) == []
    assert _servers(runtime) == []


def test_socket_name_follows_the_installed_state(runtime):
    assert server.socket_path('a') != server.socket_path('b')
    assert server.socket_path('a') == server.socket_path('a')
    assert server.socket_path('a').startswith(
        os.path.join(runtime, 'openstackclient') + os.sep)


def test_a_stale_socket_is_replaced(runtime, cloud_dir):
    import socket

    args = ('--os-cloud', 'here', 'configuration', 'show')
    run(*args, cwd=cloud_dir)
    wait_for_socket(runtime)
    folder = os.path.join(runtime, 'openstackclient')
    (name,) = os.listdir(folder)
    for pid in _servers(runtime):
        os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    # What a server killed outright leaves: a socket nobody listens on.
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        dead = socket.socket(socket.AF_UNIX)
        dead.bind(path)
        dead.close()
    result = run(*args, cwd=cloud_dir)
    assert result.returncode == 0
    wait_for_socket(runtime)
    served = run(*args, cwd=cloud_dir, importtime=True)
    assert served.returncode == 0 and not cliff_imported(served.stderr)
