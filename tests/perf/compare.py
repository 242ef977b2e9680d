#!/usr/bin/env python3
"""Side by side with python-openstackclient (OSC) on the devcloud.

    python tests/perf/compare.py --osc-venv DIR [--install-osc]
                                 [--runs 5] [--projects 50] [--json]

Runs this interpreter's ``openstack`` and OSC's (from DIR; with
--install-osc the venv is created and ``python-openstackclient==10.5.0``
installed into it first) in the same run, alternating, on the same
commands against the devcloud (brought up first): ``--version``, ``help
project list``, ``token issue``, ``project list``, ``image list``,
``object list <container>``, and ``project delete`` of N projects by name
(made beforehand through Keystone's API for each run). For each it prints
the median wall time of both, the ratio, and how many HTTP requests each
CLI made (from its ``--timing`` table). Our token cache is warm (an
untimed run comes first), as it is for every command of a script but its
first. Prints figures, as a table and with --json as JSON; it passes or
fails nothing.
"""

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid

import devcloud_api

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
OSC_PIN = 'python-openstackclient==10.5.0'


def devcloud(*args):
    return subprocess.run(
        [sys.executable, os.path.join(ROOT, 'tools', 'devcloud'), *args],
        capture_output=True, text=True, check=True).stdout


def install_osc(venv):
    if not os.path.exists(os.path.join(venv, 'bin', 'python')):
        subprocess.run([sys.executable, '-m', 'venv', venv], check=True)
    subprocess.run([os.path.join(venv, 'bin', 'pip'), 'install', '-q',
                    '--disable-pip-version-check', OSC_PIN], check=True)


class Keystone:
    """Just enough of Keystone's API to make and remove test projects."""

    def __init__(self, info, cloud):
        self.url = info['auth_url']
        self.token, self.catalog = devcloud_api.sign_in(info, cloud)

    def _call(self, method, path, body=None):
        headers = {'Content-Type': 'application/json',
                   'X-Auth-Token': self.token}
        data = json.dumps(body).encode() if body is not None else None
        return urllib.request.urlopen(urllib.request.Request(
            self.url + path, data, headers, method=method))

    def make_projects(self, count):
        prefix = f'perf-{uuid.uuid4().hex[:6]}'
        names = [f'{prefix}-{i:03d}' for i in range(count)]
        for name in names:
            self._call('POST', '/projects', {'project': {
                'name': name, 'domain_id': 'default'}}).close()
        return names

    def remove_projects(self, names):
        """Delete what a failed run left behind."""
        for name in names:
            with self._call('GET', f'/projects?name={name}') as reply:
                for project in json.load(reply)['projects']:
                    self._call('DELETE', f"/projects/{project['id']}").close()


class Swift:
    """A container with a few objects, for ``object list``."""

    def __init__(self, keystone):
        self.token = keystone.token
        self.url = devcloud_api.public_url(keystone.catalog, 'object-store')
        self.container = f'perf-{uuid.uuid4().hex[:6]}'

    def _call(self, method, path, data=b''):
        return urllib.request.urlopen(urllib.request.Request(
            f'{self.url}/{path}', data, {'X-Auth-Token': self.token},
            method=method))

    def fill(self, count=20):
        self._call('PUT', self.container).close()
        for i in range(count):
            self._call('PUT', f'{self.container}/obj-{i:02d}', b'x').close()

    def empty(self, count=20):
        for i in range(count):
            self._call('DELETE', f'{self.container}/obj-{i:02d}').close()
        self._call('DELETE', self.container).close()


class CLI:
    def __init__(self, label, exe, env):
        self.label = label
        self.exe = exe
        self.env = env

    def run(self, args, timing=False):
        """(seconds, requests or None); raises if the command fails."""
        argv = [self.exe, *(['--timing'] if timing else []), *args]
        start = time.perf_counter()
        proc = subprocess.run(argv, env=self.env, capture_output=True,
                              text=True, stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{self.label}: {' '.join(argv)} failed "
                             f'({proc.returncode}):\n{proc.stderr}')
        return seconds, count_requests(proc.stdout) if timing else None


def count_requests(stdout):
    """Rows of the --timing table. Both CLIs print it after the output: as
    CSV rows after ``-f value`` output, as a table after none."""
    methods = ('GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH')
    rows = 0
    for line in stdout.splitlines():
        cells = [c.strip().strip('"') for c in re.split(r'[|,]', line)]
        cells = [c for c in cells if c]
        if len(cells) == 2 and cells[0].split(' ')[0] in methods:
            rows += 1
    return rows


def commands(container):
    value = ['-f', 'value']
    return [
        ('--version', ['--version'], False),
        ('help project list', ['help', 'project', 'list'], False),
        ('token issue', ['token', 'issue', *value, '-c', 'expires'], True),
        ('project list', ['project', 'list', *value], True),
        ('image list', ['image', 'list', *value], True),
        ('object list', ['object', 'list', container, *value], True),
    ]


def measure(clis, runs, container):
    rows = []
    for name, args, timed_requests in commands(container):
        times = {cli.label: [] for cli in clis}
        requests = {}
        for cli in clis:
            cli.run(args)                    # warm: our token cache, pages
            if timed_requests:
                requests[cli.label] = cli.run(args, timing=True)[1]
        for _ in range(runs):
            for cli in clis:
                times[cli.label].append(cli.run(args)[0])
        rows.append(row(name, times, requests))
    return rows


def measure_delete(clis, runs, keystone, count):
    times = {cli.label: [] for cli in clis}
    requests = {}
    for i in range(runs):
        for cli in clis:
            names = keystone.make_projects(count)
            try:
                seconds, made = cli.run(['project', 'delete', *names],
                                        timing=i == 0)
            finally:
                keystone.remove_projects(names)
            times[cli.label].append(seconds)
            if made is not None:
                requests[cli.label] = made
    return row(f'project delete ({count} by name)', times, requests)


def row(name, times, requests):
    medians = {label: statistics.median(t) for label, t in times.items()}
    result = {'command': name,
              'median_s': {k: round(v, 3) for k, v in medians.items()},
              'requests': requests}
    if 'osc' in medians:
        result['osc_over_ours'] = round(medians['osc'] / medians['ours'], 1)
    return result


def report(rows, runs):
    print(f'medians of {runs} run(s); requests counted by --timing')
    print(f"{'command':<32}{'ours s':>8}{'OSC s':>8}{'ours/OSC':>10}"
          f"{'req ours':>10}{'req OSC':>9}")
    for r in rows:
        ours = r['median_s']['ours']
        osc = r['median_s'].get('osc')
        ratio = f"1/{r['osc_over_ours']}" if osc else '-'
        req = r['requests']
        print(f"{r['command'][:32]:<32}{ours:>8.3f}"
              f"{(osc if osc is not None else float('nan')):>8.3f}"
              f"{ratio:>10}{req.get('ours', '-')!s:>10}"
              f"{req.get('osc', '-')!s:>9}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--osc-venv', help='venv with python-openstackclient'
                        ' (without it, only ours is measured)')
    parser.add_argument('--install-osc', action='store_true',
                        help=f'create --osc-venv and install {OSC_PIN}')
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--projects', type=int, default=50)
    parser.add_argument('--cloud', default='devcloud-admin')
    parser.add_argument('--json', action='store_true')
    args = parser.parse_args()
    if args.install_osc:
        if not args.osc_venv:
            parser.error('--install-osc needs --osc-venv DIR')
        install_osc(args.osc_venv)
    devcloud('up')
    info = json.loads(devcloud('status', '--json'))
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env.update(OS_CLIENT_CONFIG_FILE=info['clouds_yaml'], OS_CLOUD=args.cloud,
               PAGER='cat')
    clis = [CLI('ours', os.path.join(os.path.dirname(sys.executable),
                                     'openstack'), env)]
    if args.osc_venv:
        clis.append(CLI('osc', os.path.join(args.osc_venv, 'bin',
                                            'openstack'), env))
    keystone = Keystone(info, args.cloud)
    swift = Swift(keystone)
    swift.fill()
    try:
        rows = measure(clis, args.runs, swift.container)
        rows.append(measure_delete(clis, max(1, args.runs // 3), keystone,
                                   args.projects))
    finally:
        swift.empty()
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        report(rows, args.runs)


if __name__ == '__main__':
    main()
