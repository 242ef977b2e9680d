#!/usr/bin/env python3
"""Server commands, side by side with python-openstackclient (OSC).

    python tests/perf/servers.py [--osc-venv DIR] [--servers 20] [--runs 5]
                                 [--json]

Boots N servers on the devcloud (one ``server create --min N --max N``),
then runs ``server list``, ``server list --long``, ``server show`` and a
bulk ``server stop``/``server start`` of all N with this interpreter's
``openstack`` and, with --osc-venv, OSC's. Prints the median wall time of
each and the HTTP requests each made (from ``--timing``): the request
budget of ``server list`` is servers plus at most two name lookups,
whatever N is. The servers are deleted at the end. Prints figures only.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import uuid

import compare

IMAGE, FLAVOR, NETWORK = 'devcloud-image', 'm1.nano', 'public'


def wait_for(cli, name, count, status):
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        proc = cli.output(['server', 'list', '--name', name, '-f', 'json'])
        rows = json.loads(proc)
        if len(rows) == count and {r['Status'] for r in rows} == {status}:
            return sorted(r['ID'] for r in rows)
        time.sleep(2)
    raise SystemExit(f'{count} servers {name} not {status} after 600 s')


class CLI(compare.CLI):
    def output(self, args):
        proc = subprocess.run([self.exe, *args], env=self.env,
                              capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, check=True)
        return proc.stdout


def median_row(name, clis, args, runs, timing=True):
    times = {cli.label: [] for cli in clis}
    requests = {}
    for cli in clis:
        cli.run(args)
        if timing:
            requests[cli.label] = cli.run(args, timing=True)[1]
    for _ in range(runs):
        for cli in clis:
            times[cli.label].append(cli.run(args)[0])
    return compare.row(name, times, requests)


def bulk_rows(clis, name, ids, runs):
    """stop then start all servers, each CLI in turn, waiting in between
    (the command returns once Nova accepted every server's action)."""
    times = {(verb, cli.label): [] for cli in clis
             for verb in ('stop', 'start')}
    for _ in range(max(1, runs // 2)):
        for cli in clis:
            for verb, status in (('stop', 'SHUTOFF'), ('start', 'ACTIVE')):
                seconds, _ = cli.run(['server', verb, *ids])
                times[(verb, cli.label)].append(seconds)
                wait_for(clis[0], name, len(ids), status)
    rows = []
    for verb in ('stop', 'start'):
        rows.append(compare.row(
            f'server {verb} ({len(ids)} servers)',
            {cli.label: times[(verb, cli.label)] for cli in clis}, {}))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--osc-venv')
    parser.add_argument('--servers', type=int, default=20)
    parser.add_argument('--runs', type=int, default=5)
    parser.add_argument('--cloud', default='devcloud-admin')
    parser.add_argument('--json', action='store_true')
    args = parser.parse_args()
    compare.devcloud('up')
    info = json.loads(compare.devcloud('status', '--json'))
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env.update(OS_CLIENT_CONFIG_FILE=info['clouds_yaml'], OS_CLOUD=args.cloud,
               PAGER='cat')
    clis = [CLI('ours', os.path.join(os.path.dirname(sys.executable),
                                     'openstack'), env)]
    if args.osc_venv:
        clis.append(CLI('osc', os.path.join(args.osc_venv, 'bin',
                                            'openstack'), env))
    name = f'perf-{uuid.uuid4().hex[:6]}'
    ours = clis[0]
    ours.output(['server', 'create', name, '--image', IMAGE, '--flavor',
                 FLAVOR, '--network', NETWORK, '--min', str(args.servers),
                 '--max', str(args.servers), '-f', 'value', '-c', 'id'])
    ids = []
    try:
        ids = wait_for(ours, name, args.servers, 'ACTIVE')
        value = ['-f', 'value']
        rows = [
            median_row(f'server list ({len(ids)} servers)', clis,
                       ['server', 'list', *value], args.runs),
            median_row('server list --long', clis,
                       ['server', 'list', '--long', *value], args.runs),
            median_row('server show', clis,
                       ['server', 'show', ids[0], *value], args.runs),
        ]
        rows += bulk_rows(clis, name, ids, args.runs)
    finally:
        if ids:
            ours.run(['server', 'delete', '--wait', *ids])
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        compare.report(rows, args.runs)


if __name__ == '__main__':
    main()
