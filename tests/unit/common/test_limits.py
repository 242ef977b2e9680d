"""Unit tests: limits show (compute and block storage)."""

import types
from unittest import mock

import pytest
from openstack.block_storage.v3 import limits as volume_limits

from openstackclient.cli import errors
from openstackclient.common import limits
from tests.unit import fakes
from tests.unit.volume.v3 import volume_fakes

VOLUME_LIMITS = volume_limits.Limits(
    absolute={'maxTotalVolumes': 10, 'totalVolumesUsed': 1},
    rate=[{'uri': '*', 'regex': '.*', 'limit': [
        {'verb': 'POST', 'value': 10, 'remaining': 9, 'unit': 'MINUTE',
         'next-available': 't'}]}])


def run(argv, services, compute=None, volume=None):
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(volume=volume,
                                                   compute=compute)
    app.client_manager.is_service_available = (
        lambda service_type, *a: service_type in services)
    cmd = limits.ShowLimits(app, None)
    parsed = cmd.get_parser('openstack limits show').parse_args(argv)
    labels, rows = cmd.take_action(parsed)
    return labels, list(rows)


def test_absolute_without_compute_shows_the_volume_part():
    volume = volume_fakes.proxy()
    volume.get_limits.return_value = VOLUME_LIMITS
    labels, rows = run(['--absolute'], {'volumev3'}, volume=volume)
    assert labels == ('Name', 'Value')
    assert ('max_total_volumes', 10) in rows
    assert ('total_volumes_used', 1) in rows
    assert [name for name, _ in rows] == sorted(
        name for name, _ in rows)
    volume.get_limits.assert_called_once_with(project=None)


def test_rate_rows():
    volume = volume_fakes.proxy()
    volume.get_limits.return_value = VOLUME_LIMITS
    labels, rows = run(['--rate'], {'block-storage'}, volume=volume)
    assert labels == limits.RATE_LABELS
    assert rows == [('POST', '*', 10, 9, 'MINUTE', 't')]


def test_compute_and_volume_merge():
    compute = mock.Mock()
    compute.get_limits.return_value = types.SimpleNamespace(
        absolute=types.SimpleNamespace(
            to_dict=lambda computed: {'instances': 5, 'id': None}),
        rate=[])
    volume = volume_fakes.proxy()
    volume.get_limits.return_value = VOLUME_LIMITS
    _, rows = run(['--absolute', '--reserved'], {'compute', 'volumev3'},
                  compute=compute, volume=volume)
    compute.get_limits.assert_called_once_with(reserved=True)
    assert ('instances', 5) in rows and ('max_total_volumes', 10) in rows
    assert 'id' not in dict(rows)


def test_neither_service_is_one_error():
    with pytest.raises(errors.NotFoundError, match='no Compute or Block'):
        run(['--absolute'], set())


def test_absolute_or_rate_is_required():
    with pytest.raises(SystemExit):
        run([], {'volumev3'})
