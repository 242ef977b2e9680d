"""Functional tests: image create/save/stage/import move data intact.

One test cuts the connection in the middle of a download (through a small
TCP proxy in front of Glance) and checks that the old target file is left
as it was and no partial file remains.
"""

import hashlib
import os
import socket
import threading

import pytest

from tests.functional.image.v2.conftest import DATA


def test_create_from_stdin_and_save_to_stdout(make_image, run_binary,
                                              unique_name, openstack):
    name = unique_name('image')
    created = run_binary('image', 'create', name, '-f', 'value', '-c', 'id',
                         '-c', 'checksum', '-c', 'size', input=DATA)
    assert created.returncode == 0, created.stderr
    checksum, image_id, size = created.stdout.decode().split()
    try:
        assert checksum == hashlib.md5(DATA).hexdigest()
        assert int(size) == len(DATA)
        saved = run_binary('image', 'save', name)
        assert saved.returncode == 0, saved.stderr
        assert saved.stdout == DATA
        assert saved.stderr == b''
    finally:
        openstack('image', 'delete', image_id, check=False)


def test_save_replaces_the_file_whole(make_image, openstack, tmp_path):
    image = make_image('--min-disk', '1', '--min-ram', '2')
    assert (image['min_disk'], image['min_ram']) == (1, 2)
    target = tmp_path / 'copy.raw'
    target.write_bytes(b'old contents')
    result = openstack('image', 'save', image['name'], '--file', target)
    assert result.stdout == result.stderr == ''
    assert target.read_bytes() == DATA
    assert sorted(os.listdir(tmp_path)) == ['copy.raw', 'disk.raw']


def test_create_refuses_image_v1_options(openstack, unique_name):
    result = openstack('image', 'create', unique_name('image'),
                       '--location', 'http://example.com/x', check=False)
    assert result.rc == 2
    assert '--location' in result.stderr


def test_stage_then_import(openstack, make_image, image_file):
    image = make_image(data=False)
    assert image['status'] == 'queued'
    nothing = openstack('image', 'save', image['id'], check=False)
    assert (nothing.rc, nothing.stdout) == (5, '')
    openstack('image', 'stage', image['id'], '--file', image_file)
    staged = openstack('image', 'show', image['id'], parse_json=True).json
    assert staged['status'] == 'uploading'
    imported = openstack('image', 'import', image['id'], '--wait',
                         parse_json=True).json
    assert imported['status'] == 'active'
    assert imported['checksum'] == hashlib.md5(DATA).hexdigest()
    again = openstack('image', 'import', image['id'], check=False)
    assert again.rc == 6


def test_create_with_import(make_image):
    image = make_image('--import')
    assert image['status'] == 'active'
    assert image['checksum'] == hashlib.md5(DATA).hexdigest()


class Proxy:
    """Forward TCP connections to ``upstream``, misbehaving on purpose:
    cut a connection once it has sent ``cut_after`` bytes back to the
    client, or flip the byte at offset ``flip_at`` of what the client
    sends on a connection."""

    def __init__(self, upstream, cut_after=None, flip_at=None):
        self.upstream = upstream
        self.cut_after = cut_after
        self.flip_at = flip_at
        self.tampered = threading.Event()
        self.server = socket.create_server(('127.0.0.1', 0))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            threading.Thread(target=self._pump, daemon=True, args=(
                client, upstream, None, self.flip_at)).start()
            threading.Thread(target=self._pump, daemon=True, args=(
                upstream, client, self.cut_after, None)).start()

    def _pump(self, source, sink, cut_after, flip_at):
        done = 0
        try:
            while data := source.recv(65536):
                if cut_after is not None and done + len(data) > cut_after:
                    sink.sendall(data[:cut_after - done])
                    self.tampered.set()
                    break
                if flip_at is not None and done <= flip_at < done + len(
                        data):
                    at = flip_at - done
                    data = data[:at] + bytes([data[at] ^ 0xFF]) + data[
                        at + 1:]
                    self.tampered.set()
                sink.sendall(data)
                done += len(data)
        except OSError:
            pass
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def close(self):
        self.server.close()


def glance_address(devcloud):
    host, port = devcloud.endpoints['image'].split('//')[1].split(':')
    return host, int(port.rstrip('/'))


@pytest.fixture
def big_image(openstack, unique_name, tmp_path):
    """A 3 MB image: large enough to be cut mid-transfer."""
    path = tmp_path / 'big.raw'
    path.write_bytes(os.urandom(3 * 1024 * 1024))
    image = openstack('image', 'create', unique_name('image'), '--file',
                      path, parse_json=True).json
    yield image
    openstack('image', 'delete', image['id'], check=False)


def test_broken_download_leaves_old_file(openstack, devcloud, big_image,
                                         tmp_path):
    proxy = Proxy(glance_address(devcloud), cut_after=1024 * 1024)
    target = tmp_path / 'saved.raw'
    target.write_bytes(b'the old file')
    try:
        result = openstack(
            '--os-image-endpoint-override', f'http://127.0.0.1:{proxy.port}',
            'image', 'save', big_image['id'], '--file', target, check=False)
    finally:
        proxy.close()
    assert proxy.tampered.is_set()
    assert result.rc == 8, result.stderr
    assert 'Connection broken while downloading' in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert target.read_bytes() == b'the old file'
    assert sorted(os.listdir(tmp_path)) == ['big.raw', 'saved.raw']


def test_corrupted_upload_exits_9(openstack, devcloud, unique_name,
                                  tmp_path):
    path = tmp_path / 'big.raw'
    path.write_bytes(os.urandom(2 * 1024 * 1024))
    name = unique_name('image')
    proxy = Proxy(glance_address(devcloud), flip_at=1024 * 1024)
    try:
        result = openstack(
            '--os-image-endpoint-override', f'http://127.0.0.1:{proxy.port}',
            'image', 'create', name, '--file', path, check=False)
    finally:
        proxy.close()
        left = openstack('image', 'list', '--name', name, '-f', 'value',
                         '-c', 'ID').stdout.split()
        for image_id in left:
            openstack('image', 'delete', image_id, check=False)
    assert proxy.tampered.is_set()
    assert result.rc == 9, result.stderr
    assert 'MD5 checksum mismatch' in result.stderr
    assert 'the image was deleted' in result.stderr
    assert left == []
