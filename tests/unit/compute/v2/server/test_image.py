"""Unit tests: server image create, server backup create, server dump
create."""

import pytest
from openstack.compute.v2 import server as sdk_server
from openstack.image.v2 import image as sdk_image

from openstackclient.cli import errors
from openstackclient.compute.v2.server import image
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web', status='ACTIVE')


def _image(status='active', **extra):
    return sdk_image.Image(
        id='i1', name='snap', status=status, size=58, disk_format='raw',
        container_format='bare', visibility='private', tags=[],
        properties={'image_type': 'snapshot', 'a': 'b'}, **extra)


@pytest.fixture
def proxies(monkeypatch):
    monkeypatch.setattr(image, 'POLL_INTERVAL', 0)
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    compute.create_server_image.return_value = _image('queued')
    compute.backup_server.return_value = _image('queued')
    images = fakes.sdk_proxy('image.v2')
    images.get_image.return_value = _image()
    return compute, images


def test_image_create_defaults_to_server_name(proxies):
    compute, images = proxies
    _, result, _ = cf.run(image.CreateServerImage, ['web'], compute,
                          image=images)
    compute.create_server_image.assert_called_once_with(SERVER, 'web', None)
    compute.find_server.assert_called_once_with(
        'web', ignore_missing=False, details=False)
    shown = cf.as_dict(result)
    assert list(result[0]) == sorted(result[0])
    assert shown['status'] == 'active' and shown['id'] == 'i1'
    assert shown['properties'].machine_readable() == {
        'image_type': 'snapshot', 'a': 'b'}
    images.get_image.assert_called_once_with('i1')


def test_image_create_name_properties_and_wait(proxies):
    compute, images = proxies
    images.get_image.side_effect = [_image('queued'), _image('saving'),
                                    _image('active')]
    _, result, _ = cf.run(
        image.CreateServerImage,
        ['web', '--name', 'snap', '--property', 'a=b', '--property', 'c=d',
         '--wait'], compute, image=images)
    compute.create_server_image.assert_called_once_with(
        SERVER, 'snap', {'a': 'b', 'c': 'd'})
    assert images.get_image.call_count == 3
    assert cf.as_dict(result)['status'] == 'active'


def test_image_create_wait_fails_on_killed_image(proxies):
    compute, images = proxies
    images.get_image.return_value = _image('killed')
    with pytest.raises(errors.CommandError) as caught:
        cf.run(image.CreateServerImage, ['web', '--wait'], compute,
               image=images)
    assert 'killed' in str(caught.value)


def test_image_create_wait_times_out(proxies):
    compute, images = proxies
    images.get_image.return_value = _image('saving')
    with pytest.raises(errors.TimeoutError):
        cf.run(image.CreateServerImage,
               ['web', '--wait', '--wait-timeout', '0.001'], compute,
               image=images)


def test_backup_create_defaults(proxies):
    compute, images = proxies
    _, result, _ = cf.run(image.CreateServerBackup, ['web'], compute,
                          image=images)
    compute.backup_server.assert_called_once_with(SERVER, 'web', '', 1)
    assert cf.as_dict(result)['name'] == 'snap'


def test_backup_create_options_and_wait(proxies):
    compute, images = proxies
    images.get_image.side_effect = [_image('saving'), _image('active')]
    cf.run(image.CreateServerBackup,
           ['web', '--name', 'bk', '--type', 'daily', '--rotate', '0',
            '--wait'], compute, image=images)
    compute.backup_server.assert_called_once_with(SERVER, 'bk', 'daily', 0)
    assert images.get_image.call_count == 2


def test_backup_rotate_must_not_be_negative(proxies):
    compute, images = proxies
    with pytest.raises(SystemExit):
        cf.run(image.CreateServerBackup, ['web', '--rotate', '-1'], compute,
               image=images)
    compute.backup_server.assert_not_called()


def test_dump_create_each_server(proxies):
    compute, _ = proxies
    compute.find_server.side_effect = lambda name, **kw: sdk_server.Server(
        id='id-' + name, name=name)
    cf.run(image.CreateServerDump, ['a', 'b'], compute)
    dumped = {c.args[0].id for c in
              compute.trigger_server_crash_dump.call_args_list}
    assert dumped == {'id-a', 'id-b'}


def test_dump_create_needs_2_17(proxies):
    compute, _ = proxies
    with pytest.raises(errors.UsageError) as caught:
        cf.run(image.CreateServerDump, ['web'], compute, version='2.16')
    assert '2.17' in str(caught.value)
    compute.trigger_server_crash_dump.assert_not_called()
    # Negotiated: a cloud that tops out below 2.17 is told the same.
    old = cf.proxy(server_max=(2, 16))
    old.find_server.return_value = SERVER
    with pytest.raises(errors.UsageError):
        cf.run(image.CreateServerDump, ['web'], old)


def test_dump_create_refusal_is_one_line_with_its_code(proxies):
    from openstack import exceptions
    compute, _ = proxies
    compute.trigger_server_crash_dump.side_effect = \
        exceptions.ConflictException(
            'Conflict', details="Cannot 'trigger_crash_dump' instance s1 "
            'while it is in vm_state stopped', http_status=409)
    with pytest.raises(exceptions.ConflictException) as caught:
        cf.run(image.CreateServerDump, ['web'], compute)
    assert errors.exit_code_for(caught.value) == errors.CONFLICT
    assert errors.one_line(caught.value).startswith(
        "Cannot 'trigger_crash_dump'")
