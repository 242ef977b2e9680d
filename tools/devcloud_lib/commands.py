"""tools/devcloud's commands: up, down, status, env, logs (and debs)."""
import argparse
import concurrent.futures
import contextlib
import fcntl
import json
import os
import shlex
import shutil
import sys
import threading
import time

from . import layout, packages, procs, services
from .errors import DevcloudError
from .keystone_api import Keystone
from .layout import Site, write_file
from .services.base import Runner, Service

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


# -- shared helpers --------------------------------------------------------

class Clock:
    """Prints progress lines prefixed with the seconds since start."""

    def __init__(self, quiet=False):
        self.t0 = time.monotonic()
        self.quiet = quiet

    def elapsed(self):
        return time.monotonic() - self.t0

    def __call__(self, msg):
        if not self.quiet:
            print('[%5.1fs] %s' % (self.elapsed(), msg), flush=True)


@contextlib.contextmanager
def locked(site):
    """One `up`/`down` at a time (e.g. two test sessions starting at once)."""
    os.makedirs(site.dir, exist_ok=True)
    with open(os.path.join(site.dir, 'lock'), 'w') as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        yield


def requested_base_port(flag):
    value = flag if flag is not None else os.environ.get(layout.BASE_PORT_ENV)
    if value in (None, ''):
        return None
    try:
        port = int(value)
    except ValueError:
        raise DevcloudError('base port must be a number, not %r' % value)
    if not 1024 <= port <= 65000:
        raise DevcloudError('base port %d is outside 1024-65000' % port)
    return port


def recorded_site():
    """The Site of the last `up` (its base port), or a default one."""
    state = Site(PROJECT_ROOT).load_state()
    return Site(PROJECT_ROOT, state.get('base_port',
                                        layout.DEFAULT_BASE_PORT)), state


def known_units(names):
    """The units named in the saved state (none if nothing was started)."""
    names = [n for n in names if n in services.BY_NAME]
    return services.resolve(names) if names else []


def any_running(site):
    return any(procs.is_ours(rec) for rec in procs.all_records(site).values())


def setup_stamp(site, unit):
    return os.path.join(site.data, unit.name + '.setup')


def needs_setup(site, unit):
    try:
        with open(setup_stamp(site, unit)) as f:
            return f.read().strip() != unit.setup_key(site)
    except OSError:
        return True


def run_setup(site, unit):
    t0 = time.monotonic()
    unit.setup(site, Runner(site, unit))
    write_file(setup_stamp(site, unit), unit.setup_key(site) + '\n')
    return time.monotonic() - t0


def post_start_stamp(site, unit):
    return os.path.join(site.data, unit.name + '.started')


def post_started(site, unit):
    """True once unit.post_start has succeeded on this data (a stamp)."""
    if type(unit).post_start is Service.post_start:
        return True
    return os.path.exists(post_start_stamp(site, unit))


def run_post_start(site, unit, ks, say):
    if type(unit).post_start is Service.post_start:
        return
    t0 = time.monotonic()
    unit.post_start(site, ks)
    write_file(post_start_stamp(site, unit), 'ok\n')
    say('%s post-start work done in %.1f s' % (unit.name,
                                              time.monotonic() - t0))


def where(proc):
    return 'port %d' % proc.port if proc.port is not None else 'no port'


def bring_up(site, unit, alive, say, jobs=None):
    """Set unit up if needed, start its processes that are not alive.

    The units it requires (from ``jobs``, {name: future of their
    bring_up}) must answer first: their setup may need them (a database
    server, say).  A process with ``ready_before_next`` must answer before
    the unit's next one starts.
    Returns [(unit, proc, popen or None if it was already running)].
    """
    for name in unit.requires:
        if jobs and name in jobs:
            needed = services.BY_NAME[name]
            wait_ready(site, jobs[name].result(), say, needed.ready_timeout)
    procs_ = unit.processes(site)
    if needs_setup(site, unit) and not any(p.name in alive for p in procs_):
        say('%s set up in %.1f s' % (unit.name, run_setup(site, unit)))
    items = []
    for proc in procs_:
        popen = None
        if proc.name not in alive:
            popen = procs.start(site, proc)
            say('started %s (pid %d, %s)' % (proc.name, popen.pid,
                                            where(proc)))
        items.append((unit, proc, popen))
        if getattr(proc, 'ready_before_next', False):
            wait_ready(site, [items[-1]], say, unit.ready_timeout)
    return items


_announced = set()      # processes already said to answer, in this run
_announce_lock = threading.Lock()


def wait_ready(site, items, say, timeout):
    """Wait until every (unit, proc, popen-or-None) answers.

    A process that exits, or does not answer in time, is an error naming
    the process and its log.
    """
    pending = list(items)
    deadline = time.monotonic() + timeout
    while pending:
        for item in list(pending):
            unit, proc, popen = item
            log = site.rel(site.log(proc.name))
            if popen is not None and popen.poll() is not None:
                raise DevcloudError('%s failed to start (exit %s); read %s'
                                    % (proc.name, popen.returncode, log))
            if popen is None and not procs.running(site, proc.name):
                raise DevcloudError('%s died; read %s' % (proc.name, log))
            if proc.answers(timeout=1.0):
                with _announce_lock:
                    if proc.port is not None and proc.name not in _announced:
                        say('%s answers on port %d' % (proc.name, proc.port))
                    _announced.add(proc.name)
                pending.remove(item)
        if pending and time.monotonic() > deadline:
            proc = pending[0][1]
            raise DevcloudError('%s did not answer %s within %d s; read %s'
                                % (proc.name, proc.ready_url, timeout,
                                   site.rel(site.log(proc.name))))
        if pending:
            time.sleep(0.1)


def wipe(site):
    """Remove everything but the venv (for --fresh)."""
    for path in (site.etc, site.data, site.run_dir, site.logs, site.wsgi):
        shutil.rmtree(path, ignore_errors=True)
    for path in (site.clouds_yaml, site.state_file):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)


# -- up --------------------------------------------------------------------

def cmd_up(args):
    say = Clock()
    wanted = None
    if args.services:
        wanted = [n.strip() for n in args.services.split(',') if n.strip()]
    units = services.resolve(wanted)
    port = requested_base_port(args.base_port)
    site, state = recorded_site()
    with locked(site):
        if args.fresh:
            say('--fresh: stopping everything and removing the data')
            if procs.stop_all(site, say=say):
                raise DevcloudError('could not stop the running devcloud')
            wipe(site)
            state = {'base_port': site.base_port}   # ports survive --fresh
        running = any_running(site)
        if port is not None and running and port != site.base_port:
            raise DevcloudError(
                'the devcloud runs on base port %d; run `tools/devcloud '
                'down` before using base port %d' % (site.base_port, port))
        site.base_port = port or state.get('base_port',
                                           layout.DEFAULT_BASE_PORT)
        plan = [(u, p) for u in units for p in u.processes(site)]
        alive = {p.name for _, p in plan if procs.running(site, p.name)}
        keep = set(state.get('services', [])) if running else set()
        names = [u.name for u in services.ALL
                 if u in units or u.name in keep]

        if (len(alive) == len(plan) and all(p.answers() for _, p in plan)
                and all(post_started(site, u) for u in units)):
            site.save_state(names)
            say('devcloud is already up (%s)' % ', '.join(
                u.name for u in units))
            return 0

        site.make_dirs()
        packages.ensure(site, services.all_packages(), say=say)
        for unit in units:
            unit.configure(site)
        write_file(site.clouds_yaml, layout.render_clouds_yaml(site),
                   mode=0o600)
        site.save_state(names)

        # Units are set up and started by one thread per core, keystone
        # first: its setup is the longest chain, and more threads than
        # cores would only slow it down.
        lanes = max(1, min(len(units), os.cpu_count() or 1))
        with concurrent.futures.ThreadPoolExecutor(lanes) as pool:
            # Submitted in start order, so a unit's requirements have
            # started (FIFO) before it waits for them: no deadlock.
            jobs = {}
            for u in units:
                jobs[u.name] = pool.submit(bring_up, site, u, alive, say,
                                           jobs)
            first = jobs['keystone'].result()
            wait_ready(site, first, say,
                       services.BY_NAME['keystone'].ready_timeout)
            ks = Keystone(site.auth_url, layout.ADMIN['username'],
                          layout.ADMIN['password'],
                          layout.ADMIN['project_name'])
            for unit in units:
                unit.register(ks, site)
            say('users, projects and catalog registered in keystone')
            started = [item for name, job in jobs.items() if name != 'keystone'
                       for item in job.result()]
        wait_ready(site, started, say, max(u.ready_timeout for u in units))
        for unit in units:
            run_post_start(site, unit, ks, say)
    say('devcloud is up: %s' % ', '.join(u.name for u in units))
    print('  clouds.yaml: %s (clouds devcloud-admin, devcloud-demo)'
          % site.clouds_yaml)
    print('  use it:      eval "$(tools/devcloud env)"')
    return 0


# -- down ------------------------------------------------------------------

def cmd_down(args):
    say = Clock()
    site, _ = recorded_site()
    with locked(site):
        if not any_running(site):
            procs.stop_all(site, say=say)     # drops stale records
            say('devcloud is not running')
            return 0
        left = procs.stop_all(site, timeout=args.timeout, say=say)
    if left:
        raise DevcloudError('could not stop: %s' % ', '.join(left))
    say('devcloud is down (data kept; `up --fresh` starts from scratch)')
    return 0


# -- status ----------------------------------------------------------------

def describe(site, state):
    """Everything a caller (or the test fixture) needs to know, as a dict."""
    units = known_units(state.get('services', []))
    info = {
        'root': site.project_root, 'dir': site.dir,
        'base_port': site.base_port, 'auth_url': site.auth_url,
        'region': layout.REGION, 'clouds_yaml': site.clouds_yaml,
        'clouds': {name: dict(cred, user_domain_id='default',
                              project_domain_id='default')
                   for name, cred in layout.CLOUDS.items()},
        'services': {}, 'ports': {}, 'ok': bool(units),
    }
    for unit in units:
        rows = []
        for proc in unit.processes(site):
            pid = procs.running(site, proc.name)
            if pid and proc.answers():
                st = 'up'
            elif pid:
                st = 'not answering'
            elif proc.port is not None and procs.port_in_use(proc.port):
                st = 'stopped (port taken by another program)'
            else:
                st = 'stopped'
            info['ok'] = info['ok'] and st == 'up'
            if proc.port is not None:
                info['ports'][proc.name] = proc.port
            rows.append({'name': proc.name, 'port': proc.port, 'pid': pid,
                         'state': st, 'log': site.log(proc.name)})
        info['services'][unit.name] = {
            'processes': rows, 'endpoints': unit.endpoint_urls(site)}
    return info


def cmd_status(args):
    site, state = recorded_site()
    info = describe(site, state)
    if args.json:
        print(json.dumps(info, indent=2))
    elif not args.quiet:
        if not info['services']:
            print('devcloud has not been started here; run tools/devcloud up')
        else:
            fmt = '%-10s %-16s %-6s %-8s %s'
            print(fmt % ('SERVICE', 'PROCESS', 'PORT', 'PID', 'STATE'))
            for name, svc in info['services'].items():
                for row in svc['processes']:
                    print(fmt % (name, row['name'], row['port'] or '-',
                                 row['pid'] or '-', row['state']))
            if not info['ok']:
                print('\nsomething is down: see tools/devcloud logs '
                      '<service>, or run tools/devcloud up')
    return 0 if info['ok'] else 1


# -- env -------------------------------------------------------------------

def cmd_env(args):
    site, _ = recorded_site()
    for var in sorted(os.environ):
        if var.startswith('OS_') and var not in ('OS_CLIENT_CONFIG_FILE',
                                                 'OS_CLOUD'):
            print('unset %s' % var)
    print('export OS_CLIENT_CONFIG_FILE=%s' % shlex.quote(site.clouds_yaml))
    print('export OS_CLOUD=devcloud-admin')
    if not os.path.exists(site.clouds_yaml):
        print('devcloud: %s does not exist yet; run tools/devcloud up'
              % site.rel(site.clouds_yaml), file=sys.stderr)
    return 0


# -- logs ------------------------------------------------------------------

def log_files(site, name):
    if name in services.BY_NAME:
        unit = services.BY_NAME[name]
        names = [unit.name] + [p.name for p in unit.processes(site)]
    else:
        names = [name]
    paths = []
    for n in dict.fromkeys(names):
        if os.path.exists(site.log(n)):
            paths.append(site.log(n))
    return paths


def tail(path, lines):
    with open(path, 'rb') as f:
        data = f.read()
    text = data.decode(errors='replace').splitlines()
    return text[-lines:] if lines else text


def cmd_logs(args):
    site, _ = recorded_site()
    if not args.service:
        if not os.path.isdir(site.logs):
            raise DevcloudError('no logs yet: %s does not exist'
                                % site.rel(site.logs))
        for fname in sorted(os.listdir(site.logs)):
            path = os.path.join(site.logs, fname)
            print('%-36s %9d bytes' % (site.rel(path), os.path.getsize(path)))
        print('\ntools/devcloud logs <service> [-n LINES] [-f] shows one')
        return 0
    paths = log_files(site, args.service)
    if not paths:
        raise DevcloudError('no log for %r in %s'
                            % (args.service, site.rel(site.logs)))
    for path in paths:
        if len(paths) > 1:
            print('==> %s <==' % site.rel(path))
        for line in tail(path, args.lines):
            print(line)
    if args.follow:
        follow(paths)
    return 0


def follow(paths):
    files = [open(p, 'rb') for p in paths]
    for f in files:
        f.seek(0, os.SEEK_END)
    try:
        while True:
            quiet = True
            for f in files:
                chunk = f.read()
                if chunk:
                    quiet = False
                    sys.stdout.write(chunk.decode(errors='replace'))
                    sys.stdout.flush()
            if quiet:
                time.sleep(0.3)
    except KeyboardInterrupt:
        pass


# -- debs ------------------------------------------------------------------

def cmd_debs(args):
    for deb in services.all_debs():
        print(deb)
    return 0


# -- main ------------------------------------------------------------------

def parser():
    p = argparse.ArgumentParser(
        prog='tools/devcloud',
        description='Real OpenStack services on 127.0.0.1 for development '
                    'and functional tests (see doc/devcloud.rst).')
    sub = p.add_subparsers(dest='command', metavar='COMMAND')
    sub.required = True

    up = sub.add_parser('up', help='install, configure and start')
    up.add_argument('--services', metavar='A,B',
                    help='start only these (keystone is always included); '
                         'known: %s' % ','.join(services.BY_NAME))
    up.add_argument('--base-port', type=str, metavar='PORT',
                    help='first port (default $%s or %d)' % (
                        layout.BASE_PORT_ENV, layout.DEFAULT_BASE_PORT))
    up.add_argument('--fresh', action='store_true',
                    help='stop, delete all data (not the venv), start anew')
    up.set_defaults(func=cmd_up)

    down = sub.add_parser('down', help='stop what up started (data kept)')
    down.add_argument('--timeout', type=float, default=10.0,
                      help='seconds before SIGKILL (default 10)')
    down.set_defaults(func=cmd_down)

    st = sub.add_parser('status', help='each process, its port, PID, state; '
                                       'exit 1 if anything is down')
    st.add_argument('--json', action='store_true', help='machine-readable')
    st.add_argument('-q', '--quiet', action='store_true',
                    help='print nothing, only set the exit status')
    st.set_defaults(func=cmd_status)

    env = sub.add_parser('env', help='shell exports: '
                                     'eval "$(tools/devcloud env)"')
    env.set_defaults(func=cmd_env)

    logs = sub.add_parser('logs', help='list logs, or show a service\'s')
    logs.add_argument('service', nargs='?',
                      help='a service (%s), a process such as swift-proxy, '
                           'or pip' % ', '.join(services.BY_NAME))
    logs.add_argument('-n', '--lines', type=int, default=50,
                      help='last N lines (0: all; default 50)')
    logs.add_argument('-f', '--follow', action='store_true')
    logs.set_defaults(func=cmd_logs)

    debs = sub.add_parser('debs', help='Debian packages the services need '
                                       '(used by tools/run-tests)')
    debs.set_defaults(func=cmd_debs)
    return p


def main(argv=None):
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except DevcloudError as exc:
        print('devcloud: %s' % exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print('devcloud: interrupted', file=sys.stderr)
        return 130
