"""Unit tests: volume service list/set."""

import pytest
from openstack.block_storage.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.volume.v3 import service
from tests.unit.volume.v3 import volume_fakes

SVC = sdk_service.Service(binary='cinder-volume', host='h@b',
                          availability_zone='nova', status='enabled',
                          state='up', updated_at='t', cluster='c@b',
                          backend_state='up', disabled_reason='')


@pytest.fixture
def volume():
    proxy = volume_fakes.proxy()
    proxy.services.return_value = [SVC]
    proxy.find_service.return_value = SVC
    return proxy


def test_list_columns_follow_the_microversion(volume):
    _, (labels, rows), _ = volume_fakes.run(
        service.ListService, ['--host', 'h@b', '--long'], volume)
    assert labels == ('Binary', 'Host', 'Zone', 'Status', 'State',
                      'Updated At', 'Cluster', 'Backend State',
                      'Disabled Reason')
    volume.services.assert_called_once_with(host='h@b')
    assert volume.default_microversion == '3.49'
    assert rows[0][6:] == ('c@b', 'up', '')
    volume = volume_fakes.proxy(server_max=(3, 5))
    volume.services.return_value = [SVC]
    _, (labels, _), _ = volume_fakes.run(
        service.ListService, ['--service', 'cinder-volume'], volume)
    assert labels[-1] == 'Updated At'
    volume.services.assert_called_once_with(binary='cinder-volume')


def test_set_enable_disable(volume):
    volume_fakes.run(service.SetService, ['h@b', 'cinder-volume',
                                          '--disable', '--disable-reason',
                                          'x'], volume)
    volume.find_service.assert_called_once_with(
        'cinder-volume', ignore_missing=False, host='h@b')
    volume.disable_service.assert_called_once_with(SVC, reason='x')
    volume_fakes.run(service.SetService, ['h@b', 'cinder-volume',
                                          '--enable'], volume)
    volume.enable_service.assert_called_once_with(SVC)


def test_set_reason_needs_disable(volume):
    with pytest.raises(errors.UsageError, match='--disable-reason'):
        volume_fakes.run(service.SetService, ['h', 's', '--enable',
                                              '--disable-reason', 'x'],
                         volume)
