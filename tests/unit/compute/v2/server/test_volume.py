"""Unit tests: server add/remove volume, server volume list/set/update."""

import pytest
from openstack import exceptions as sdk_exceptions
from openstack.block_storage.v3 import volume as sdk_volume
from openstack.compute.v2 import server as sdk_server
from openstack.compute.v2 import volume_attachment as sdk_attachment

from openstackclient.cli import errors
from openstackclient.compute.v2.server import volume
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web')
VOLUME = sdk_volume.Volume(id='v1', name='data')
ATTACHMENT = sdk_attachment.VolumeAttachment(
    id='v1', server_id='s1', volume_id='v1', device='/dev/vdb', tag='t',
    delete_on_termination=True, attachment_id='a1', bdm_id='b1')


@pytest.fixture
def proxies():
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    compute.create_volume_attachment.return_value = ATTACHMENT
    compute.volume_attachments.return_value = [ATTACHMENT]
    block = fakes.sdk_proxy('block_storage.v3')
    block.default_microversion = None
    block.find_volume.return_value = VOLUME
    return compute, block


def run(cls, argv, proxies, **kw):
    compute, block = proxies
    return cf.run(cls, argv, compute, volume=block, **kw)


def test_add_volume_shows_the_attachment(proxies):
    compute, block = proxies
    _, result, _ = run(volume.AddServerVolume,
                       ['web', 'data', '--device', '/dev/vdb', '--tag', 't',
                        '--enable-delete-on-termination'], proxies)
    assert cf.as_dict(result) == {
        'ID': 'v1', 'Server ID': 's1', 'Volume ID': 'v1',
        'Device': '/dev/vdb', 'Tag': 't', 'Delete On Termination': True}
    compute.create_volume_attachment.assert_called_once_with(
        SERVER, VOLUME, device='/dev/vdb', tag='t',
        delete_on_termination=True)
    block.find_volume.assert_called_once_with('data', ignore_missing=False)


def test_add_volume_columns_follow_the_microversion(proxies):
    compute, _ = proxies
    _, result, _ = run(volume.AddServerVolume,
                       ['web', 'data', '--disable-delete-on-termination'],
                       proxies, version='2.79')
    assert result[0] == ('ID', 'Server ID', 'Volume ID', 'Device', 'Tag',
                         'Delete On Termination')
    assert compute.create_volume_attachment.call_args.kwargs == {
        'device': None, 'delete_on_termination': False}
    _, result, _ = run(volume.AddServerVolume, ['web', 'data'], proxies,
                       version='2.48')
    assert result[0] == ('ID', 'Server ID', 'Volume ID', 'Device')


@pytest.mark.parametrize('argv, version, option', [
    (['--tag', 't'], '2.48', '--tag'),
    (['--enable-delete-on-termination'], '2.78',
     '--enable-delete-on-termination'),
    (['--disable-delete-on-termination'], '2.78',
     '--disable-delete-on-termination'),
])
def test_add_volume_options_need_their_microversion(proxies, argv, version,
                                                    option):
    compute, _ = proxies
    with pytest.raises(errors.UsageError) as caught:
        run(volume.AddServerVolume, ['web', 'data'] + argv, proxies,
            version=version)
    assert str(caught.value).startswith(f'{option} needs ')
    compute.create_volume_attachment.assert_not_called()


def test_add_volume_termination_flags_exclude_each_other(proxies):
    with pytest.raises(SystemExit):
        run(volume.AddServerVolume,
            ['web', 'data', '--enable-delete-on-termination',
             '--disable-delete-on-termination'], proxies)


def test_unknown_volume_is_exit_5(proxies):
    compute, block = proxies
    block.find_volume.side_effect = sdk_exceptions.NotFoundException('x')
    with pytest.raises(errors.NotFoundError) as caught:
        run(volume.AddServerVolume, ['web', 'nope'], proxies)
    assert str(caught.value) == "No volume with a name or ID of 'nope' exists."


def test_remove_volume(proxies):
    compute, _ = proxies
    run(volume.RemoveServerVolume, ['web', 'data'], proxies)
    compute.delete_volume_attachment.assert_called_once_with(
        SERVER, VOLUME, ignore_missing=False)


def test_list_at_2_89_has_attachment_and_bdm_ids(proxies):
    _, result, _ = run(volume.ListServerVolume, ['web'], proxies)
    assert cf.rows(result) == [{
        'Device': '/dev/vdb', 'Server ID': 's1', 'Volume ID': 'v1',
        'Tag': 't', 'Delete On Termination?': True, 'Attachment ID': 'a1',
        'BlockDeviceMapping UUID': 'b1'}]


@pytest.mark.parametrize('version, labels', [
    ('2.1', ('ID', 'Device', 'Server ID', 'Volume ID')),
    ('2.70', ('ID', 'Device', 'Server ID', 'Volume ID', 'Tag')),
    ('2.79', ('ID', 'Device', 'Server ID', 'Volume ID', 'Tag',
              'Delete On Termination?')),
])
def test_list_columns_by_microversion(proxies, version, labels):
    _, result, _ = run(volume.ListServerVolume, ['web'], proxies,
                       version=version)
    assert result[0] == labels


@pytest.mark.parametrize('cls', [volume.SetServerVolume,
                                 volume.UpdateServerVolume])
def test_set_delete_or_preserve_on_termination(proxies, cls):
    compute, _ = proxies
    run(cls, ['web', 'data', '--preserve-on-termination'], proxies)
    compute.update_volume_attachment.assert_called_with(
        SERVER, VOLUME, delete_on_termination=False)
    run(cls, ['web', 'data', '--delete-on-termination'], proxies)
    compute.update_volume_attachment.assert_called_with(
        SERVER, VOLUME, delete_on_termination=True)


def test_set_needs_2_85(proxies):
    compute, _ = proxies
    with pytest.raises(errors.UsageError):
        run(volume.SetServerVolume, ['web', 'data',
                                     '--delete-on-termination'], proxies,
            version='2.84')
    compute.update_volume_attachment.assert_not_called()


def test_set_without_options_changes_nothing(proxies):
    compute, block = proxies
    run(volume.SetServerVolume, ['web', 'data'], proxies)
    compute.update_volume_attachment.assert_not_called()
    block.find_volume.assert_not_called()
