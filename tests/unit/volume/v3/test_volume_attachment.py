"""Unit tests: volume attachment commands."""

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_attachment as va
from tests.unit import fakes
from tests.unit.volume.v3.vfakes import proxy, run, thing

SERVER = '9f1c2d3e-0000-4000-8000-00000000abcd'


def attachment(**attrs):
    data = dict(id='a1', volume_id='v1', instance=SERVER, status='reserved',
                attach_mode=None, attached_at=None, detached_at=None,
                connection_info={})
    data.update(attrs)
    return thing(**data)


def run_va(cls, argv, volume, version=None, compute=None):
    catalog = ('volumev3', 'compute') if compute else ('volumev3',)
    return run(cls, argv, volume, version=version, compute=compute,
               is_service_available=lambda t, *a: t in catalog)


def test_create_reserved_without_nova_takes_the_uuid():
    volume = proxy()
    volume.find_volume.return_value = thing(id='v1')
    volume.create_attachment.return_value = attachment()
    labels, values = run_va(va.CreateVolumeAttachment,
                            ['vol', '--server', SERVER], volume)
    volume.create_attachment.assert_called_once_with(
        'v1', connector={}, instance=SERVER)
    assert labels == ('ID', 'Volume ID', 'Instance ID', 'Status',
                      'Attach Mode', 'Attached At', 'Detached At',
                      'Properties')
    assert volume.default_microversion == '3.27'


def test_create_looks_the_server_up_in_nova_when_there_is_one():
    volume = proxy()
    volume.find_volume.return_value = thing(id='v1')
    volume.create_attachment.return_value = attachment()
    compute = fakes.sdk_proxy('compute.v2')
    compute.find_server.return_value = thing(id=SERVER)
    run_va(va.CreateVolumeAttachment, ['vol', 'web1'], volume,
           compute=compute)
    compute.find_server.assert_called_once_with('web1', ignore_missing=False)


def test_create_connect_sends_the_connector_and_mode():
    volume = proxy()
    volume.find_volume.return_value = thing(id='v1')
    volume.create_attachment.return_value = attachment()
    run_va(va.CreateVolumeAttachment, [
        'vol', '--server', SERVER, '--connect', '--initiator', 'iqn', '--ip',
        '10.0.0.1', '--host', 'h', '--platform', 'x86_64', '--os-type',
        'linux', '--multipath', '--mountpoint', '/dev/vdb', '--mode', 'ro'],
        volume)
    volume.create_attachment.assert_called_once_with(
        'v1', instance=SERVER, mode='ro', connector={
            'initiator': 'iqn', 'ip': '10.0.0.1', 'platform': 'x86_64',
            'host': 'h', 'os_type': 'linux', 'multipath': True,
            'mountpoint': '/dev/vdb'})
    assert volume.default_microversion == '3.54'


def test_create_refusals_before_any_request():
    volume = proxy()
    with pytest.raises(errors.UsageError, match='--connect option'):
        run_va(va.CreateVolumeAttachment,
               ['vol', '--server', SERVER, '--ip', '1.2.3.4'], volume)
    with pytest.raises(errors.UsageError, match='no Compute service'):
        run_va(va.CreateVolumeAttachment, ['vol', '--server', 'web1'],
               volume)
    with pytest.raises(errors.UsageError, match='3.54'):
        run_va(va.CreateVolumeAttachment,
               ['vol', '--server', SERVER, '--mode', 'ro'], volume,
               version='3.50')
    volume.create_attachment.assert_not_called()


def test_set_sends_the_whole_connector():
    volume = proxy()
    volume.update_attachment.return_value = attachment(
        connection_info={'driver_volume_type': 'local'})
    labels, values = run_va(va.SetVolumeAttachment,
                            ['a1', '--host', 'h'], volume)
    volume.update_attachment.assert_called_once_with('a1', connector={
        'initiator': None, 'ip': None, 'platform': None, 'host': 'h',
        'os_type': None, 'multipath': False, 'mountpoint': None})


def test_complete_needs_3_44():
    volume = proxy(server_max=(3, 40))
    with pytest.raises(errors.UsageError) as exc:
        run_va(va.CompleteVolumeAttachment, ['a1'], volume)
    assert str(exc.value) == (
        "'volume attachment complete' needs block storage API 3.44 or "
        'greater; this cloud offers up to 3.40')
    volume = proxy()
    run_va(va.CompleteVolumeAttachment, ['a1'], volume)
    volume.complete_attachment.assert_called_once_with('a1')


def test_list_filters():
    volume = proxy()
    volume.attachments.return_value = [attachment()]
    labels, rows = run_va(va.ListVolumeAttachment, [
        '--volume-id', 'v1', '--server-id', SERVER, '--status', 'reserved',
        '--all-projects', '--limit', '2'], volume)
    volume.attachments.assert_called_once_with(
        volume_id='v1', instance_id=SERVER, status='reserved', limit=2,
        all_projects=True)
    assert labels == ('ID', 'Volume ID', 'Server ID', 'Status')
    assert rows == [('a1', 'v1', SERVER, 'reserved')]


def test_show_and_delete():
    volume = proxy()
    volume.get_attachment.return_value = attachment()
    assert run_va(va.ShowVolumeAttachment, ['a1'], volume)[1][0] == 'a1'
    run_va(va.DeleteVolumeAttachment, ['a1', 'a2'], volume)
    assert volume.delete_attachment.call_count == 2
    volume.delete_attachment.assert_called_with('a2', ignore_missing=False)
