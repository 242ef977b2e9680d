"""Functional tests: object commands against the devcloud's Swift,
including large objects, corrupted and broken downloads."""

import hashlib
import os

import pytest


def md5(data):
    return hashlib.md5(data).hexdigest()


@pytest.fixture
def payload(tmp_path):
    """A 300 KiB file of pseudo-random bytes: (path, bytes)."""
    data = hashlib.sha256(b'seed').digest() * (300 * 1024 // 32)
    path = tmp_path / 'payload.bin'
    path.write_bytes(data)
    return path, data


def test_create_list_show_set_unset_save_delete(openstack, container,
                                                payload, tmp_path):
    path, data = payload
    made = openstack('object', 'create', container, str(path), '--name',
                     'dir/obj.bin', parse_json=True).json
    assert made == [{'object': 'dir/obj.bin', 'container': container,
                     'etag': md5(data)}]
    listed = openstack('object', 'list', container, '--long',
                       parse_json=True).json
    assert len(listed) == 1
    assert listed[0]['Name'] == 'dir/obj.bin'
    assert listed[0]['Bytes'] == len(data)
    assert listed[0]['Hash'] == md5(data)
    assert set(listed[0]) == {'Name', 'Bytes', 'Hash', 'Content Type',
                              'Last Modified'}
    rolled = openstack('object', 'list', container, '--delimiter', '/',
                       parse_json=True).json
    assert rolled == [{'Name': 'dir/'}]

    openstack('object', 'set', container, 'dir/obj.bin',
              '--property', 'Color=Red', '--property', 'Shape=round')
    openstack('object', 'set', container, 'dir/obj.bin',
              '--property', 'Size=big')
    openstack('object', 'unset', container, 'dir/obj.bin',
              '--property', 'Shape')
    shown = openstack('object', 'show', container, 'dir/obj.bin',
                      parse_json=True).json
    assert shown['properties'] == {'Color': 'Red', 'Size': 'big'}
    assert shown['etag'] == md5(data)
    assert shown['content-length'] == str(len(data))
    assert {'account', 'container', 'object', 'content-type',
            'last-modified'} <= set(shown)

    target = tmp_path / 'saved' / 'copy.bin'
    openstack('object', 'save', container, 'dir/obj.bin', '--file',
              str(target))
    assert target.read_bytes() == data

    openstack('object', 'delete', container, 'dir/obj.bin')
    gone = openstack('object', 'show', container, 'dir/obj.bin',
                     check=False)
    assert gone.rc == 5


def test_create_several_and_delete_several(openstack, container, tmp_path):
    paths = []
    for i in range(3):
        path = tmp_path / f'f{i}'
        path.write_bytes(b'x' * i)
        paths.append(str(path))
    made = openstack('object', 'create', container, *paths,
                     parse_json=True).json
    assert [m['object'] for m in made] == paths
    page = openstack('object', 'list', container, '--limit', '2',
                     parse_json=True).json
    assert len(page) == 2
    every = openstack('object', 'list', container, '--limit', '2', '--all',
                      parse_json=True).json
    assert [o['Name'] for o in every] == sorted(paths)
    result = openstack('object', 'delete', container, *paths,
                       'fn-no-such-object', check=False)
    assert result.rc == 5
    assert '1 of 4 objects failed to delete' in result.stderr
    assert openstack('object', 'list', container, parse_json=True).json == []


def test_stdin_to_stdout(cli, container):
    data = os.urandom(200 * 1024)
    created = cli('object', 'create', container, '-', '--name', 'piped',
                  '-f', 'value', '-c', 'etag', input=data)
    assert created.returncode == 0, created.stderr
    assert created.stdout.decode().strip() == md5(data)
    saved = cli('object', 'save', container, 'piped', '--file', '-')
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout == data
    assert saved.stderr == b''


def test_large_object_round_trip(openstack, cli, container, payload,
                                 tmp_path):
    path, data = payload
    made = openstack('object', 'create', container, str(path), '--name',
                     'big', '--segment-size', '100000', parse_json=True).json
    segments = openstack('object', 'list', f'{container}_segments', '--long',
                         parse_json=True).json
    assert [s['Bytes'] for s in segments] == [100000, 100000, 100000, 7200]
    expected = md5(''.join(md5(data[i:i + 100000])
                           for i in range(0, len(data), 100000)).encode())
    assert made[0]['etag'] == expected
    target = tmp_path / 'big.out'
    openstack('object', 'save', container, 'big', '--file', str(target))
    assert target.read_bytes() == data

    piped = cli('object', 'create', container, '-', '--name', 'big2',
                '--segment-size', '100000', input=data)
    assert piped.returncode == 0, piped.stderr
    saved = cli('object', 'save', container, 'big2', '--file', '-')
    assert saved.stdout == data

    openstack('object', 'delete', container, 'big', 'big2')
    left = openstack('object', 'list', f'{container}_segments',
                     parse_json=True).json
    assert left == []


def test_corrupted_download_exits_9_and_writes_nothing(
        cli, openstack, container, payload, swift_proxy, tmp_path):
    path, data = payload
    openstack('object', 'create', container, str(path), '--name', 'o')
    swift_proxy.mode = 'flip'
    swift_proxy.target = swift_proxy.object_path(container, 'o')
    out = tmp_path / 'out'
    out.mkdir()
    result = cli('object', 'save', container, 'o', '--file', out / 'o',
                 config=swift_proxy.clouds_yaml)
    assert result.returncode == 9, result.stderr
    assert b'MD5 checksum mismatch' in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert os.listdir(out) == []


def test_broken_download_keeps_old_file(cli, openstack, container, payload,
                                        swift_proxy, tmp_path):
    path, data = payload
    openstack('object', 'create', container, str(path), '--name', 'o')
    swift_proxy.mode = 'cut'
    swift_proxy.cut_after = 100 * 1024
    swift_proxy.target = swift_proxy.object_path(container, 'o')
    out = tmp_path / 'out'
    out.mkdir()
    (out / 'o').write_bytes(b'the old content')
    result = cli('object', 'save', container, 'o', '--file', out / 'o',
                 config=swift_proxy.clouds_yaml)
    assert swift_proxy.cuts == 1
    assert result.returncode == 8, result.stderr
    assert b'Connection broken' in result.stderr
    assert os.listdir(out) == ['o']
    assert (out / 'o').read_bytes() == b'the old content'


def test_missing_object_and_container(openstack, container, unique_name,
                                      tmp_path):
    missing = openstack('object', 'save', container, 'nope', '--file',
                        str(tmp_path / 'x'), check=False)
    assert missing.rc == 5
    assert os.listdir(tmp_path) == []
    result = openstack('object', 'list', unique_name('ctr'), check=False)
    assert result.rc == 5


def _stderr_on_terminal(devcloud, *args):
    """Run the CLI with stderr on a pseudo-terminal; what it wrote there."""
    import pty
    import subprocess

    from tests.functional.object.v1.conftest import EXE

    main, secondary = pty.openpty()
    try:
        proc = subprocess.run(
            [EXE, *map(str, args)], env=devcloud.cloud_env('devcloud-admin'),
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=secondary, timeout=300)
        os.close(secondary)
        secondary = None
        chunks = []
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        if secondary is not None:
            os.close(secondary)
        os.close(main)
    return proc.returncode, b''.join(chunks).decode()


def test_progress_only_on_a_terminal_and_not_quiet(devcloud, cli, container,
                                                   payload, tmp_path):
    path, data = payload
    rc, shown = _stderr_on_terminal(devcloud, 'object', 'create', container,
                                    path, '--name', 'p')
    assert rc == 0, shown
    assert shown.startswith('\rp  ') and '300.0 KiB' in shown
    assert shown.rstrip().endswith('/s)')
    rc, shown = _stderr_on_terminal(devcloud, 'object', 'save', container,
                                    'p', '--file', tmp_path / 'p.out')
    assert rc == 0 and '300.0 KiB' in shown
    rc, shown = _stderr_on_terminal(devcloud, '-q', 'object', 'save',
                                    container, 'p', '--file',
                                    tmp_path / 'p.out')
    assert rc == 0 and shown == ''
    piped = cli('object', 'save', container, 'p', '--file',
                tmp_path / 'p.out')
    assert piped.returncode == 0 and piped.stderr == b''
    assert (tmp_path / 'p.out').read_bytes() == data
