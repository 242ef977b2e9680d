"""Streaming transfers: progress on stderr, hashing, atomic files, checks.

Uploads and downloads of any size go through here so that memory stays
flat, what was sent or received is verified, and an interrupted download
never leaves a partial file behind. Nothing here writes to stdout except
``AtomicFile('-')`` (the data itself).

Interface (image and object store commands rely on these names):

``Progress(stream, total=None, label='', *, enabled=True)``
    A one-line progress bar on ``stream`` (bytes done / total, percentage,
    rate, ETA), rewritten in place at most ``MAX_UPDATES_PER_SECOND``
    times a second. ``update(nbytes)`` counts bytes (thread-safe);
    ``close()`` writes the final line (idempotent). Also a context
    manager. With ``enabled=False`` it writes nothing.

``progress_for(app, total=None, label='')``
    An enabled ``Progress`` on ``app.stderr`` only when that is a terminal
    and the app is not quiet (``-q`` sets ``verbose_level`` to 0);
    otherwise a disabled one. Commands use this rather than ``Progress``.

``HashingReader(source, algorithms=('md5',), progress=None,
chunk_size=CHUNK_SIZE)``
    Wraps a binary file object (anything with ``read``; stdin and pipes
    work, nothing is seeked) or an iterable of ``bytes`` chunks. It is
    file-like (``read(size=-1)``) and iterable over chunks of at most
    ``chunk_size`` bytes; every byte handed out is hashed and counted
    (``bytes_read``, ``hexdigest(name)``, ``hexdigests()``) and reported
    to ``progress``. Only ``read()`` with no size reads everything at
    once: streaming consumers (requests, http.client) read in blocks or
    iterate. ``length=<n>`` (optional) sets a ``len`` attribute, which
    requests uses as the Content-Length. ``body()`` is the same stream as
    an iterable with no ``read``, to hand to requests as ``data``: urllib3
    reads a file-like body in 16 KiB blocks, but sends an iterable's
    ``chunk_size`` chunks as they are, so the hashes get large buffers
    (in their threads) instead of 64 small ones per MiB.

``AtomicFile(target, stdout=None)``
    Context manager yielding a binary file. It writes to a hidden
    temporary file beside ``target`` (same directory, so same filesystem);
    on a clean exit it flushes, fsyncs and renames it over ``target``. On
    any exception (including KeyboardInterrupt) the temporary file is
    removed and an existing ``target`` is left untouched. Every
    ``WRITE_BEHIND`` bytes written, the kernel is asked to start writing
    them to disk and to drop them from the page cache once written
    (``posix_fadvise(DONTNEED)``), so the closing fsync waits for the tail
    only (not for a whole GiB) and a large download does not push the
    machine's cached files out. ``target`` of
    ``'-'`` or None means the binary side of ``stdout`` (default
    ``sys.stdout``): no temporary file, nothing to undo.

``verify(what, name, expected, actual)``
    Raises ``errors.IntegrityError`` (exit code 9) with one line when
    ``expected`` and ``actual`` differ: compared as text, case-insensitive,
    surrounding quotes (ETags) and blanks stripped. An ``expected`` of
    None or '' means there is nothing to compare against: no error.

``download(chunks, target, *, algorithms=('md5',), expected=None,
progress=None, name=None, stdout=None)``
    Writes an iterable of byte chunks to ``target`` through
    ``AtomicFile``, hashing on the fly. ``expected`` maps algorithm names
    (and optionally ``'size'``, a byte count) to the values the server
    announced; each is checked with ``verify`` before the rename, so a
    mismatch leaves no file. A connection that breaks mid-transfer raises
    ``errors.ConnectionError`` (exit 8), also leaving no file. Returns the
    ``HashingReader`` (digests and byte count of what was written).
"""

import hashlib
import os
import queue
import sys
import threading
import time

from openstackclient.cli import errors

#: Bytes per read/write: large enough to be fast, small enough to be flat.
CHUNK_SIZE = 1 << 20

#: Bytes a download writes between two requests to start writeback.
WRITE_BEHIND = 8 << 20

#: How often at most the progress line is rewritten.
MAX_UPDATES_PER_SECOND = 10


# -- progress --------------------------------------------------------------

def format_bytes(count):
    """``1.5 MiB``, ``980 B``: binary units, one decimal."""
    value = float(count)
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if value < 1024 or unit == 'TiB':
            break
        value /= 1024
    if unit == 'B':
        return f'{int(value)} B'
    return f'{value:.1f} {unit}'


def format_duration(seconds):
    """``0:07``, ``12:30``, ``2:05:09``."""
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f'{hours}:{minutes:02d}:{secs:02d}'
    return f'{minutes}:{secs:02d}'


class Progress:
    """A progress line on a terminal stream; see the module docstring."""

    def __init__(self, stream, total=None, label='', *, enabled=True,
                 clock=time.monotonic, width=None):
        self.stream = stream
        self.total = total
        self.label = label
        self.enabled = enabled
        self.done = 0
        self._clock = clock
        self._width = width
        self._start = clock()
        self._last_draw = None
        self._drawn_len = 0
        self._closed = False
        self._lock = threading.Lock()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def update(self, nbytes):
        """Count ``nbytes`` more bytes done; redraw if it is time."""
        with self._lock:
            self.done += nbytes
            if not self.enabled or self._closed:
                return
            now = self._clock()
            finished = self.total is not None and self.done >= self.total
            if (self._last_draw is not None and not finished
                    and now - self._last_draw < 1 / MAX_UPDATES_PER_SECOND):
                return
            self._last_draw = now
            self._draw(self._line(now))

    def close(self):
        """Write the final line (once)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            if not self.enabled:
                return
            elapsed = max(self._clock() - self._start, 0.0)
            parts = [self.label, format_bytes(self.done),
                     f'in {format_duration(elapsed)}']
            rate = self._rate(elapsed)
            if rate is not None:
                parts.append(f'({format_bytes(rate)}/s)')
            self._draw(' '.join(p for p in parts if p))
            self.stream.write('\n')
            self.stream.flush()

    def _rate(self, elapsed):
        if elapsed <= 0:
            return None
        return self.done / elapsed

    def _line(self, now):
        elapsed = max(now - self._start, 0.0)
        rate = self._rate(elapsed)
        parts = [self.label]
        if self.total:
            percent = min(100, self.done * 100 // self.total)
            parts.append(f'{format_bytes(self.done)} / '
                         f'{format_bytes(self.total)}')
            parts.append(f'{percent:3d}%')
        else:
            parts.append(format_bytes(self.done))
        parts.append(f'{format_bytes(rate)}/s' if rate else '-- B/s')
        if self.total:
            left = self.total - self.done
            if left <= 0:
                parts.append('ETA 0:00')
            elif rate:
                parts.append(f'ETA {format_duration(left / rate)}')
            else:
                parts.append('ETA --:--')
        return '  '.join(p for p in parts if p)

    def _columns(self):
        if self._width is not None:
            return self._width
        import shutil

        return shutil.get_terminal_size((80, 24)).columns

    def _draw(self, line):
        line = line[:max(self._columns() - 1, 10)]
        padding = ' ' * max(self._drawn_len - len(line), 0)
        self.stream.write('\r' + line + padding)
        self.stream.flush()
        self._drawn_len = len(line)


def _isatty(stream):
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def progress_for(app, total=None, label=''):
    """A Progress on ``app.stderr``: enabled only on a terminal, not -q."""
    stream = getattr(app, 'stderr', None) or sys.stderr
    options = getattr(app, 'options', None)
    quiet = getattr(options, 'verbose_level', 1) == 0
    enabled = not quiet and _isatty(stream)
    return Progress(stream, total, label, enabled=enabled)


# -- hashing ---------------------------------------------------------------

class _Hasher:
    """One hash, computed in a thread of its own.

    hashlib releases the GIL on large buffers, so hashing (MD5 and SHA-512
    together cost more than the network here) runs beside the reads and
    writes instead of after each of them. At most ``_QUEUED`` chunks wait,
    so memory stays bounded.
    """

    _QUEUED = 8

    def __init__(self, name):
        self._hash = hashlib.new(name)
        self._queue = None

    def update(self, data):
        if len(data) < 65536 and self._queue is None:
            self._hash.update(data)
            return
        if self._queue is None:
            self._queue = queue.Queue(self._QUEUED)
            threading.Thread(target=self._run, daemon=True,
                             name=f'hash-{self._hash.name}').start()
        self._queue.put(data)

    def _run(self):
        while True:
            data = self._queue.get()
            try:
                self._hash.update(data)
            finally:
                self._queue.task_done()

    def hexdigest(self):
        if self._queue is not None:
            self._queue.join()
        return self._hash.hexdigest()


class HashingReader:
    """Hash and count bytes as they stream; see the module docstring."""

    def __init__(self, source, algorithms=('md5',), progress=None,
                 chunk_size=CHUNK_SIZE, length=None):
        self._source = source
        self._is_file = hasattr(source, 'read')
        self._iterator = None if self._is_file else iter(source)
        self._pending = b''
        self._hashes = {name: _Hasher(name) for name in algorithms}
        self.progress = progress
        self.chunk_size = chunk_size
        self.bytes_read = 0
        if length is not None:
            self.len = length

    def hexdigest(self, name):
        """The hex digest of what was handed out so far."""
        return self._hashes[name].hexdigest()

    def hexdigests(self):
        """``{algorithm: hex digest}`` of what was handed out so far."""
        return {name: h.hexdigest() for name, h in self._hashes.items()}

    def _account(self, data):
        if data:
            for digest in self._hashes.values():
                digest.update(data)
            self.bytes_read += len(data)
            if self.progress is not None:
                self.progress.update(len(data))
        return data

    def _next_chunk(self, limit):
        """Up to ``limit`` bytes from the source; b'' at its end."""
        if self._pending:
            data, self._pending = (self._pending[:limit],
                                   self._pending[limit:])
            return data
        if self._is_file:
            return self._source.read(limit) or b''
        for data in self._iterator:
            if data:
                if len(data) > limit:
                    data, self._pending = data[:limit], data[limit:]
                return bytes(data)
        return b''

    def read(self, size=-1):
        """Up to ``size`` bytes (all that is left if ``size`` < 0)."""
        if size is None or size < 0:
            parts = []
            while True:
                data = self._next_chunk(self.chunk_size)
                if not data:
                    break
                parts.append(data)
            return self._account(b''.join(parts))
        if size == 0:
            return b''
        return self._account(self._next_chunk(size))

    def __iter__(self):
        while True:
            data = self.read(self.chunk_size)
            if not data:
                return
            yield data

    def body(self):
        """This stream as a request body; see the module docstring."""
        return _Body(self)


class _Body:
    """A HashingReader's chunks, with its length if it has one."""

    def __init__(self, reader):
        self._reader = reader
        if hasattr(reader, 'len'):
            self.len = reader.len

    def __iter__(self):
        return iter(self._reader)


# -- files -----------------------------------------------------------------

def _binary(stream):
    """The binary side of a text stream (or the stream if it is binary)."""
    if hasattr(stream, 'buffer'):
        stream.flush()
        return stream.buffer
    return stream


def _new_file_mode(target):
    """The mode a plain open() would give ``target``: its own if it exists,
    else 0666 less the umask."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


class _WriteBehind:
    """A binary file whose written data goes to disk as it comes (see
    ``AtomicFile``); anything but ``write`` is the file's own."""

    def __init__(self, file):
        self._file = file
        self._written = 0
        self._started = 0
        self._advise = hasattr(os, 'posix_fadvise')

    def write(self, data):
        count = self._file.write(data)
        self._written += count
        if self._advise and self._written - self._started >= WRITE_BEHIND:
            self._file.flush()
            try:
                os.posix_fadvise(self._file.fileno(), self._started,
                                 self._written - self._started,
                                 os.POSIX_FADV_DONTNEED)
            except OSError:
                self._advise = False
            self._started = self._written
        return count

    def __getattr__(self, name):
        return getattr(self._file, name)


class AtomicFile:
    """Write a file whole or not at all; see the module docstring."""

    def __init__(self, target, stdout=None):
        self.target = target
        self._stdout = stdout
        self.temp_path = None
        self._file = None

    @property
    def is_stdout(self):
        return self.target in (None, '-')

    def __enter__(self):
        if self.is_stdout:
            self._file = _binary(self._stdout or sys.stdout)
            return self._file
        import tempfile

        directory, base = os.path.split(os.path.abspath(self.target))
        fd, self.temp_path = tempfile.mkstemp(
            prefix=f'.{base}.', suffix='.part', dir=directory)
        try:
            os.fchmod(fd, _new_file_mode(self.target))
            self._file = os.fdopen(fd, 'wb')
        except BaseException:
            os.close(fd)
            os.unlink(self.temp_path)
            raise
        return _WriteBehind(self._file)

    def __exit__(self, exc_type, exc, tb):
        if self.is_stdout:
            if exc_type is None:
                self._file.flush()
            return False
        try:
            if exc_type is None:
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()
                os.replace(self.temp_path, self.target)
                self._sync_directory()
                self.temp_path = None
                return False
        except BaseException:
            self._discard()
            raise
        self._discard()
        return False

    def _discard(self):
        try:
            self._file.close()
        except Exception:  # noqa: S110 - already failing; remove the file
            pass
        if self.temp_path is not None:
            try:
                os.unlink(self.temp_path)
            except FileNotFoundError:
                pass
            self.temp_path = None

    def _sync_directory(self):
        directory = os.path.dirname(os.path.abspath(self.target))
        try:
            fd = os.open(directory, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


# -- verification and download --------------------------------------------

def _normalise(value):
    return str(value).strip().strip('"').strip().lower()


def verify(what, name, expected, actual):
    """Raise IntegrityError (exit 9) if ``expected`` and ``actual`` differ."""
    if expected is None or expected == '':
        return
    if _normalise(expected) != _normalise(actual):
        raise errors.IntegrityError(
            f'{what} mismatch for {name}: expected {_normalise(expected)}, '
            f'got {_normalise(actual)}; the transfer was corrupted'
        )


#: Exceptions (by class name) of requests/urllib3/http.client that mean the
#: connection broke while a body was being read.
_BROKEN = ('ChunkedEncodingError', 'ContentDecodingError', 'ProtocolError',
           'IncompleteRead', 'ReadTimeoutError', 'ConnectionError',
           'ConnectionResetError', 'RemoteDisconnected')


def _is_broken_connection(exc):
    return any(cls.__name__ in _BROKEN for cls in type(exc).__mro__)


def _describe(exc):
    text = ' '.join(str(exc).split())[:160]
    return f'{type(exc).__name__}: {text}' if text else type(exc).__name__


_LABELS = {'md5': 'MD5 checksum', 'sha256': 'SHA-256 checksum',
           'sha512': 'SHA-512 checksum', 'size': 'Size'}


def download(chunks, target, *, algorithms=('md5',), expected=None,
             progress=None, name=None, stdout=None):
    """Stream ``chunks`` into ``target``, verified; see the module doc."""
    expected = dict(expected or {})
    name = name or repr(target)
    algorithms = tuple(algorithms or ())
    algorithms += tuple(a for a in expected
                        if a != 'size' and a not in algorithms)
    reader = HashingReader(chunks, algorithms, progress=progress)
    try:
        with AtomicFile(target, stdout=stdout) as out:
            try:
                for chunk in reader:
                    out.write(chunk)
            except errors.CommandError:
                raise
            except Exception as exc:
                if not _is_broken_connection(exc):
                    raise
                raise errors.ConnectionError(
                    f'Connection broken while downloading {name} after '
                    f'{reader.bytes_read} bytes ({_describe(exc)})'
                ) from exc
            for key, value in expected.items():
                actual = (reader.bytes_read if key == 'size'
                          else reader.hexdigest(key))
                verify(_LABELS.get(key, key), name, value, actual)
    finally:
        if progress is not None:
            progress.close()
    return reader
