"""Unit tests: volume host set/failover."""

import types

import pytest

from openstackclient.volume.v3 import volume_host
from tests.unit.volume.v3 import volume_fakes


def test_set_freezes_and_thaws():
    volume = volume_fakes.proxy()
    volume_fakes.run(volume_host.SetVolumeHost, ['h@b', '--disable'], volume)
    assert volume.freeze_service.call_args.args[0].host == 'h@b'
    volume_fakes.run(volume_host.SetVolumeHost, ['h@b', '--enable'], volume)
    assert volume.thaw_service.call_args.args[0].host == 'h@b'


def test_failover_posts_cinders_failover_host_action():
    volume = volume_fakes.proxy()
    volume.put.return_value = types.SimpleNamespace(status_code=202,
                                                    headers={})
    volume_fakes.run(volume_host.FailoverVolumeHost,
                     ['h@b', '--volume-backend', 'rep'], volume)
    volume.put.assert_called_once_with(
        '/os-services/failover_host', raise_exc=False,
        json={'host': 'h@b', 'backend_id': 'rep'})


def test_failover_needs_a_backend():
    with pytest.raises(SystemExit):
        volume_fakes.run(volume_host.FailoverVolumeHost, ['h@b'],
                         volume_fakes.proxy())
