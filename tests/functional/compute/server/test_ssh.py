"""server ssh against a real server's addresses, with a fake ``ssh`` first
on PATH that prints what it was given and exits 42: the test sees the
address, user and options the command chose, and that ssh replaced the
``openstack`` process (same PID, the test's child; never the warm
server's), so its exit code is the command's."""

import os
import subprocess
import sys

import pytest

FAKE_SSH = """#!/bin/sh
echo "pid=$$ ppid=$PPID"
for arg in "$@"; do printf 'arg=%s\\n' "$arg"; done
exit 42
"""


@pytest.fixture(scope='module')
def fake_path(tmp_path_factory):
    folder = tmp_path_factory.mktemp('fake-ssh')
    script = folder / 'ssh'
    script.write_text(FAKE_SSH)
    script.chmod(0o755)
    return str(folder)


@pytest.fixture
def ssh(devcloud, fake_path):
    """ssh(*args, cloud=...) -> (rc, [ssh's args], pid line, stderr)."""
    exe = os.path.join(os.path.dirname(sys.executable), 'openstack')

    def run(*args, cloud='devcloud-admin', path=None):
        env = devcloud.cloud_env(cloud)
        env['PATH'] = path if path is not None else \
            fake_path + os.pathsep + env.get('PATH', '')
        proc = subprocess.run([exe, '--os-cloud', cloud, 'server', 'ssh',
                               *args], env=env, capture_output=True,
                              text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        lines = proc.stdout.splitlines()
        pids = lines[0] if lines and lines[0].startswith('pid=') else None
        argv = [line[4:] for line in lines if line.startswith('arg=')]
        return proc.returncode, argv, pids, proc.stderr

    return run


@pytest.fixture(scope='module')
def address(openstack, server):
    """The server's address on the devcloud's network, named 'public'."""
    shown = openstack('server', 'show', server['id'], parse_json=True).json
    (addr,) = shown['addresses']['public']
    return addr


def test_default_address_and_user(ssh, server, address, devcloud):
    rc, argv, pids, stderr = ssh(server['name'])
    assert rc == 42, stderr
    assert argv == [address, '-l', devcloud.admin['username']]
    # ssh took over the openstack process this test started.
    assert pids.endswith(f'ppid={os.getpid()}')
    assert stderr == ''


def test_private_is_the_fixed_address(ssh, server, address):
    rc, argv, _, _ = ssh(server['id'], '--private', '-4')
    assert rc == 42
    assert argv[0] == address


def test_ssh_args_after_double_dash(ssh, server, address):
    rc, argv, _, _ = ssh('--private', server['id'], '--', '-A', '-l',
                         'cirros', 'echo "two words"; uptime')
    assert rc == 42
    # Passed as they are (no shell), and -l is the user's own.
    assert argv == [address, '-A', '-l', 'cirros', 'echo "two words"; uptime']


def test_deprecated_options_still_work(ssh, server, address):
    rc, argv, _, stderr = ssh(server['id'], '--login', 'me', '--port',
                              '2222', '-i', '/dev/null', '-o',
                              'StrictHostKeyChecking=no')
    assert rc == 42
    assert argv == [address, '-p', '2222', '-i', '/dev/null', '-o',
                    'StrictHostKeyChecking=no', '-l', 'me']
    assert 'deprecated' in stderr


def test_demo_user_logs_in_as_itself(ssh, boot, devcloud):
    made = boot(cloud='devcloud-demo')
    rc, argv, _, _ = ssh(made['id'], cloud='devcloud-demo')
    assert rc == 42
    assert argv[-2:] == ['-l', devcloud.demo['username']]


@pytest.mark.parametrize('args, message', [
    (['--address-type', 'floating'], 'No floating IPv4 or IPv6 address'),
    (['-6'], 'No public IPv6 address'),
])
def test_no_such_address_is_one_line(ssh, server, args, message):
    rc, argv, pids, stderr = ssh(server['id'], *args)
    assert rc == 1
    assert pids is None and argv == []
    assert stderr == (f'openstack: {message} found for server '
                      f'{server["id"]}\n')


def test_unknown_server(ssh):
    rc, _, pids, stderr = ssh('fn-no-such-server')
    assert rc == 5 and pids is None
    assert stderr.count('\n') == 1 and 'fn-no-such-server' in stderr


def test_no_ssh_on_path(ssh, server, tmp_path):
    rc, _, _, stderr = ssh(server['id'], path=str(tmp_path))
    assert rc == 1
    assert stderr == ('openstack: ssh was not found on PATH; install an '
                      'OpenSSH client\n')
