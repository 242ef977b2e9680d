"""Unit tests: block storage log level list/set (3.32)."""

import pytest
from openstack.block_storage.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.volume.v3 import block_storage_log_level as ll
from tests.unit.volume.v3 import volume_fakes


def test_list_one_row_per_prefix_sorted():
    volume = volume_fakes.proxy()
    volume.get_service_log_levels.return_value = [sdk_service.LogLevel(
        binary='cinder-api', host='h', levels={'b': 'INFO', 'a': 'DEBUG'})]
    _, (labels, rows), _ = volume_fakes.run(
        ll.BlockStorageLogLevelList, ['--service', 'cinder-api'], volume)
    volume.get_service_log_levels.assert_called_once_with(
        binary='cinder-api', server=None, prefix=None)
    assert labels == ('Binary', 'Host', 'Prefix', 'Level')
    assert rows == [('cinder-api', 'h', 'a', 'DEBUG'),
                    ('cinder-api', 'h', 'b', 'INFO')]


def test_set_upper_cases_the_level():
    volume = volume_fakes.proxy()
    volume_fakes.run(ll.BlockStorageLogLevelSet,
                     ['debug', '--host', 'h', '--log-prefix', 'cinder'],
                     volume)
    volume.set_service_log_levels.assert_called_once_with(
        level='DEBUG', binary=None, server='h', prefix='cinder')


def test_bad_level_or_service_is_a_usage_error():
    for argv in (['loud'], ['INFO', '--service', 'nova']):
        with pytest.raises(SystemExit):
            volume_fakes.run(ll.BlockStorageLogLevelSet, argv,
                             volume_fakes.proxy())


def test_needs_3_32():
    with pytest.raises(errors.UsageError, match='3.32'):
        volume_fakes.run(ll.BlockStorageLogLevelList, [],
                         volume_fakes.proxy(), version='3.30')
