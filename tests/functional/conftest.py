"""Fixtures for functional tests: the real CLI against the devcloud.

`devcloud` (session): makes sure tools/devcloud is up, starting it if it is
not (it is then left running; tools/run-tests stops what it started, or run
`tools/devcloud down` yourself), and describes it.

`openstack` (session): runs this project's `openstack` command as a
subprocess with the devcloud's environment:

    def test_project_create(openstack, unique_name):
        name = unique_name('project')
        made = openstack('project', 'create', name, parse_json=True).json
        try:
            assert made['name'] == name
        finally:
            openstack('project', 'delete', made['id'])

Every functional test deletes what it creates (use try/finally or
request.addfinalizer), so the shared devcloud stays clean.
"""
import json
import os
import subprocess
import sys
import uuid

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
TOOL = os.path.join(ROOT, 'tools', 'devcloud')


def devcloud_tool(*args, timeout=900):
    """Run tools/devcloud with this interpreter (it needs only stdlib)."""
    return subprocess.run([sys.executable, TOOL, *args], cwd=ROOT,
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=timeout)


class DevCloud:
    """What the tests need to know about the running devcloud.

    clouds_yaml  absolute path of .devcloud/clouds.yaml
    env          os.environ without stray OS_* variables, plus
                 OS_CLIENT_CONFIG_FILE and OS_CLOUD=devcloud-admin
    auth_url     http://127.0.0.1:<base port>/v3
    region       RegionOne
    base_port    the first port; ports: {process name: port}
    endpoints    {service type: public URL}, e.g. endpoints['image']
    services     names of the services that run
    clouds       {cloud name: {username, password, project_name, ...}}
    admin, demo  the credentials of clouds devcloud-admin / devcloud-demo
    started_here True if this test session started the devcloud
    tool(*args)  runs tools/devcloud (e.g. tool('status'))
    cloud_env(c) like env, with OS_CLOUD=c
    """

    def __init__(self, info, started_here):
        self.info = info
        self.root = info['root']
        self.clouds_yaml = info['clouds_yaml']
        self.auth_url = info['auth_url']
        self.region = info['region']
        self.base_port = info['base_port']
        self.ports = dict(info['ports'])
        self.services = list(info['services'])
        self.endpoints = {}
        for svc in info['services'].values():
            self.endpoints.update(svc['endpoints'])
        self.clouds = info['clouds']
        self.admin = self.clouds['devcloud-admin']
        self.demo = self.clouds['devcloud-demo']
        self.started_here = started_here
        self.env = self.cloud_env('devcloud-admin')

    def tool(self, *args, timeout=900):
        """Run tools/devcloud *args; returns the CompletedProcess."""
        return devcloud_tool(*args, timeout=timeout)

    def cloud_env(self, cloud):
        env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
        env['OS_CLIENT_CONFIG_FILE'] = self.clouds_yaml
        env['OS_CLOUD'] = cloud
        return env


@pytest.fixture(scope='session')
def devcloud():
    started_here = devcloud_tool('status', '-q', timeout=120).returncode != 0
    # `up` is a sub-second no-op when everything already answers.
    up = devcloud_tool('up')
    if up.returncode != 0:
        pytest.fail('tools/devcloud up failed (exit %d):\n%s%s' % (
            up.returncode, up.stdout, up.stderr), pytrace=False)
    status = devcloud_tool('status', '--json', timeout=120)
    if status.returncode != 0:
        pytest.fail('devcloud is not healthy after up:\n%s%s' % (
            status.stdout, status.stderr), pytrace=False)
    yield DevCloud(json.loads(status.stdout), started_here)


class Result:
    """Outcome of one CLI run: argv, rc, stdout, stderr, json."""

    def __init__(self, argv, proc, parse_json):
        self.argv = argv
        self.rc = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.json = None
        if parse_json and self.rc == 0:
            try:
                self.json = json.loads(self.stdout) if self.stdout else None
            except ValueError:
                raise AssertionError('%s printed no JSON:\n%s' % (
                    ' '.join(argv), self.stdout))

    def __repr__(self):
        return '<Result rc=%d %s>' % (self.rc, ' '.join(self.argv))


class CommandFailed(AssertionError):
    pass


@pytest.fixture(scope='session')
def openstack(devcloud):
    """openstack(*args, cloud='devcloud-admin', check=True, parse_json=False,
    input=None, timeout=300) -> Result(.rc .stdout .stderr .json .argv)

    Runs <dir of sys.executable>/openstack --os-cloud CLOUD *args (plus
    `-f json` when parse_json).  check=True raises CommandFailed (an
    AssertionError) with the output when the exit status is not 0.
    """
    exe = os.path.join(os.path.dirname(sys.executable), 'openstack')

    def run(*args, cloud='devcloud-admin', check=True, parse_json=False,
            input=None, timeout=300):
        if not os.path.exists(exe):
            pytest.fail('%s does not exist: install the project into this '
                        'venv (pip install -e .)' % exe, pytrace=False)
        argv = [exe, '--os-cloud', cloud, *map(str, args)]
        if parse_json:
            argv += ['-f', 'json']
        proc = subprocess.run(
            argv, env=devcloud.cloud_env(cloud), capture_output=True,
            text=True, timeout=timeout, input=input,
            stdin=subprocess.DEVNULL if input is None else None)
        if check and proc.returncode != 0:
            raise CommandFailed('%s\nexit %d\n--- stdout\n%s--- stderr\n%s' % (
                ' '.join(argv), proc.returncode, proc.stdout, proc.stderr))
        return Result(argv, proc, parse_json)

    return run


@pytest.fixture
def unique_name():
    """unique_name('net') -> 'fn-net-1a2b3c4d': names nothing else uses,
    recognisable as left over from a functional test."""
    def make(kind='res'):
        return 'fn-%s-%s' % (kind, uuid.uuid4().hex[:8])
    return make
