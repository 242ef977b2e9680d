"""Unit tests: server set and server unset."""

import pytest
from openstack.compute.v2 import server as sdk_server

from openstackclient.cli import errors
from openstackclient.compute.v2.server import set as server_set
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web')


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.find_server.return_value = SERVER
    return proxy


def test_set_everything(compute):
    cf.run(server_set.SetServer,
           ['web', '--name', 'new', '--description', 'd', '--hostname', 'h',
            '--property', 'a=1', '--property', 'b=2', '--tag', 'x',
            '--tag', 'y', '--password', 'sekrit-pw'], compute)
    compute.update_server.assert_called_once_with(
        SERVER, name='new', description='d', hostname='h')
    compute.set_server_metadata.assert_called_once_with(SERVER, a='1', b='2')
    compute.change_server_password.assert_called_once_with(SERVER,
                                                           'sekrit-pw')
    assert [c.kwargs['tag'] for c in
            compute.add_tag_to_server.call_args_list] == ['x', 'y']
    compute.reset_server_state.assert_not_called()


def test_set_nothing_changes_nothing(compute):
    cf.run(server_set.SetServer, ['web'], compute)
    for method in ('update_server', 'set_server_metadata',
                   'change_server_password', 'clear_server_password',
                   'add_tag_to_server', 'reset_server_state'):
        getattr(compute, method).assert_not_called()


def test_no_password_clears_it(compute):
    cf.run(server_set.SetServer, ['web', '--no-password'], compute)
    compute.clear_server_password.assert_called_once_with(SERVER)


def test_password_options_exclude_each_other(compute):
    with pytest.raises(SystemExit):
        cf.run(server_set.SetServer, ['web', '--password', 'x',
                                      '--no-password'], compute)


def test_state_with_auto_approve(compute):
    cf.run(server_set.SetServer, ['web', '--state', 'error',
                                  '--auto-approve'], compute)
    compute.reset_server_state.assert_called_once_with(SERVER, state='error')


def test_state_only_active_or_error(compute):
    with pytest.raises(SystemExit):
        cf.run(server_set.SetServer, ['web', '--state', 'shutoff'], compute)


def test_state_without_a_terminal_is_a_usage_error(compute):
    with pytest.raises(errors.UsageError) as caught:
        cf.run(server_set.SetServer, ['web', '--state', 'error',
                                      '--name', 'n'], compute)
    assert 'asks on a terminal' in str(caught.value)
    compute.update_server.assert_not_called()


class _Tty:
    def isatty(self):
        return True


def _with_tty(monkeypatch, answers):
    answers = iter(answers)
    monkeypatch.setattr(server_set.getpass, 'getpass',
                        lambda prompt='': next(answers))
    original = server_set.SetServer._terminal

    def terminal(self, what):
        self.app.stdin = _Tty()
        return original(self, what)

    monkeypatch.setattr(server_set.SetServer, '_terminal', terminal)


def test_state_answered_no_changes_nothing(compute, monkeypatch):
    _with_tty(monkeypatch, ['maybe', 'n'])
    cf.run(server_set.SetServer, ['web', '--state', 'active',
                                  '--name', 'n'], compute)
    compute.reset_server_state.assert_not_called()
    compute.update_server.assert_called_once_with(SERVER, name='n')


def test_state_answered_yes(compute, monkeypatch):
    _with_tty(monkeypatch, ['y'])
    cf.run(server_set.SetServer, ['web', '--state', 'active'], compute)
    compute.reset_server_state.assert_called_once_with(SERVER,
                                                       state='active')


def test_root_password_prompts_twice(compute, monkeypatch):
    _with_tty(monkeypatch, ['pw-1234', 'pw-1234'])
    cf.run(server_set.SetServer, ['web', '--root-password'], compute)
    compute.change_server_password.assert_called_once_with(SERVER, 'pw-1234')


def test_root_password_mismatch_changes_nothing(compute, monkeypatch):
    _with_tty(monkeypatch, ['pw-1234', 'pw-5678'])
    with pytest.raises(errors.CommandError) as caught:
        cf.run(server_set.SetServer, ['web', '--root-password'], compute)
    assert str(caught.value) == 'Passwords do not match, password unchanged'
    compute.change_server_password.assert_not_called()


@pytest.mark.parametrize('argv, version, option', [
    (['--description', 'd'], '2.18', '--description'),
    (['--tag', 't'], '2.25', '--tag'),
    (['--hostname', 'h'], '2.89', '--hostname'),
    (['--pinned-availability-zone', 'az'], '2.103',
     '--pinned-availability-zone'),
])
def test_set_options_need_their_microversion_before_any_change(
        compute, argv, version, option):
    with pytest.raises(errors.UsageError) as caught:
        cf.run(server_set.SetServer, ['web', '--name', 'n',
                                      '--property', 'a=b'] + argv,
               compute, version=version)
    assert str(caught.value).startswith(f'{option} needs ')
    compute.update_server.assert_not_called()
    compute.set_server_metadata.assert_not_called()


def test_pinned_availability_zone_sent_at_2_104(compute):
    seen = []
    compute.update_server.side_effect = (
        lambda *a, **kw: seen.append(compute.default_microversion))
    cf.run(server_set.SetServer,
           ['web', '--pinned-availability-zone', 'nova', '--name', 'n'],
           compute)
    compute.update_server.assert_called_once_with(
        SERVER, name='n', pinned_availability_zone='nova')
    assert seen == ['2.104']
    assert compute.default_microversion is None   # not kept for later


def test_password_is_registered_as_a_secret(compute):
    from openstackclient.cli import redact
    cf.run(server_set.SetServer, ['web', '--password', 'Unique-pw-42'],
           compute)
    assert 'Unique-pw-42' not in redact.redact('x Unique-pw-42 y')


def test_unset_properties_description_tags(compute):
    cf.run(server_set.UnsetServer,
           ['web', '--property', 'a', '--property', 'b', '--description',
            '--tag', 'x', '--tag', 'y'], compute)
    compute.delete_server_metadata.assert_called_once_with(SERVER,
                                                           ['a', 'b'])
    compute.update_server.assert_called_once_with(SERVER, description='')
    assert [c.args[1] for c in
            compute.remove_tag_from_server.call_args_list] == ['x', 'y']
    compute.remove_tags_from_server.assert_not_called()


def test_unset_all(compute):
    cf.run(server_set.UnsetServer, ['web', '--all-properties', '--all-tags',
                                    '--pinned-availability-zone'], compute)
    compute.delete_server_metadata.assert_called_once_with(SERVER, None)
    compute.remove_tags_from_server.assert_called_once_with(SERVER)
    compute.update_server.assert_called_once_with(
        SERVER, pinned_availability_zone=None)


def test_unset_nothing_changes_nothing(compute):
    cf.run(server_set.UnsetServer, ['web'], compute)
    compute.delete_server_metadata.assert_not_called()
    compute.update_server.assert_not_called()


@pytest.mark.parametrize('argv', [['--property', 'a', '--all-properties'],
                                  ['--tag', 'a', '--all-tags']])
def test_unset_exclusive_options(compute, argv):
    with pytest.raises(SystemExit):
        cf.run(server_set.UnsetServer, ['web'] + argv, compute)


@pytest.mark.parametrize('argv, version', [
    (['--description'], '2.18'), (['--tag', 't'], '2.25'),
    (['--all-tags'], '2.25'), (['--pinned-availability-zone'], '2.103')])
def test_unset_microversions_checked_before_any_change(compute, argv,
                                                       version):
    with pytest.raises(errors.UsageError):
        cf.run(server_set.UnsetServer, ['web', '--property', 'a'] + argv,
               compute, version=version)
    compute.delete_server_metadata.assert_not_called()
