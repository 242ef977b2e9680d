"""Unit tests: streaming helpers (progress, hashing, atomic files, checks)."""

import hashlib
import io
import os
import stat
import threading
import types

import pytest

from openstackclient.cli import errors
from openstackclient.cli import transfer


class Clock:
    """A clock the test moves by hand (no sleeping, no timing)."""

    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class TTY(io.StringIO):
    def isatty(self):
        return True


def make_progress(total=None, label='up', width=200):
    clock = Clock()
    stream = io.StringIO()
    bar = transfer.Progress(stream, total, label, clock=clock, width=width)
    return bar, stream, clock


# -- formatting ------------------------------------------------------------

@pytest.mark.parametrize('count, text', [
    (0, '0 B'), (1023, '1023 B'), (1024, '1.0 KiB'),
    (1536 * 1024, '1.5 MiB'), (5 * 1024 ** 4, '5.0 TiB'),
])
def test_format_bytes(count, text):
    assert transfer.format_bytes(count) == text


@pytest.mark.parametrize('seconds, text', [
    (0, '0:00'), (7.4, '0:07'), (750, '12:30'), (7509, '2:05:09'),
])
def test_format_duration(seconds, text):
    assert transfer.format_duration(seconds) == text


# -- Progress --------------------------------------------------------------

def test_progress_line_shows_bytes_percent_rate_eta():
    bar, stream, clock = make_progress(total=4 * 1024 * 1024)
    clock.now += 1
    bar.update(1024 * 1024)
    line = stream.getvalue()
    assert line.startswith('\rup  1.0 MiB / 4.0 MiB   25%  1.0 MiB/s')
    assert line.endswith('ETA 0:03')
    assert '\n' not in line


def test_progress_throttles_redraws():
    bar, stream, clock = make_progress(total=100)
    clock.now += 1
    bar.update(1)
    for _ in range(50):
        clock.now += 0.001
        bar.update(1)
    assert stream.getvalue().count('\r') == 1
    clock.now += 0.2
    bar.update(1)
    assert stream.getvalue().count('\r') == 2
    assert bar.done == 52


def test_progress_draws_completion_even_when_throttled():
    bar, stream, clock = make_progress(total=10)
    clock.now += 1
    bar.update(5)
    bar.update(5)
    assert stream.getvalue().count('\r') == 2
    assert 'ETA 0:00' in stream.getvalue()


def test_progress_rewrites_in_place_and_pads_shorter_lines():
    bar, stream, clock = make_progress(total=None, label='x')
    clock.now += 1
    bar.update(2000 * 1024)
    first = stream.getvalue()[1:]
    clock.now += 1000
    bar.update(1)
    second = stream.getvalue()[len(first) + 2:]
    assert len(second) >= len(first)


def test_progress_unknown_total_has_no_eta():
    bar, stream, clock = make_progress(total=None)
    clock.now += 2
    bar.update(4096)
    assert 'ETA' not in stream.getvalue()
    assert '4.0 KiB' in stream.getvalue()


def test_progress_close_writes_final_line_once():
    bar, stream, clock = make_progress(total=2048)
    clock.now += 2
    bar.update(2048)
    bar.close()
    bar.close()
    text = stream.getvalue()
    assert text.endswith('\n')
    assert text.split('\r')[-1].rstrip() == 'up 2.0 KiB in 0:02 (1.0 KiB/s)'
    assert text.count('\n') == 1
    bar.update(10)  # after close: counted, not drawn
    assert stream.getvalue() == text


def test_progress_line_fits_the_terminal():
    bar, stream, clock = make_progress(total=10 ** 12, label='L' * 100,
                                       width=40)
    clock.now += 1
    bar.update(5)
    assert len(stream.getvalue()) == 1 + 39


def test_disabled_progress_writes_nothing():
    stream = io.StringIO()
    bar = transfer.Progress(stream, 10, 'x', enabled=False)
    bar.update(10)
    bar.close()
    assert stream.getvalue() == ''
    assert bar.done == 10


def test_progress_counts_from_many_threads():
    bar = transfer.Progress(io.StringIO(), None, enabled=False)
    threads = [threading.Thread(target=lambda: [bar.update(1)
                                                for _ in range(1000)])
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert bar.done == 4000


def fake_app(stderr, verbose_level=1):
    return types.SimpleNamespace(
        stderr=stderr, stdout=io.StringIO(),
        options=types.SimpleNamespace(verbose_level=verbose_level))


def test_progress_for_terminal_is_enabled():
    bar = transfer.progress_for(fake_app(TTY()), 10, 'x')
    assert bar.enabled and bar.total == 10 and bar.label == 'x'


def test_progress_for_quiet_or_pipe_is_disabled():
    assert not transfer.progress_for(fake_app(TTY(), 0), 10).enabled
    assert not transfer.progress_for(fake_app(io.StringIO()), 10).enabled


def test_progress_for_app_without_verbosity():
    app = types.SimpleNamespace(stderr=TTY(), options=None)
    assert transfer.progress_for(app).enabled


# -- HashingReader ---------------------------------------------------------

DATA = bytes(range(256)) * 41  # 10496 bytes


def test_reader_iterates_in_chunks_and_hashes():
    bar = transfer.Progress(io.StringIO(), enabled=False)
    reader = transfer.HashingReader(io.BytesIO(DATA), ('md5', 'sha256'),
                                    progress=bar, chunk_size=4096)
    chunks = list(reader)
    assert [len(c) for c in chunks] == [4096, 4096, 2304]
    assert b''.join(chunks) == DATA
    assert reader.bytes_read == len(DATA) == bar.done
    assert reader.hexdigest('md5') == hashlib.md5(DATA).hexdigest()
    assert reader.hexdigests()['sha256'] == hashlib.sha256(DATA).hexdigest()


def test_reader_read_sizes():
    reader = transfer.HashingReader(io.BytesIO(DATA))
    assert reader.read(0) == b''
    assert reader.read(10) == DATA[:10]
    assert reader.read() == DATA[10:]
    assert reader.read(10) == b''
    assert reader.hexdigest('md5') == hashlib.md5(DATA).hexdigest()


def test_reader_over_iterable_of_chunks():
    source = iter([DATA[:3000], b'', DATA[3000:]])
    reader = transfer.HashingReader(source, chunk_size=1000)
    out = []
    while True:
        block = reader.read(700)
        if not block:
            break
        assert len(block) <= 700
        out.append(block)
    assert b''.join(out) == DATA
    assert reader.hexdigest('md5') == hashlib.md5(DATA).hexdigest()


def test_reader_on_a_pipe_never_seeks():
    read_fd, write_fd = os.pipe()
    with os.fdopen(write_fd, 'wb') as w:
        w.write(DATA)
    with os.fdopen(read_fd, 'rb') as r:
        reader = transfer.HashingReader(r, chunk_size=1024)
        assert sum(len(c) for c in reader) == len(DATA)
    assert reader.hexdigest('md5') == hashlib.md5(DATA).hexdigest()


def test_reader_length_is_the_content_length_for_requests():
    import requests.utils

    reader = transfer.HashingReader(io.BytesIO(DATA), length=len(DATA))
    assert requests.utils.super_len(reader) == len(DATA)
    assert not hasattr(transfer.HashingReader(io.BytesIO(DATA)), 'len')


def test_reader_as_a_requests_body_streams_and_hashes(requests_mock):
    import requests

    seen = {}

    def record(request, context):
        body = request.body
        seen['body'] = b''.join(iter(lambda: body.read(8192), b''))
        return ''

    requests_mock.put('http://swift/o', text=record)
    reader = transfer.HashingReader(io.BytesIO(DATA), length=len(DATA))
    resp = requests.put('http://swift/o', data=reader)
    assert resp.request.headers['Content-Length'] == str(len(DATA))
    assert seen['body'] == DATA
    assert reader.hexdigest('md5') == hashlib.md5(DATA).hexdigest()


def test_reader_body_is_sent_in_whole_chunks_with_its_length(requests_mock):
    import requests
    from urllib3.util import request as urllib3_request

    data = os.urandom(3 * 65536 + 5)
    reader = transfer.HashingReader(io.BytesIO(data), chunk_size=65536,
                                    length=len(data))
    body = reader.body()
    # No read(): urllib3 then sends the chunks as they are, not 16 KiB
    # blocks of them.
    assert not hasattr(body, 'read')
    chunks = list(urllib3_request.body_to_chunks(
        body, method='PUT', blocksize=16384).chunks)
    assert [len(c) for c in chunks] == [65536, 65536, 65536, 5]
    assert b''.join(chunks) == data
    assert reader.hexdigest('md5') == hashlib.md5(data).hexdigest()

    requests_mock.put('http://swift/o', text='')
    sized = transfer.HashingReader(io.BytesIO(DATA), length=len(DATA))
    resp = requests.put('http://swift/o', data=sized.body())
    assert resp.request.headers['Content-Length'] == str(len(DATA))
    unsized = transfer.HashingReader(io.BytesIO(DATA))
    resp = requests.put('http://swift/o', data=unsized.body())
    assert resp.request.headers['Transfer-Encoding'] == 'chunked'


# -- AtomicFile ------------------------------------------------------------

def test_atomic_file_replaces_target_on_success(tmp_path):
    target = tmp_path / 'out.bin'
    target.write_bytes(b'old')
    atomic = transfer.AtomicFile(str(target))
    with atomic as f:
        f.write(b'new data')
        assert target.read_bytes() == b'old'
        assert os.path.dirname(atomic.temp_path) == str(tmp_path)
    assert target.read_bytes() == b'new data'
    assert os.listdir(tmp_path) == ['out.bin']


def test_atomic_file_new_file_gets_umask_mode(tmp_path):
    target = tmp_path / 'new'
    old = os.umask(0o022)
    try:
        with transfer.AtomicFile(str(target)) as f:
            f.write(b'x')
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_atomic_file_keeps_existing_mode(tmp_path):
    target = tmp_path / 'script'
    target.write_bytes(b'old')
    target.chmod(0o750)
    with transfer.AtomicFile(str(target)) as f:
        f.write(b'new')
    assert stat.S_IMODE(target.stat().st_mode) == 0o750


@pytest.mark.parametrize('exc', [RuntimeError('boom'), KeyboardInterrupt(),
                                 errors.IntegrityError('bad')])
def test_atomic_file_failure_leaves_target_and_no_temp(tmp_path, exc):
    target = tmp_path / 'out.bin'
    target.write_bytes(b'old')
    with pytest.raises(type(exc)):
        with transfer.AtomicFile(str(target)) as f:
            f.write(b'partial')
            raise exc
    assert target.read_bytes() == b'old'
    assert os.listdir(tmp_path) == ['out.bin']


def test_atomic_file_failure_without_existing_target(tmp_path):
    with pytest.raises(RuntimeError):
        with transfer.AtomicFile(str(tmp_path / 'x')):
            raise RuntimeError
    assert os.listdir(tmp_path) == []


def test_atomic_file_starts_writeback_as_data_comes(tmp_path, monkeypatch):
    advised = []
    monkeypatch.setattr(transfer, 'WRITE_BEHIND', 10)
    monkeypatch.setattr(os, 'posix_fadvise',
                        lambda fd, offset, length, advice:
                        advised.append((offset, length, advice)))
    target = tmp_path / 'out.bin'
    with transfer.AtomicFile(str(target)) as f:
        for _ in range(6):
            f.write(b'1234')
    assert target.read_bytes() == b'1234' * 6
    assert advised == [(0, 12, os.POSIX_FADV_DONTNEED),
                       (12, 12, os.POSIX_FADV_DONTNEED)]


def test_atomic_file_write_behind_failure_is_not_an_error(tmp_path,
                                                          monkeypatch):
    calls = []

    def refuse(*args):
        calls.append(args)
        raise OSError(22, 'Invalid argument')

    monkeypatch.setattr(transfer, 'WRITE_BEHIND', 4)
    monkeypatch.setattr(os, 'posix_fadvise', refuse)
    target = tmp_path / 'out.bin'
    with transfer.AtomicFile(str(target)) as f:
        f.write(b'1234')
        f.write(b'5678')
    assert target.read_bytes() == b'12345678'
    assert len(calls) == 1


@pytest.mark.parametrize('target', ['-', None])
def test_atomic_file_stdout(target):
    class Text(io.TextIOWrapper):
        pass

    raw = io.BytesIO()
    out = Text(raw, encoding='utf-8')
    out.write('before ')
    with transfer.AtomicFile(target, stdout=out) as f:
        f.write(b'bytes')
    assert raw.getvalue() == b'before bytes'


# -- verify ----------------------------------------------------------------

def test_verify_accepts_equal_ignoring_case_and_quotes():
    transfer.verify('MD5 checksum', "object 'o'", '"ABCDEF"', 'abcdef')
    transfer.verify('Size', 'x', 10, '10')


@pytest.mark.parametrize('expected', [None, ''])
def test_verify_without_expectation_is_a_no_op(expected):
    transfer.verify('MD5 checksum', 'x', expected, 'abc')


def test_verify_mismatch_is_one_line_integrity_error():
    with pytest.raises(errors.IntegrityError) as info:
        transfer.verify('MD5 checksum', "object 'c/o'", '"aaa"', 'bbb')
    message = str(info.value)
    assert message == ("MD5 checksum mismatch for object 'c/o': expected "
                       'aaa, got bbb; the transfer was corrupted')
    assert errors.exit_code_for(info.value) == errors.INTEGRITY == 9


# -- download --------------------------------------------------------------

def chunks_of(data, size=1000):
    return (data[i:i + size] for i in range(0, len(data), size))


def test_download_writes_and_verifies(tmp_path):
    target = tmp_path / 'f'
    bar = transfer.Progress(io.StringIO(), enabled=False)
    reader = transfer.download(
        chunks_of(DATA), str(target),
        expected={'md5': hashlib.md5(DATA).hexdigest(), 'size': len(DATA)},
        progress=bar)
    assert target.read_bytes() == DATA
    assert reader.bytes_read == len(DATA) == bar.done
    assert bar._closed


def test_download_checks_extra_algorithms_named_in_expected(tmp_path):
    target = tmp_path / 'f'
    reader = transfer.download(
        chunks_of(DATA), str(target), algorithms=(),
        expected={'sha256': hashlib.sha256(DATA).hexdigest()})
    assert reader.hexdigest('sha256') == hashlib.sha256(DATA).hexdigest()


def test_download_mismatch_leaves_old_file(tmp_path):
    target = tmp_path / 'f'
    target.write_bytes(b'old')
    bar = transfer.Progress(io.StringIO(), enabled=False)
    with pytest.raises(errors.IntegrityError, match='MD5 checksum mismatch'):
        transfer.download(chunks_of(DATA), str(target),
                          expected={'md5': '0' * 32}, progress=bar,
                          name="object 'c/o'")
    assert target.read_bytes() == b'old'
    assert os.listdir(tmp_path) == ['f']
    assert bar._closed


def test_download_short_size_is_integrity_error(tmp_path):
    with pytest.raises(errors.IntegrityError, match='Size mismatch'):
        transfer.download(chunks_of(DATA), str(tmp_path / 'f'),
                          algorithms=(), expected={'size': len(DATA) + 1})
    assert os.listdir(tmp_path) == []


def test_download_broken_connection_is_connection_error(tmp_path):
    import requests

    def broken():
        yield DATA[:100]
        raise requests.exceptions.ChunkedEncodingError(
            'Connection broken: IncompleteRead(100 bytes read)')

    target = tmp_path / 'f'
    target.write_bytes(b'old')
    with pytest.raises(errors.ConnectionError) as info:
        transfer.download(broken(), str(target), name="object 'o'")
    assert "downloading object 'o' after 100 bytes" in str(info.value)
    assert errors.exit_code_for(info.value) == errors.CONNECTION
    assert target.read_bytes() == b'old'
    assert os.listdir(tmp_path) == ['f']


def test_download_interrupted_leaves_no_file(tmp_path):
    def interrupted():
        yield DATA[:100]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        transfer.download(interrupted(), str(tmp_path / 'f'))
    assert os.listdir(tmp_path) == []


def test_download_other_errors_propagate(tmp_path):
    def failing():
        yield b'x'
        raise ValueError('bug')

    with pytest.raises(ValueError):
        transfer.download(failing(), str(tmp_path / 'f'))
    assert os.listdir(tmp_path) == []


def test_download_to_stdout():
    raw = io.BytesIO()
    transfer.download(chunks_of(DATA), '-', stdout=raw,
                      expected={'md5': hashlib.md5(DATA).hexdigest()})
    assert raw.getvalue() == DATA
