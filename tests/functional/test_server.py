"""The warm server against the devcloud: served runs behave as local ones.

The functional suite as a whole runs through the server (it is on by
default); these tests check what only a served run could get wrong:
output identical to an in-process run, and signals passed on.
"""

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from openstackclient import server

EXE = os.path.join(os.path.dirname(sys.executable), 'openstack')


@pytest.fixture
def env(devcloud):
    env = devcloud.cloud_env('devcloud-admin')
    env.pop(server.ENV, None)
    return env


@pytest.fixture
def container(openstack, unique_name):
    name = unique_name('ctr')
    openstack('container', 'create', name)
    yield name
    openstack('container', 'delete', '--recursive', name, check=False)


def run(env, *args, **extra):
    return subprocess.run([EXE, *args], env=dict(env, **extra),
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def served(env, *args):
    """Run until a run is served (the first may start the server)."""
    for _ in range(50):
        proc = run(env, *args, PYTHONPROFILEIMPORTTIME='1')
        if not any('cliff.app' in line for line in proc.stderr.splitlines()
                   if line.startswith('import time:')):
            proc.stderr = ''.join(
                line for line in proc.stderr.splitlines(keepends=True)
                if not line.startswith('import time:'))
            return proc
        time.sleep(0.2)
    raise AssertionError('no run was served')


def test_served_output_is_the_in_process_output(env):
    local = run(env, 'project', 'list', '-f', 'json', '--sort-column', 'ID',
                **{server.ENV: '0'})
    remote = served(env, 'project', 'list', '-f', 'json', '--sort-column',
                    'ID')
    assert remote.returncode == local.returncode == 0
    assert json.loads(remote.stdout) == json.loads(local.stdout)


def test_served_failure_is_the_same_line_and_code(env):
    local = run(env, 'project', 'show', 'fn-no-such-project',
                **{server.ENV: '0'})
    remote = served(env, 'project', 'show', 'fn-no-such-project')
    assert remote.returncode == local.returncode == 5
    assert remote.stderr == local.stderr


@pytest.mark.parametrize('signum, code, word', [
    (signal.SIGINT, 130, 'Interrupted'),
    (signal.SIGTERM, 143, 'Terminated'),
])
def test_signals_reach_the_command(env, container, signum, code, word):
    served(env, 'container', 'show', container)     # a server is up
    # An upload from a pipe that never ends: the command waits on stdin.
    # With the dispositions a terminal's foreground job has, even when
    # pytest runs as a background job (which ignores SIGINT).
    proc = subprocess.Popen(
        [EXE, 'object', 'create', '--name', 'never', container, '-'],
        env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        proc.stdin.write('some bytes, then nothing')
        proc.stdin.flush()
        time.sleep(2)
        assert proc.poll() is None
        proc.send_signal(signum)
        proc.wait(timeout=30)       # stdin still open: no end of data
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert word in err and 'Traceback' not in err
    listed = run(env, 'object', 'list', container, '-f', 'value')
    assert 'never' not in listed.stdout
