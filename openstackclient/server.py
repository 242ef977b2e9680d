"""A warm per-user process that runs commands (doc/server.rst).

A command that talks to a cloud needs cliff, keystoneauth1, openstacksdk
and osc-lib, a quarter to half a second of imports on every run. The first
such run starts, beside itself, a server that imports them once and then
forks a child for each later run: the child already has everything
loaded, takes the run's arguments, environment, working folder, umask and
its very stdin, stdout and stderr (passed as file descriptors), runs the
command exactly as the ``openstack`` process would have, and reports the
exit code, which ``openstack`` then exits with. Signals the ``openstack``
process receives (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT) are passed on to the
child.

Safety: the socket lives in a folder only the user may enter
(``$XDG_RUNTIME_DIR/openstackclient`` or ``/tmp/openstackclient-<uid>``,
0700, checked like the token cache's), both ends check the other's uid
(``SO_PEERCRED``), and the socket's name is a hash of the interpreter, the
installed packages (``sys.path`` state) and this package's source files, so
an upgrade or an edited file is served by a new server. A server exits
after ``IDLE_SECONDS`` without a connection. ``OPENSTACKCLIENT_SERVER=0``
turns it all off; anything the server cannot do (no folder, a refused
connection, a platform without Unix sockets) falls back to running the
command in the ``openstack`` process itself.

Client side (standard library only, cheap to import):

``run(argv, key)``
    The command's exit code as the server's child reports it, or None when
    no server served it (one is then started for the next run).
"""

import array
import hashlib
import json
import os
import signal
import socket
import struct
import sys

ENV = 'OPENSTACKCLIENT_SERVER'
IDLE_SECONDS = 15 * 60
_OFF = ('0', 'false', 'no', 'off')
_INT = struct.Struct('!i')
_FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
_MAX_REQUEST = 8 << 20


# -- where ---------------------------------------------------------------

def folder(create=True):
    """The socket folder, if it is ours and private (else None)."""
    from openstackclient.cli import private

    runtime = os.environ.get('XDG_RUNTIME_DIR')
    path = (os.path.join(runtime, 'openstackclient') if runtime
            else os.path.join('/tmp', f'openstackclient-{os.getuid()}'))
    return private.folder(path, create)[0]


def _sources_stamp():
    """Newest modification time of this package's modules."""
    top = os.path.dirname(os.path.abspath(__file__))
    newest = 0
    stack = [top]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != '__pycache__':
                        stack.append(entry.path)
                elif entry.name.endswith('.py'):
                    newest = max(newest, entry.stat().st_mtime_ns)
    return newest


def socket_path(key):
    """The socket for ``key`` (the installed state), or None."""
    directory = folder()
    if directory is None:
        return None
    from openstackclient import __version__

    digest = hashlib.sha256(
        f'{key}\0{__version__}\0{sys.executable}\0{_sources_stamp()}'
        .encode()).hexdigest()[:20]
    path = os.path.join(directory, f'{digest}.sock')
    return path if len(path.encode()) < 100 else None


def _peer_uid(sock):
    creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED,
                            struct.calcsize('3i'))
    return struct.unpack('3i', creds)[1]


def _recv_exact(sock, size):
    data = b''
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data


# -- client side -----------------------------------------------------------

def enabled():
    return (os.environ.get(ENV, '').strip().lower() not in _OFF
            and hasattr(socket, 'AF_UNIX')
            and hasattr(socket, 'SO_PEERCRED')
            and hasattr(socket.socket, 'sendmsg'))


def _spawn(path):
    """Start a server for ``path`` in the background, detached."""
    import subprocess

    try:
        subprocess.Popen(
            [sys.executable, '-m', 'openstackclient.server', path],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
            close_fds=True)
    except OSError:
        pass


def _request(argv):
    streams = {}
    for name in ('stdin', 'stdout', 'stderr'):
        stream = getattr(sys, name)
        streams[name] = [getattr(stream, 'encoding', None) or 'utf-8',
                         getattr(stream, 'errors', None) or 'strict']
    mask = os.umask(0)
    os.umask(mask)
    return json.dumps({'argv': list(argv), 'env': dict(os.environ),
                       'cwd': os.getcwd(), 'umask': mask,
                       'streams': streams}).encode()


def run(argv, key):
    """Run ``argv`` in the server; see the module docstring."""
    if not enabled():
        return None
    path = socket_path(key)
    if path is None:
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        if sock.fileno() <= 2:
            return None   # stdin, stdout or stderr is closed: run here
        try:
            sock.connect(path)
        except (FileNotFoundError, ConnectionRefusedError) as e:
            if isinstance(e, ConnectionRefusedError):
                try:
                    os.unlink(path)   # a server that died left it
                except OSError:
                    pass
            _spawn(path)
            return None
        if _peer_uid(sock) != os.getuid():
            return None
        try:
            request = _request(argv)
            for stream in (sys.stdout, sys.stderr):
                stream.flush()
            fds = array.array('i', [0, 1, 2])
            sock.sendmsg([_INT.pack(len(request))],
                         [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)])
            sock.sendall(request)
        except OSError:
            return None
        started = _recv_exact(sock, _INT.size)
        if started is None:
            return None           # nothing ran: run it here
        child = _INT.unpack(started)[0]
        return _wait(sock, child)
    except OSError:
        return None
    finally:
        sock.close()


def _wait(sock, child):
    """Pass signals on to ``child`` until it reports its exit code."""
    def forward(signum, frame):
        try:
            os.kill(child, signum)
        except OSError:
            pass

    for signum in _FORWARDED:
        # One this process ignores (a background job's SIGINT) is ignored,
        # as it would be were the command running here.
        if signal.getsignal(signum) is not signal.SIG_IGN:
            signal.signal(signum, forward)
    while True:
        try:
            done = _recv_exact(sock, _INT.size)
            break
        except InterruptedError:
            continue
    if done is None:
        sys.stderr.write('openstack: the process running the command ended '
                         'without an exit code (set OPENSTACKCLIENT_SERVER=0 '
                         'to run commands in-process)\n')
        return 1
    return _INT.unpack(done)[0]


# -- server side -----------------------------------------------------------

def _preload():
    """Import what commands need, once, before any fork."""
    import importlib

    from openstackclient import app  # noqa: F401
    from openstackclient import clientmanager  # noqa: F401
    from openstackclient import registry
    from openstackclient import tokencache  # noqa: F401

    for name in ('cliff.lister', 'cliff.show', 'cliff.formatters.table',
                 'cliff.formatters.json_format', 'cliff.formatters.value',
                 'cliff.formatters.yaml_format', 'keystoneauth1.loading',
                 'keystoneauth1.identity.generic',
                 'osc_lib.cli.client_config'):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    entry_points, _ = registry.load_entry_points()
    for ep in entry_points:
        # Plugins' API modules too: the shell stands in for them until a
        # command uses their client (apimodules), which then imports them.
        if registry.is_ours(ep.dist) or ep.group == \
                registry.EXTENSION_API_GROUP:
            try:
                importlib.import_module(ep.module)
            except Exception:  # noqa: S112 - the child reports it if used
                continue
    try:
        from keystoneauth1 import loading

        loading.get_available_plugin_names()
    except Exception:  # noqa: S110 - only a warm-up
        pass


def serve(path):
    _preload()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    os.umask(0o077)
    # Listening before the socket appears under its name: a client that
    # finds the name but is refused may take the server for dead.
    temporary = f'{path}.{os.getpid()}'
    try:
        listener.bind(temporary)
        listener.listen(32)
        if _answers(path):
            return 0              # another server got there first
        os.rename(temporary, path)
    except OSError:
        return 0
    finally:
        try:
            os.unlink(temporary)
        except OSError:
            pass
    listener.settimeout(IDLE_SECONDS)
    ours = os.stat(path).st_ino
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)   # children reap alone
    try:
        while True:
            try:
                conn, _ = listener.accept()
            except socket.timeout:
                break
            except InterruptedError:
                continue
            try:
                pid = os.fork()
            except OSError:
                conn.close()
                continue
            if pid == 0:
                listener.close()
                _child(conn)      # does not return
            conn.close()
    finally:
        try:
            if os.stat(path).st_ino == ours:
                os.unlink(path)
        except OSError:
            pass
    return 0


def _answers(path):
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(path)
        return True
    except OSError:
        return False
    finally:
        probe.close()


def _receive(conn):
    size = struct.calcsize('i') * 3
    data, ancdata, _flags, _addr = conn.recvmsg(
        _INT.size, socket.CMSG_SPACE(size))
    fds = array.array('i')
    for level, kind, payload in ancdata:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(payload[:len(payload) - len(payload) % fds.itemsize])
    if len(data) < _INT.size:
        data += _recv_exact(conn, _INT.size - len(data)) or b''
    if len(fds) != 3 or len(data) != _INT.size:
        raise OSError('incomplete request')
    length = _INT.unpack(data)[0]
    if not 0 < length <= _MAX_REQUEST:
        raise OSError('bad request length')
    body = _recv_exact(conn, length)
    if body is None:
        raise OSError('incomplete request')
    return json.loads(body), list(fds)


def _child(conn):
    """Become the command the client asked for; never returns."""
    rc = 1
    try:
        # As a fresh interpreter has them, whatever the process that
        # started the server had (a background job ignores SIGINT).
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for signum in (signal.SIGHUP, signal.SIGQUIT):
            signal.signal(signum, signal.SIG_DFL)
        if _peer_uid(conn) != os.getuid():
            os._exit(1)
        request, fds = _receive(conn)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            if fd > 2:
                os.close(fd)
        os.chdir(request['cwd'])
        os.umask(request['umask'])
        os.environ.clear()
        os.environ.update(request['env'])
        _refresh_for_client()
        _attach_streams(request.get('streams') or {})
        sys.argv = ['openstack', *request['argv']]
        conn.sendall(_INT.pack(os.getpid()))
    except Exception:  # the client runs the command itself
        os._exit(1)
    try:
        _use_stdin_for_passwords()
        from openstackclient import shell

        rc = shell.main(request['argv'], serve=False)
    except SystemExit as e:
        rc = e.code if isinstance(e.code, int) else 1
    except BaseException:  # noqa: B036 - reported by exit code
        rc = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # noqa: S110 - e.g. a closed pipe
                pass
        try:
            import logging

            logging.shutdown()
        except Exception:  # noqa: S110
            pass
        try:
            conn.sendall(_INT.pack(int(rc or 0)))
        except OSError:
            pass
        os._exit(int(rc or 0) & 0xFF)


#: Modules that read the environment, the home or the working folder when
#: imported (openstacksdk's clouds.yaml search path, stevedore's cache
#: folder): run again in each child, with the client's.
_IMPORT_TIME_STATE = ('openstack.config.loader', 'stevedore._cache')


def _refresh_for_client():
    import importlib
    import tempfile
    import time

    time.tzset()
    tempfile.tempdir = None
    for name in _IMPORT_TIME_STATE:
        module = sys.modules.get(name)
        if module is not None:
            importlib.reload(module)


def _attach_streams(encodings):
    """sys.stdin/stdout/stderr on the client's descriptors, buffered and
    encoded as the client's own were."""
    def text(fd, mode, name, default_errors):
        encoding, errors = encodings.get(name) or ('utf-8', default_errors)
        stream = open(fd, mode, encoding=encoding, errors=errors,  # noqa
                      closefd=False)
        if mode == 'w' and (name == 'stderr' or os.isatty(fd)):
            stream.reconfigure(line_buffering=True)
        return stream

    sys.stdin = sys.__stdin__ = text(0, 'r', 'stdin', 'strict')
    sys.stdout = sys.__stdout__ = text(1, 'w', 'stdout', 'strict')
    sys.stderr = sys.__stderr__ = text(2, 'w', 'stderr', 'backslashreplace')


def _use_stdin_for_passwords():
    """getpass opens /dev/tty, which a process outside the terminal's
    session cannot: prompt on the client's terminal (stdin), echo off."""
    import getpass

    def tty_getpass(prompt='Password: ', stream=None):
        import termios

        if not os.isatty(0):
            raise EOFError('stdin is not a terminal')
        out = stream or sys.stderr
        old = termios.tcgetattr(0)
        new = list(old)
        new[3] &= ~termios.ECHO
        try:
            termios.tcsetattr(0, termios.TCSAFLUSH, new)
            out.write(prompt)
            out.flush()
            line = sys.stdin.readline()
        finally:
            termios.tcsetattr(0, termios.TCSAFLUSH, old)
            out.write('\n')
            out.flush()
        if not line:
            raise EOFError
        return line.rstrip('\n')

    getpass.getpass = tty_getpass


if __name__ == '__main__':
    sys.exit(serve(sys.argv[1]))
