"""Unit tests: image create, save, stage and import (streamed, verified)."""

import hashlib
import io
import os
import types

import pytest
from openstack.image.v2 import image as sdk_image
from openstack.image.v2 import service_info

from openstackclient.cli import errors
from openstackclient.image.v2 import common
from openstackclient.image.v2 import image_data
from tests.unit import fakes

DATA = b'0123456789' * 1000


def image_for(data, **attrs):
    values = dict(id='i1', name='img', status='active', size=len(data),
                  checksum=hashlib.md5(data).hexdigest(),
                  os_hash_algo='sha512',
                  os_hash_value=hashlib.sha512(data).hexdigest(),
                  disk_format='raw', container_format='bare')
    values.update(attrs)
    return sdk_image.Image(**values)


@pytest.fixture
def img():
    proxy = fakes.sdk_proxy('image.v2')
    received = []

    def create_image(**kwargs):
        if 'data' in kwargs:
            # As requests does with a body that has no read(): iterate.
            assert not hasattr(kwargs['data'], 'read')
            received.extend(kwargs['data'])
        return sdk_image.Image(id='i1', name=kwargs.get('name'),
                               status='queued')

    proxy.create_image.side_effect = create_image
    proxy.get_image.return_value = image_for(DATA)
    proxy.find_image.return_value = image_for(DATA)
    proxy.received = received
    return proxy


@pytest.fixture
def source(tmp_path):
    path = tmp_path / 'disk.raw'
    path.write_bytes(DATA)
    return str(path)


def test_create_from_file_streams_and_verifies(img, source):
    _, (labels, values) = fakes.run_command(
        image_data.CreateImage,
        ['img', '--file', source, '--property', 'k=v', '--tag', 't',
         '--private', '--protected', '--min-disk', '1', '--id', 'x'],
        image=img)
    kwargs = img.create_image.call_args.kwargs
    reader = kwargs.pop('data')
    assert kwargs == {
        'allow_duplicates': True, 'name': 'img', 'id': 'x',
        'container_format': 'bare', 'disk_format': 'raw', 'min_disk': 1,
        'tags': ['t'], 'visibility': 'private', 'k': 'v',
        'is_protected': True, 'validate_checksum': False,
        'size': len(DATA)}
    assert reader.len == len(DATA)
    assert b''.join(img.received) == DATA
    img.get_image.assert_called_once_with('i1')
    assert dict(zip(labels, values))['checksum'] == image_for(DATA).checksum


def test_create_checksum_mismatch_deletes_and_exits_9(img, source):
    img.get_image.return_value = image_for(b'other')
    with pytest.raises(errors.IntegrityError) as caught:
        fakes.run_command(image_data.CreateImage, ['img', '--file', source],
                          image=img)
    assert caught.value.exit_code == 9
    img.delete_image.assert_called_once_with('i1', ignore_missing=True)


def test_create_without_data(img):
    fakes.run_command(image_data.CreateImage, ['img', '--shared'],
                      image=img)
    img.create_image.assert_called_once_with(
        allow_duplicates=True, name='img', container_format='bare',
        disk_format='raw', visibility='shared')


def pipe_with(data):
    """The read end of a pipe holding ``data`` (small enough to buffer)."""
    read_fd, write_fd = os.pipe()
    os.write(write_fd, data)
    os.close(write_fd)
    return os.fdopen(read_fd, 'rb')


def test_create_from_stdin_pipe(img, monkeypatch):
    with pipe_with(DATA) as pipe:
        monkeypatch.setattr(common, 'stdin_data', lambda app: pipe)
        fakes.run_command(image_data.CreateImage, ['img', '--size', '10000'],
                          image=img)
    kwargs = img.create_image.call_args.kwargs
    assert kwargs['size'] == 10000
    assert not hasattr(kwargs['data'], 'len')
    assert b''.join(img.received) == DATA


def test_stdin_data_only_from_pipes_and_files(tmp_path):
    app = fakes.make_app()
    with pipe_with(b'x') as pipe:
        app.stdin = pipe
        assert common.stdin_data(app) is pipe
        assert common.open_source(app, None) == (pipe, None)
    with open(os.devnull, 'rb') as devnull:
        app.stdin = devnull
        assert common.stdin_data(app) is None
    path = tmp_path / 'f'
    path.write_bytes(b'abc')
    with open(path, 'rb') as regular:
        app.stdin = regular
        assert common.open_source(app, None) == (regular, 3)
    app.stdin = io.StringIO()
    assert common.stdin_data(app) is None


def test_create_size_without_data_is_usage_error(img):
    with pytest.raises(errors.UsageError, match='--size'):
        fakes.run_command(image_data.CreateImage, ['img', '--size', '5'],
                          image=img)


def test_create_import_waits_then_verifies(img, source):
    img.get_image.side_effect = [image_for(DATA, status='importing'),
                                 image_for(DATA)]
    fakes.run_command(image_data.CreateImage,
                      ['img', '--file', source, '--import'], image=img)
    assert img.create_image.call_args.kwargs['use_import'] is True
    assert img.get_image.call_count == 2


def test_create_project_owner(img):
    identity = fakes.sdk_proxy('identity.v3')
    identity.find_project.return_value = types.SimpleNamespace(id='p2')
    fakes.run_command(image_data.CreateImage, ['img', '--project', 'demo'],
                      image=img, identity=identity)
    assert img.create_image.call_args.kwargs['owner_id'] == 'p2'


def test_create_v1_option_refused(img):
    with pytest.raises(errors.UsageError, match='--location'):
        fakes.run_command(image_data.CreateImage,
                          ['img', '--location', 'http://x'], image=img)


def test_create_missing_file(img):
    with pytest.raises(errors.CommandError, match="Cannot read 'nope'"):
        fakes.run_command(image_data.CreateImage, ['img', '--file', 'nope'],
                          image=img)
    img.create_image.assert_not_called()


def test_create_from_volume():
    volume = types.SimpleNamespace(
        find_volume=lambda name, ignore_missing: types.SimpleNamespace(
            id='v1'),
        upload_volume_to_image=lambda *a, **k: {
            'id': 'v1', 'image_name': a[1], 'volume_type': {'name': 'lvm'},
            'kwargs': k})
    _, (labels, values) = fakes.run_command(
        image_data.CreateImage, ['img', '--volume', 'vol', '--public'],
        volume=volume)
    shown = dict(zip(labels, values))
    assert shown['volume_type'] == 'lvm'
    assert shown['kwargs'] == {
        'force': False, 'disk_format': 'raw', 'container_format': 'bare',
        'visibility': 'public', 'protected': False}


class Response:
    def __init__(self, chunks, status_code=200):
        self.chunks = chunks
        self.status_code = status_code
        self.closed = False

    def iter_content(self, chunk_size):
        yield from self.chunks

    def close(self):
        self.closed = True


def test_save_to_file_verified(img, tmp_path):
    response = Response([DATA[:5000], DATA[5000:]])
    img.download_image.return_value = response
    target = tmp_path / 'out'
    fakes.run_command(image_data.SaveImage,
                      ['img', '--file', str(target),
                       '--store-preference', 'fs'], image=img)
    img.download_image.assert_called_once_with(
        img.find_image.return_value, stream=True, store_preferences=['fs'])
    assert target.read_bytes() == DATA
    assert response.closed


def test_save_corrupt_leaves_old_file(img, tmp_path):
    img.download_image.return_value = Response([b'x' * len(DATA)])
    target = tmp_path / 'out'
    target.write_bytes(b'old')
    with pytest.raises(errors.IntegrityError):
        fakes.run_command(image_data.SaveImage,
                          ['img', '--file', str(target)], image=img)
    assert target.read_bytes() == b'old'
    assert os.listdir(tmp_path) == ['out']


def test_save_http_error(img, tmp_path):
    img.download_image.return_value = Response([], status_code=403)
    img.download_image.return_value.headers = {}
    img.download_image.return_value.content = b''
    img.download_image.return_value.reason = 'Forbidden'
    img.download_image.return_value.url = 'http://x'
    img.download_image.return_value.json = lambda: {}
    with pytest.raises(Exception) as caught:
        fakes.run_command(image_data.SaveImage,
                          ['img', '--file', str(tmp_path / 'out')],
                          image=img)
    assert errors.exit_code_for(caught.value) == errors.FORBIDDEN
    assert not (tmp_path / 'out').exists()


def test_stage(img, source):
    fakes.run_command(image_data.StageImage, ['img', '--file', source],
                      image=img)
    args = img.stage_image.call_args
    assert args.args == (img.find_image.return_value,)
    assert args.kwargs['size'] == len(DATA)
    assert args.kwargs['data'].len == len(DATA)


def test_stage_without_data(img):
    with pytest.raises(errors.UsageError, match='No image data'):
        fakes.run_command(image_data.StageImage, ['img'], image=img)


def import_info(*methods):
    return service_info.Import(import_methods={'value': list(methods)})


def test_import_glance_direct(img):
    img.get_import_info.return_value = import_info('glance-direct')
    img.find_image.return_value = image_for(DATA, status='uploading')
    fakes.run_command(image_data.ImportImage, ['img'], image=img)
    img.import_image.assert_called_once_with(
        img.find_image.return_value, method='glance-direct', uri=None,
        remote_region=None, remote_image_id=None,
        remote_service_interface=None, stores=None, all_stores=False,
        all_stores_must_succeed=False)


def test_import_copy_image_with_wait(img):
    img.get_import_info.return_value = import_info('copy-image')
    fakes.run_command(
        image_data.ImportImage,
        ['img', '--method', 'copy-image', '--store', 'a', 'b',
         '--disallow-failure', '--wait'], image=img)
    kwargs = img.import_image.call_args.kwargs
    assert kwargs['stores'] == ['a', 'b']
    assert kwargs['all_stores_must_succeed'] is True
    img.get_image.assert_called_once_with('i1')


def test_import_method_not_offered(img):
    img.get_import_info.return_value = import_info('glance-direct')
    with pytest.raises(errors.CommandError, match='offers: glance-direct'):
        fakes.run_command(image_data.ImportImage,
                          ['img', '--method', 'web-download', '--uri',
                           'http://x/y'], image=img)


@pytest.mark.parametrize('argv, message', [
    (['--method', 'web-download'], '--uri'),
    (['--method', 'web-download', '--uri', 'nope'], 'not a URL'),
    (['--uri', 'http://x/y'], 'only for --method web-download'),
    (['--method', 'glance-download'], '--remote-region'),
    (['--remote-image', 'r'], 'only for --method glance-download'),
    (['--method', 'copy-image'], '--store or --all-stores'),
])
def test_import_option_checks(img, argv, message):
    img.get_import_info.return_value = import_info(*image_data.IMPORT_METHODS)
    with pytest.raises(errors.UsageError, match=message):
        fakes.run_command(image_data.ImportImage, ['img', *argv], image=img)
    img.import_image.assert_not_called()


def test_import_wrong_status(img):
    img.get_import_info.return_value = import_info('glance-direct')
    with pytest.raises(errors.ConflictError, match="'uploading'"):
        fakes.run_command(image_data.ImportImage, ['img'], image=img)


def test_save_image_without_data(img, tmp_path):
    img.download_image.return_value = Response([], status_code=204)
    with pytest.raises(errors.NotFoundError, match='has no data'):
        fakes.run_command(image_data.SaveImage,
                          ['img', '--file', str(tmp_path / 'out')],
                          image=img)
    assert not (tmp_path / 'out').exists()


def test_create_signed(img, source, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key_path = tmp_path / 'key.pem'
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    fakes.run_command(
        image_data.CreateImage,
        ['img', '--file', source, '--sign-key-path', str(key_path),
         '--sign-cert-id', 'cert-1'], image=img)
    kwargs = img.create_image.call_args.kwargs
    assert kwargs['img_signature_certificate_uuid'] == 'cert-1'
    assert kwargs['img_signature_hash_method'] == 'SHA-256'
    assert kwargs['img_signature_key_type'] == 'RSA-PSS'
    assert len(kwargs['img_signature']) > 300
    assert b''.join(img.received) == DATA


def test_create_signing_needs_both_options(img, source):
    with pytest.raises(errors.UsageError, match='together'):
        fakes.run_command(image_data.CreateImage,
                          ['img', '--file', source, '--sign-cert-id', 'c'],
                          image=img)


def test_save_checks_the_multihash(img, tmp_path):
    """With os_hash_value, a wrong SHA-512 fails even if MD5 matches."""
    img.find_image.return_value = image_for(
        DATA, os_hash_value=hashlib.sha512(b'other').hexdigest())
    img.download_image.return_value = Response([DATA])
    with pytest.raises(errors.IntegrityError):
        fakes.run_command(image_data.SaveImage,
                          ['img', '--file', str(tmp_path / 'out')],
                          image=img)
    assert not (tmp_path / 'out').exists()


def test_save_falls_back_to_md5(img, tmp_path):
    """Without a multihash, the MD5 checksum is checked."""
    img.find_image.return_value = image_for(
        DATA, os_hash_algo=None, os_hash_value=None,
        checksum=hashlib.md5(b'other').hexdigest())
    img.download_image.return_value = Response([DATA])
    with pytest.raises(errors.IntegrityError):
        fakes.run_command(image_data.SaveImage,
                          ['img', '--file', str(tmp_path / 'out')],
                          image=img)
