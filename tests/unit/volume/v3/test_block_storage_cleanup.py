"""Unit tests: block storage cleanup (3.24)."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import block_storage_cleanup as cleanup
from tests.unit.volume.v3 import volume_fakes


def response(body):
    return types.SimpleNamespace(status_code=202, headers={},
                                 json=lambda: body)


def test_posts_only_the_given_filters_and_lists_both_kinds():
    volume = volume_fakes.proxy()
    item = {'id': 3, 'cluster_name': 'c', 'host': 'h', 'binary': 'b'}
    volume.post.return_value = response({'cleaning': [item],
                                         'unavailable': [item]})
    _, (labels, rows), _ = volume_fakes.run(
        cleanup.BlockStorageCleanup, ['--host', 'h', '--up', '--enabled'],
        volume)
    volume.post.assert_called_once_with(
        '/workers/cleanup', raise_exc=False,
        json={'host': 'h', 'is_up': True, 'disabled': False})
    assert volume.default_microversion == '3.24'
    assert labels == ('ID', 'Cluster Name', 'Host', 'Binary', 'Status')
    assert [row[-1] for row in rows] == ['Cleaning', 'Unavailable']


def test_needs_3_24():
    with pytest.raises(errors.UsageError, match='block storage cleanup'):
        volume_fakes.run(cleanup.BlockStorageCleanup, [],
                         volume_fakes.proxy(server_max=(3, 20)))
