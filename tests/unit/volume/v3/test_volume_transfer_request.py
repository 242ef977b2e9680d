"""Unit tests: volume transfer request create/accept/list/show/delete."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.block_storage.v3 import transfer as sdk_transfer

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_transfer_request as vtr
from tests.unit.volume.v3 import volume_fakes

TRANSFER = sdk_transfer.Transfer(id='x1', name='move', volume_id='v1',
                                 auth_key='k', created_at='2026-01-01')


@pytest.fixture
def volume():
    proxy = volume_fakes.proxy()
    proxy.find_transfer.return_value = TRANSFER
    proxy.get_transfer.return_value = TRANSFER
    proxy.find_volume.return_value = volume_fakes.make_volume()
    return proxy


def test_create(volume):
    volume.create_transfer.return_value = TRANSFER
    _, (labels, values), _ = volume_fakes.run(
        vtr.CreateTransferRequest, ['vol', '--name', 'move'], volume)
    volume.create_transfer.assert_called_once_with(volume_id='v1',
                                                   name='move')
    assert labels == ('auth_key', 'created_at', 'id', 'name', 'volume_id')
    assert values[0] == 'k'


def test_create_no_snapshots_needs_3_55(volume):
    with pytest.raises(errors.UsageError, match='3.55'):
        volume_fakes.run(vtr.CreateTransferRequest,
                         ['vol', '--no-snapshots'], volume, version='3.50')
    volume.create_transfer.return_value = TRANSFER
    volume_fakes.run(vtr.CreateTransferRequest, ['vol', '--no-snapshots'],
                     volume)
    volume.create_transfer.assert_called_once_with(
        volume_id='v1', name=None, no_snapshots=True)


def test_accept_an_id_the_accepting_project_cannot_see(volume):
    volume.find_transfer.side_effect = sdk_exc.NotFoundException('gone')
    volume.accept_transfer.return_value = TRANSFER
    _, (labels, values), _ = volume_fakes.run(
        vtr.AcceptTransferRequest, ['x1', '--auth-key', 'k'], volume)
    volume.accept_transfer.assert_called_once_with('x1', 'k')
    assert labels == ('id', 'name', 'volume_id')


def test_accept_needs_auth_key(volume):
    with pytest.raises(SystemExit):
        volume_fakes.run(vtr.AcceptTransferRequest, ['x1'], volume)


def test_list_and_show(volume):
    volume.transfers.return_value = [TRANSFER]
    _, (labels, rows), _ = volume_fakes.run(vtr.ListTransferRequest,
                                            ['--all-projects'], volume)
    volume.transfers.assert_called_once_with(details=True, all_projects=True)
    assert labels == ('ID', 'Name', 'Volume') and rows == [
        ('x1', 'move', 'v1')]
    _, (labels, values), _ = volume_fakes.run(vtr.ShowTransferRequest,
                                              ['move'], volume)
    volume.get_transfer.assert_called_once_with('x1')
    assert labels == ('created_at', 'id', 'name', 'volume_id')


def test_delete(volume):
    volume_fakes.run(vtr.DeleteTransferRequest, ['move'], volume)
    volume.delete_transfer.assert_called_once_with(TRANSFER,
                                                   ignore_missing=False)
