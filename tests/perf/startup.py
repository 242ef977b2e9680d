#!/usr/bin/env python3
"""Start-up benchmark: median wall time and modules imported per command.

    python tests/perf/startup.py [--runs 15] [--osc-venv DIR]

Times ``openstack --version``, ``--help`` and ``help project list`` (the
last falls back to ``help command list`` while no project command exists)
with this interpreter's ``openstack``; with --osc-venv, also with
python-openstackclient's from that venv, in the same run, and prints the
ratio. Prints figures only: it passes or fails nothing.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

COMMANDS = (('--version',), ('--help',), ('help', 'project', 'list'))


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env['PAGER'] = 'cat'
    return env


def runnable(exe, args):
    """Our 'help project list' needs the identity commands installed."""
    probe = subprocess.run([exe, *args], capture_output=True, env=clean_env())
    if probe.returncode != 0 and args[0] == 'help':
        return ('help', 'command', 'list')
    return args


def median_ms(exe, args, runs):
    times = []
    for _ in range(runs + 2):  # two warm-up runs are discarded
        start = time.perf_counter()
        subprocess.run([exe, *args], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, env=clean_env())
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[2:])


def module_count(exe, args):
    """Modules imported, counted from the interpreter's -X importtime."""
    python = os.path.join(os.path.dirname(exe), 'python')
    env = clean_env()
    env['PYTHONPROFILEIMPORTTIME'] = '1'
    proc = subprocess.run([python, exe, *args], capture_output=True,
                          text=True, env=env)
    return sum(1 for line in proc.stderr.splitlines()
               if line.startswith('import time:') and '|' in line
               and 'cumulative' not in line)


def measure(exe, runs):
    rows = {}
    for args in COMMANDS:
        real = runnable(exe, args)
        rows[' '.join(args)] = {
            'ran': ' '.join(real),
            'median_ms': round(median_ms(exe, real, runs), 1),
            'modules': module_count(exe, real),
        }
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--runs', type=int, default=15)
    parser.add_argument('--osc-venv', help='venv with python-openstackclient')
    parser.add_argument('--json', action='store_true', help='print JSON')
    args = parser.parse_args()
    ours_exe = os.path.join(os.path.dirname(sys.executable), 'openstack')
    results = {'ours': measure(ours_exe, args.runs)}
    if args.osc_venv:
        osc_exe = os.path.join(args.osc_venv, 'bin', 'openstack')
        results['osc'] = measure(osc_exe, args.runs)
    baseline = median_ms(sys.executable, ('-c', 'pass'), args.runs)
    results['python -c pass'] = round(baseline, 1)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f'python -c pass: {baseline:.1f} ms  (runs per command: '
          f'{args.runs}, medians)')
    header = f"{'command':<36}{'ours ms':>9}{'modules':>9}"
    if 'osc' in results:
        header += f"{'OSC ms':>9}{'modules':>9}{'ratio':>8}"
    print(header)
    for name, ours in results['ours'].items():
        label = name if ours['ran'] == name else f"{name} ({ours['ran']})"
        line = f"{label[:36]:<36}{ours['median_ms']:>9}{ours['modules']:>9}"
        if 'osc' in results:
            osc = results['osc'][name]
            ratio = osc['median_ms'] / ours['median_ms']
            line += (f"{osc['median_ms']:>9}{osc['modules']:>9}"
                     f"{'1/' + format(ratio, '.1f'):>8}")
        print(line)


if __name__ == '__main__':
    main()
