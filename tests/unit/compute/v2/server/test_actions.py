"""Unit tests: server start/stop/pause/.../shelve/unshelve/rescue/reboot."""

from unittest import mock

import pytest
from openstack import exceptions as sdk_exceptions
from openstack.compute.v2 import server as sdk_server

from openstackclient.cli import errors
from openstackclient.compute.v2.server import actions
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf


def _server(name, status='ACTIVE'):
    return sdk_server.Server(id='id-' + name, name=name, status=status)


@pytest.fixture
def compute():
    compute = cf.proxy()

    def find(name, **kw):
        if name == 'gone':
            raise sdk_exceptions.ResourceNotFound('No Server found for gone')
        return _server(name)

    compute.find_server.side_effect = find
    return compute


@pytest.mark.parametrize('cls, method', [
    (actions.StartServer, 'start_server'),
    (actions.StopServer, 'stop_server'),
    (actions.PauseServer, 'pause_server'),
    (actions.UnpauseServer, 'unpause_server'),
    (actions.SuspendServer, 'suspend_server'),
    (actions.ResumeServer, 'resume_server'),
    (actions.RestoreServer, 'restore_server'),
    (actions.UnlockServer, 'unlock_server'),
    (actions.LockServer, 'lock_server'),
])
def test_simple_actions_call_nova_once_per_server(compute, cls, method):
    cf.run(cls, ['a', 'b'], compute)
    called = getattr(compute, method).call_args_list
    assert sorted(c.args[0].id for c in called) == ['id-a', 'id-b']


def test_start_stop_have_all_projects(compute):
    cf.run(actions.StopServer, ['a', '--all-projects'], compute)
    compute.find_server.assert_called_once_with(
        'a', ignore_missing=False, details=False, all_projects=True)
    parsed, _, _ = cf.run(actions.PauseServer, ['a'], compute)
    assert not hasattr(parsed, 'all_projects')


def test_failures_one_line_each_and_summary(compute):
    compute.pause_server.side_effect = [
        None, sdk_exceptions.ConflictException('Cannot pause')]
    with pytest.raises(errors.CommandError) as caught:
        cf.run(actions.PauseServer, ['a', 'gone', 'b', '--parallel', '1'],
               compute)
    assert str(caught.value) == '2 of 3 servers failed to pause: gone, b'
    assert caught.value.exit_code == errors.FAILURE   # 404 and 409 mixed


def test_lock_reason_needs_2_73(compute):
    with pytest.raises(errors.UsageError) as caught:
        cf.run(actions.LockServer, ['a', '--reason', 'why'], compute,
               version='2.72')
    assert '--reason needs --os-compute-api-version 2.73' in str(
        caught.value)
    compute.lock_server.assert_not_called()
    cf.run(actions.LockServer, ['a', '--reason', 'why'], compute)
    assert compute.lock_server.call_args.kwargs == {'locked_reason': 'why'}


@pytest.fixture
def waits():
    with mock.patch.object(actions._common, 'wait_for_status') as wait:
        wait.side_effect = lambda app, server, target, *a, **kw: \
            _server(server.name, target[-1].upper())
        yield wait


def test_shelve_without_wait_does_not_poll(compute, waits):
    cf.run(actions.ShelveServer, ['a'], compute)
    compute.shelve_server.assert_called_once()
    compute.shelve_offload_server.assert_not_called()
    waits.assert_not_called()


def test_shelve_offload_waits_for_shelve_first(compute, waits):
    waits.side_effect = lambda app, server, target, *a, **kw: \
        _server(server.name, 'SHELVED')
    cf.run(actions.ShelveServer, ['a', '--offload'], compute)
    compute.shelve_server.assert_called_once()
    compute.shelve_offload_server.assert_called_once()
    assert waits.call_args.args[2] == actions.SHELVED


def test_shelve_offload_wait_waits_for_offloaded(compute, waits):
    waits.side_effect = lambda app, server, target, *a, **kw: \
        _server(server.name, 'SHELVED')
    cf.run(actions.ShelveServer, ['a', '--offload', '--wait'], compute)
    assert [c.args[2] for c in waits.call_args_list] == [
        actions.SHELVED, ('shelved_offloaded',)]


def test_shelve_skips_shelved_but_offloads_them(compute, waits):
    compute.find_server.side_effect = lambda name, **kw: _server(
        name, 'SHELVED_OFFLOADED' if name == 'off' else 'SHELVED')
    cf.run(actions.ShelveServer, ['off', 'on'], compute)
    compute.shelve_server.assert_not_called()
    cf.run(actions.ShelveServer, ['off', 'on', '--offload'], compute)
    compute.shelve_server.assert_not_called()
    assert [c.args[0].id for c in
            compute.shelve_offload_server.call_args_list] == ['id-on']


def test_unshelve_only_shelved_and_waits(compute, waits):
    compute.find_server.side_effect = lambda name, **kw: _server(
        name, 'SHELVED_OFFLOADED' if name == 'off' else 'ACTIVE')
    cf.run(actions.UnshelveServer, ['off', 'up', '--wait'], compute)
    assert [c.args[0].id for c in
            compute.unshelve_server.call_args_list] == ['id-off']
    assert waits.call_args.args[2] == ('active', 'shutoff')


@pytest.mark.parametrize('argv, version, kwargs', [
    (['--availability-zone', 'az1'], '2.77', {'availability_zone': 'az1'}),
    (['--host', 'h1'], '2.91', {'host': 'h1'}),
    (['--no-availability-zone'], '2.91', {'availability_zone': None}),
])
def test_unshelve_options_and_microversions(compute, argv, version,
                                            kwargs):
    compute.find_server.side_effect = lambda name, **kw: _server(
        name, 'SHELVED')
    older = '2.%d' % (int(version.split('.')[1]) - 1)
    with pytest.raises(errors.UsageError):
        cf.run(actions.UnshelveServer, ['a'] + argv, compute, version=older)
    compute.unshelve_server.assert_not_called()
    cf.run(actions.UnshelveServer, ['a'] + argv, compute, version=version)
    assert compute.unshelve_server.call_args.kwargs == kwargs


def test_unshelve_zone_options_exclusive(compute):
    with pytest.raises(SystemExit):
        cf.run(actions.UnshelveServer, ['a', '--availability-zone', 'x',
                                        '--no-availability-zone'], compute)


def test_rescue_with_image_and_password(compute):
    image = fakes.sdk_proxy('image.v2')
    image.find_image.return_value = mock.Mock(id='img-1')
    cf.run(actions.RescueServer, ['a', '--image', 'cirros', '--password',
                                  'pw'], compute, image=image)
    compute.rescue_server.assert_called_once()
    assert compute.rescue_server.call_args.kwargs == {
        'admin_pass': 'pw', 'image': 'img-1'}
    cf.run(actions.UnrescueServer, ['a'], compute)
    compute.unrescue_server.assert_called_once()


def test_reboot_soft_by_default_hard_and_wait(compute, waits):
    cf.run(actions.RebootServer, ['a'], compute)
    assert compute.reboot_server.call_args.args[1] == 'SOFT'
    waits.assert_not_called()
    cf.run(actions.RebootServer, ['a', '--hard', '--wait'], compute)
    assert compute.reboot_server.call_args.args[1] == 'HARD'
    assert waits.call_args.args[2] == ('active',)
    with pytest.raises(SystemExit):
        cf.run(actions.RebootServer, ['a', '--hard', '--soft'], compute)
