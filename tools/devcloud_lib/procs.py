"""Start detached server processes and stop exactly those again.

Each process is started in its own session (setsid), so it is the leader of
a process group whose id is its pid; gunicorn's workers join that group.
`up` records {pid, start_time, argv} in .devcloud/run/<name>.json.  `down`
reads every record first, checks that the pid is still the process it
started (same start time, so a reused pid is never mistaken for it; the
command line cannot tell, gunicorn rewrites it) and leads its own group,
and only then signals that group: nothing else is touched.
"""
import json
import os
import signal
import socket
import subprocess
import time

from . import net
from .errors import DevcloudError
from .layout import write_file


class Process:
    """One long-running server process of a service."""

    def __init__(self, name, argv, port, ready_path='/', ready_codes=None,
                 env=None, cwd=None):
        self.name = name              # also the log name: logs/<name>.log
        self.argv = argv
        self.port = port
        self.ready_path = ready_path
        self.ready_codes = ready_codes  # None: any HTTP answer will do
        self.env = env or {}
        self.cwd = cwd

    @property
    def ready_url(self):
        return 'http://127.0.0.1:%d%s' % (self.port, self.ready_path)

    def answers(self, timeout=2.0):
        status = net.status_of(self.ready_url, timeout=timeout)
        if status is None:
            return False
        return self.ready_codes is None or status in self.ready_codes


class TcpProcess(Process):
    """A server that is ready once its port accepts a connection and, when
    ``greeting`` is given, sends bytes starting with it (MariaDB's
    handshake, say) or answers ``probe`` (AMQP's protocol header)."""

    def __init__(self, name, argv, port, probe=None, greeting=None, **kw):
        super().__init__(name, argv, port, **kw)
        self.probe = probe
        self.greeting = greeting

    @property
    def ready_url(self):
        return 'tcp://127.0.0.1:%d' % self.port

    def answers(self, timeout=2.0):
        try:
            with socket.create_connection(('127.0.0.1', self.port),
                                          timeout=timeout) as sock:
                if self.probe:
                    sock.sendall(self.probe)
                if self.greeting is None:
                    return True
                data = sock.recv(64)
                return bool(data) and data.startswith(self.greeting)
        except OSError:
            return False


class Daemon(Process):
    """A worker with no port of its own (cinder-volume, say): ready as
    soon as it runs; the unit's post_start checks it through its API."""

    def __init__(self, name, argv, **kw):
        super().__init__(name, argv, None, **kw)

    @property
    def ready_url(self):
        return '(no port)'

    def answers(self, timeout=2.0):
        return True


# -- records ---------------------------------------------------------------

def record_path(site, name):
    return os.path.join(site.run_dir, name + '.json')


def read_record(site, name):
    try:
        with open(record_path(site, name)) as f:
            rec = json.load(f)
        return rec if isinstance(rec.get('pid'), int) else None
    except (OSError, ValueError, AttributeError):
        return None


def all_records(site):
    """{name: record} for every process record in run/."""
    recs = {}
    if os.path.isdir(site.run_dir):
        for fname in sorted(os.listdir(site.run_dir)):
            if fname.endswith('.json'):
                name = fname[:-5]
                recs[name] = read_record(site, name)
    return recs


def forget(site, name):
    try:
        os.unlink(record_path(site, name))
    except FileNotFoundError:
        pass


# -- liveness --------------------------------------------------------------

def _stat(pid):
    """(state, pgrp, start time) of a pid from /proc/<pid>/stat, or None."""
    try:
        with open('/proc/%d/stat' % pid) as f:
            fields = f.read().rsplit(')', 1)[1].split()
        # fields[0] is field 3 of proc(5): state; pgrp is 5, starttime 22.
        return fields[0], int(fields[2]), int(fields[19])
    except (OSError, IndexError, ValueError):
        return None


def is_ours(rec):
    """True if rec's process is alive, is the one we started (same start
    time) and still leads its own process group."""
    if not rec:
        return False
    pid = rec['pid']
    st = _stat(pid)
    return (st is not None and st[0] != 'Z' and st[1] == pid
            and st[2] == rec.get('start_time'))


def running(site, name):
    """The pid of process `name` if our record of it is alive, else None."""
    rec = read_record(site, name)
    return rec['pid'] if is_ours(rec) else None


def _group_alive(pgid):
    """True while any non-zombie process is in process group pgid."""
    for entry in os.listdir('/proc'):
        if entry.isdigit():
            st = _stat(int(entry))
            if st and st[1] == pgid and st[0] != 'Z':
                return True
    return False


# -- start -----------------------------------------------------------------

def port_in_use(port):
    """True if something already listens on 127.0.0.1:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(('127.0.0.1', port))
        except OSError:
            return True
    return False


def clean_env(extra):
    """The caller's environment without OS_* variables, plus extra."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env['PYTHONWARNINGS'] = 'ignore::DeprecationWarning'
    env.update(extra)
    return env


def start(site, proc):
    """Start proc detached, logging to logs/<name>.log; return the Popen."""
    if proc.port is not None and port_in_use(proc.port):
        raise DevcloudError(
            '%s cannot start: port %d is already in use by another program '
            '(see `ss -ltnp`; choose other ports with --base-port)'
            % (proc.name, proc.port))
    log_path = site.log(proc.name)
    with open(log_path, 'ab') as log:
        log.write(('\n--- devcloud: starting %s at %s\n--- %s\n' % (
            proc.name, time.strftime('%Y-%m-%d %H:%M:%S'),
            ' '.join(proc.argv))).encode())
        log.flush()
        popen = subprocess.Popen(
            proc.argv, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, cwd=proc.cwd or site.dir,
            env=clean_env(proc.env), start_new_session=True)
    st = _stat(popen.pid)   # start time is fixed at fork: no race with exec
    write_file(record_path(site, proc.name), json.dumps({
        'pid': popen.pid, 'start_time': st[2] if st else None,
        'argv': proc.argv, 'port': proc.port}) + '\n')
    return popen


# -- stop ------------------------------------------------------------------

def stop_all(site, timeout=10.0, say=print):
    """Stop every recorded process: SIGTERM its group, SIGKILL after timeout.

    Returns the names of processes that could not be stopped.
    """
    records = all_records(site)          # read every record before killing
    targets = {}
    for name, rec in records.items():
        if is_ours(rec):
            targets[name] = rec['pid']
        else:
            forget(site, name)           # stale: process already gone
    for name, pgid in targets.items():
        try:
            os.killpg(pgid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    pending = dict(targets)
    for sig, wait in ((signal.SIGKILL, timeout), (None, 5.0)):
        deadline = time.monotonic() + wait
        while pending and time.monotonic() < deadline:
            for name, pgid in list(pending.items()):
                if not _group_alive(pgid):
                    say('stopped %s (pid %d)' % (name, pgid))
                    forget(site, name)
                    del pending[name]
            if pending:
                time.sleep(0.1)
        if sig is None:
            break
        for name, pgid in pending.items():
            say('%s (pid %d) ignored SIGTERM for %.0f s: sending SIGKILL'
                % (name, pgid, wait))
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                pass
    return sorted(pending)
