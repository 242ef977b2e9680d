"""Unit tests: server ssh (address choice, ssh's argv, the exec)."""

import types

import pytest
from openstack.compute.v2 import server as sdk_server

from openstackclient import shell
from openstackclient.cli import errors
from openstackclient.compute.v2.server import ssh
from tests.unit.compute.v2 import compute_fakes as cf


def _addr(addr, version=4, kind='fixed'):
    return {'addr': addr, 'version': version, 'OS-EXT-IPS:type': kind}


ADDRESSES = {
    'private-net': [_addr('10.0.0.5'), _addr('fd00::5', 6),
                    _addr('172.24.4.9', kind='floating')],
}


@pytest.fixture
def run(monkeypatch):
    execs = []
    monkeypatch.setattr(ssh.SshServer, 'exec_program',
                        staticmethod(lambda f, argv: execs.append(argv)))

    def go(argv, addresses=ADDRESSES, username='alice'):
        compute = cf.proxy()
        compute.find_server.return_value = sdk_server.Server(
            id='s1', name='web', addresses=addresses)
        cf.run(ssh.SshServer, argv, compute,
               auth_ref=types.SimpleNamespace(username=username))
        compute.find_server.assert_called_once_with(
            argv[0] if not argv[0].startswith('-') else 'web',
            ignore_missing=False, details=True)
        return execs[-1]

    return go


def test_default_is_the_floating_address_as_the_user(run):
    assert run(['web']) == ['ssh', '172.24.4.9', '-l', 'alice']


def test_private_and_families(run):
    assert run(['web', '--private'])[:2] == ['ssh', '10.0.0.5']
    assert run(['web', '--private', '-6'])[:2] == ['ssh', 'fd00::5']
    assert run(['web', '--address-type', 'fixed', '-4'])[1] == '10.0.0.5'


def test_network_named_after_the_type_comes_first(run):
    addresses = {'public': [_addr('fd00::9', 6), _addr('172.24.4.3')],
                 'other': [_addr('192.0.2.1', kind='floating')]}
    assert run(['web'], addresses)[1] == 'fd00::9'
    assert run(['web', '-4'], addresses)[1] == '172.24.4.3'


def test_plain_string_addresses():
    addresses = {'net': ['10.0.0.1', '172.24.4.1']}
    assert ssh.choose_address(addresses, 'private', [4, 6]) == '10.0.0.1'
    assert ssh.choose_address(addresses, 'public', [4, 6]) == '172.24.4.1'


def test_ssh_args_after_double_dash_wherever_the_server_is(run):
    assert run(['web', '--private', '--', '-A', '-l', 'cirros', 'uptime',
                '--', 'x']) == \
        ['ssh', '10.0.0.5', '-A', '-l', 'cirros', 'uptime', '--', 'x']
    assert run(['--private', 'web', '--', '-t']) == \
        ['ssh', '10.0.0.5', '-t', '-l', 'alice']


def test_deprecated_options_follow_ssh_args(run, caplog):
    argv = run(['web', '-l', 'me', '-p', '2222', '-i', 'key', '-o',
                'A=b', '-v', '--', '-t'])
    assert argv == ['ssh', '172.24.4.9', '-t', '-p', '2222', '-i', 'key',
                    '-o', 'A=b', '-l', 'me', '-v']
    assert 'deprecated' in caplog.text


def test_no_matching_address_is_one_line(run):
    with pytest.raises(errors.CommandError) as caught:
        run(['web', '--public', '-6'], {'n': [_addr('10.0.0.5')]})
    assert str(caught.value) == \
        'No public IPv6 address found for server web'
    assert caught.value.exit_code == errors.FAILURE


def test_missing_ssh_is_one_line(monkeypatch):
    def missing(program, argv):
        raise FileNotFoundError(2, 'No such file')

    monkeypatch.setattr(ssh.SshServer, 'exec_program', staticmethod(missing))
    compute = cf.proxy()
    compute.find_server.return_value = sdk_server.Server(
        id='s1', name='web', addresses=ADDRESSES)
    with pytest.raises(errors.CommandError) as caught:
        cf.run(ssh.SshServer, ['web'], compute,
               auth_ref=types.SimpleNamespace(username='alice'))
    assert 'ssh was not found on PATH' in str(caught.value)


@pytest.mark.parametrize('argv, served', [
    (['server', 'ssh', 'web', '--', '-t'], False),
    (['server', 'show', 'web'], True)])
def test_server_ssh_never_runs_in_the_warm_server(monkeypatch, argv,
                                                  served):
    """ssh replaces the process: it must be ``openstack``'s own, which has
    the user's terminal, not the server's child."""
    from openstackclient import app as app_module
    from openstackclient import server

    asked = []
    monkeypatch.setattr(server, 'run',
                        lambda argv, key: asked.append(argv) or 0)
    monkeypatch.setattr(app_module.OpenStackShell, 'run',
                        lambda self, argv: 42)
    assert shell._main(argv) == (0 if served else 42)
    assert bool(asked) is served
