#!/usr/bin/env python3
"""Transfer benchmark: image and object round trips, ours next to curl.

    python tests/perf/transfer.py [--size-mib 1024] [--runs 1]
                                  [--only image|object] [--cloud NAME]

Needs a running devcloud (tools/devcloud up). Writes a file of random
bytes, then for Glance and for Swift uploads and downloads it three ways:

* curl: raw API calls with a token obtained beforehand; nothing checked;
* curl+sum: the same, with the bytes also fed to md5sum (Swift's ETag)
  or sha512sum (Glance's ``os_hash_value``) through tee, i.e. the
  verification this CLI does, done by C tools, still with no start-up;
* ours: this interpreter's ``openstack`` (``image create --file`` /
  ``image save --file``, ``object create`` / ``object save --file``),
  start-up and authentication included, hashing and checking on the fly.

For each transfer it prints the throughput of the three, ours against
each curl, and the peak RSS of the ``openstack`` process; then the
median time of ``image show`` / ``object show`` on the same item, the
fixed cost (start-up, token, one request) inside each of ours. Runs
alternate between the three so that the machine's state (page cache,
other load) is shared out evenly. Every downloaded file is checked
against the source. It prints figures and fails only when bytes differ
or a command fails.
"""

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid

import devcloud_api

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
MIB = 1024 * 1024


def devcloud_status():
    out = subprocess.run(
        [sys.executable, os.path.join(ROOT, 'tools', 'devcloud'), 'status',
         '--json'], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


class Cloud:
    """Token and endpoints from Keystone, for the curl side."""

    def __init__(self, info, cloud):
        self.cloud = cloud
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith('OS_')}
        self.env.update(OS_CLIENT_CONFIG_FILE=info['clouds_yaml'],
                        OS_CLOUD=cloud)
        self.token, catalog = devcloud_api.sign_in(info, cloud)
        self.endpoints = {entry['type']: devcloud_api.public_url(
            catalog, entry['type']) for entry in catalog}

    def api(self, method, url, body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        hdrs = {'X-Auth-Token': self.token,
                'Content-Type': 'application/json', **(headers or {})}
        request = urllib.request.Request(url, data, hdrs, method=method)
        with urllib.request.urlopen(request) as reply:
            text = reply.read()
        return json.loads(text) if text else None

    def curl(self, *args):
        subprocess.run(['curl', '-sSf', '-o', '/dev/null', '-H',
                        f'X-Auth-Token: {self.token}', *args], check=True)

    def _shell(self, script, **values):
        env = dict(os.environ, TOKEN=self.token, **values)
        subprocess.run(['bash', '-o', 'pipefail', '-c', script], env=env,
                       check=True, stdout=subprocess.DEVNULL)

    def curl_get_summed(self, url, out, summer):
        """Download ``url`` to ``out`` while ``summer`` hashes it."""
        self._shell('curl -sSf -H "X-Auth-Token: $TOKEN" "$URL" '
                    '| tee "$OUT" | "$SUMMER"', URL=url, OUT=out,
                    SUMMER=summer)

    def curl_put_summed(self, url, source, summer, *headers):
        """Upload ``source`` to ``url`` (chunked) while ``summer`` hashes
        it; waits for both."""
        extra = ' '.join(f"-H '{h}'" for h in headers)
        self._shell('tee >("$SUMMER" >/dev/null) < "$SRC" | curl -sSf '
                    f'-o /dev/null -X PUT -H "X-Auth-Token: $TOKEN" {extra} '
                    '-T - "$URL"; wait $!', URL=url, SRC=source,
                    SUMMER=summer)


def _servers():
    """PIDs of warm servers (openstackclient.server) running now."""
    pids = set()
    for entry in os.listdir('/proc'):
        if entry.isdigit():
            try:
                with open(f'/proc/{entry}/cmdline', 'rb') as f:
                    if b'openstackclient.server' in f.read():
                        pids.add(entry)
            except OSError:
                pass
    return pids


def _children_peak(parents, peak):
    """Max VmHWM (MiB) of the children of the ``parents`` PIDs."""
    for parent in parents:
        try:
            with open(f'/proc/{parent}/task/{parent}/children') as f:
                children = f.read().split()
        except OSError:
            continue
        for child in children:
            try:
                with open(f'/proc/{child}/status') as f:
                    for line in f:
                        if line.startswith('VmHWM:'):
                            peak = max(peak, int(line.split()[1]) / 1024)
            except OSError:
                pass
    return peak


def run_child(argv, env):
    """Run argv; return (seconds, peak RSS in MiB). Raises on failure.

    The peak RSS is that of the process doing the work: the ``openstack``
    process, or the warm server's child that ran the command for it
    (doc/server.rst), sampled while it runs.
    """
    import threading

    servers = _servers()
    peak = [0.0]
    done = threading.Event()

    def sample():
        while not done.wait(0.1):
            peak[0] = _children_peak(servers, peak[0])

    sampler = threading.Thread(target=sample, daemon=True)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors='replace')
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n"
                         f'{err}')
    return seconds, max(usage.ru_maxrss / 1024, peak[0])


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def sha256(path):
    digest = hashlib.sha256()
    with open(path, 'rb') as f:
        while chunk := f.read(4 * MIB):
            digest.update(chunk)
    return digest.hexdigest()


def make_source(path, size):
    with open(path, 'wb') as f:
        left = size
        while left:
            n = min(left, 8 * MIB)
            f.write(os.urandom(n))
            left -= n


class Bench:
    def __init__(self, cloud, source, size, workdir, runs):
        self.cloud = cloud
        self.source = source
        self.size = size
        self.workdir = workdir
        self.runs = runs
        self.expected = sha256(source)
        self.exe = os.path.join(os.path.dirname(sys.executable), 'openstack')
        self.rows = []
        self.fixed = []

    def ours(self, *args):
        return run_child([self.exe, *args], self.cloud.env)

    def check(self, path, what):
        if sha256(path) != self.expected:
            raise SystemExit(f'{what}: downloaded bytes differ from the '
                             'source')
        os.unlink(path)

    def record(self, what, curl_times, summed_times, our_results):
        curl_s = statistics.median(curl_times)
        summed_s = statistics.median(summed_times)
        ours_s = statistics.median(t for t, _ in our_results)
        rss = max(r for _, r in our_results)
        mb = self.size / MIB
        self.rows.append((what, mb / curl_s, mb / summed_s, mb / ours_s,
                          curl_s / ours_s, summed_s / ours_s, rss))

    def record_fixed(self, what, results):
        self.fixed.append((what, statistics.median(t for t, _ in results)))

    def image(self):
        glance = self.cloud.endpoints['image'].rstrip('/')
        octet = 'Content-Type: application/octet-stream'
        curl_up, curl_down, sum_up, sum_down = [], [], [], []
        our_up, our_down, our_show = [], [], []
        for _ in range(self.runs):
            for summer, ups, downs in ((None, curl_up, curl_down),
                                       ('sha512sum', sum_up, sum_down)):
                made = self.cloud.api('POST', f'{glance}/v2/images', {
                    'name': f'perf-curl-{uuid.uuid4().hex[:8]}',
                    'disk_format': 'raw', 'container_format': 'bare'})
                url = f"{glance}/v2/images/{made['id']}/file"
                out = os.path.join(self.workdir, 'curl-image')
                try:
                    if summer is None:
                        ups.append(timed(lambda: self.cloud.curl(
                            '-X', 'PUT', '-H', octet, '-T', self.source,
                            url)))
                        downs.append(timed(lambda: subprocess.run(
                            ['curl', '-sSf', '-H',
                             f'X-Auth-Token: {self.cloud.token}', '-o', out,
                             url], check=True)))
                    else:
                        ups.append(timed(lambda: self.cloud.curl_put_summed(
                            url, self.source, summer, octet)))
                        downs.append(timed(lambda: self.cloud.curl_get_summed(
                            url, out, summer)))
                    self.check(out, 'curl image download')
                finally:
                    self.cloud.api('DELETE',
                                   f"{glance}/v2/images/{made['id']}")

            name = f'perf-ours-{uuid.uuid4().hex[:8]}'
            our_up.append(self.ours(
                'image', 'create', '--file', self.source, '--disk-format',
                'raw', '--container-format', 'bare', name))
            try:
                out = os.path.join(self.workdir, 'our-image')
                our_down.append(self.ours('image', 'save', '--file', out,
                                          name))
                self.check(out, 'openstack image save')
                our_show.append(self.ours('image', 'show', name))
            finally:
                self.ours('image', 'delete', name)
        self.record('image upload', curl_up, sum_up, our_up)
        self.record('image download', curl_down, sum_down, our_down)
        self.record_fixed('image show', our_show)

    def object(self):
        swift = self.cloud.endpoints['object-store'].rstrip('/')
        container = f'perf-{uuid.uuid4().hex[:8]}'
        self.cloud.api('PUT', f'{swift}/{container}')
        curl_up, curl_down, sum_up, sum_down = [], [], [], []
        our_up, our_down, our_show = [], [], []
        try:
            for _ in range(self.runs):
                url = f'{swift}/{container}/curl-object'
                out = os.path.join(self.workdir, 'curl-object')
                curl_up.append(timed(lambda: self.cloud.curl(
                    '-X', 'PUT', '-T', self.source, url)))
                curl_down.append(timed(lambda: subprocess.run(
                    ['curl', '-sSf', '-H', f'X-Auth-Token: {self.cloud.token}',
                     '-o', out, url], check=True)))
                self.check(out, 'curl object download')
                self.cloud.api('DELETE', url)

                sum_up.append(timed(lambda: self.cloud.curl_put_summed(
                    url, self.source, 'md5sum')))
                sum_down.append(timed(lambda: self.cloud.curl_get_summed(
                    url, out, 'md5sum')))
                self.check(out, 'curl+md5sum object download')
                self.cloud.api('DELETE', url)

                our_up.append(self.ours('object', 'create', '--name',
                                        'our-object', container, self.source))
                out = os.path.join(self.workdir, 'our-object')
                our_down.append(self.ours('object', 'save', '--file', out,
                                          container, 'our-object'))
                self.check(out, 'openstack object save')
                our_show.append(self.ours('object', 'show', container,
                                          'our-object'))
                self.ours('object', 'delete', container, 'our-object')
        finally:
            self.ours('container', 'delete', '--recursive', container)
        self.record('object upload', curl_up, sum_up, our_up)
        self.record('object download', curl_down, sum_down, our_down)
        self.record_fixed('object show', our_show)

    def report(self):
        print(f'size {self.size / MIB:.0f} MiB, {self.runs} run(s), medians')
        print(f"{'transfer':<16} {'curl':>6} {'curl+sum':>9} {'ours':>6} "
              f"{'ours/curl':>10} {'ours/curl+sum':>14} {'peak RSS':>9}")
        print(f"{'':<16} {'MiB/s':>6} {'MiB/s':>9} {'MiB/s':>6} {'':>10} "
              f"{'':>14} {'MiB':>9}")
        for what, curl, summed, ours, ratio, summed_ratio, rss in self.rows:
            print(f'{what:<16} {curl:>6.0f} {summed:>9.0f} {ours:>6.0f} '
                  f'{ratio:>9.0%} {summed_ratio:>14.0%} {rss:>9.0f}')
        for what, seconds in self.fixed:
            print(f'fixed cost in each of ours ({what}): {seconds:.2f} s')


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--size-mib', type=int, default=1024)
    parser.add_argument('--runs', type=int, default=1)
    parser.add_argument('--only', choices=('image', 'object'))
    parser.add_argument('--cloud', default='devcloud-admin')
    args = parser.parse_args()
    cloud = Cloud(devcloud_status(), args.cloud)
    workdir = tempfile.mkdtemp(prefix='perf-transfer-')
    try:
        source = os.path.join(workdir, 'source')
        make_source(source, args.size_mib * MIB)
        bench = Bench(cloud, source, args.size_mib * MIB, workdir, args.runs)
        if args.only in (None, 'image'):
            bench.image()
        if args.only in (None, 'object'):
            bench.object()
        bench.report()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == '__main__':
    main()
