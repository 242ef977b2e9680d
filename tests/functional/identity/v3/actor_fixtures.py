"""What the project, user and group functional tests share.

``two_domains`` (one per test module) holds two new domains, for names used
in both; deleting a domain deletes the projects, users and groups in it.
``osc_json`` runs python-openstackclient 10.5.0, when installed, to compare
output keys with it.
"""

import json
import os
import subprocess
import uuid

import pytest

OSC = '/work/venv-osc/bin/openstack'


def delete_domain(openstack, domain_id):
    """Disable, then delete, a domain made by a test."""
    openstack('domain', 'set', domain_id, '--disable', check=False)
    openstack('domain', 'delete', domain_id, check=False)


@pytest.fixture(scope='module')
def two_domains(openstack):
    """Two new domains (JSON of create), deleted with all they hold."""
    made = []
    try:
        for _ in range(2):
            name = 'fn-domain-' + uuid.uuid4().hex[:8]
            made.append(openstack('domain', 'create', name,
                                  parse_json=True).json)
        yield made
    finally:
        for domain in made:
            delete_domain(openstack, domain['id'])


@pytest.fixture
def osc_json(devcloud):
    """osc_json(*args) -> what OSC 10.5.0 prints with -f json, as admin.

    Skips the test when OSC is not installed at ``OSC``.
    """
    if not os.path.exists(OSC):
        pytest.skip(f'python-openstackclient not installed at {OSC}')

    def run(*args):
        proc = subprocess.run(
            [OSC, '--os-cloud', 'devcloud-admin', *args, '-f', 'json'],
            env=devcloud.cloud_env('devcloud-admin'), capture_output=True,
            text=True, timeout=300, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    return run


def assert_one_line_error(result, rc, *words):
    """``result`` failed with exit code ``rc`` and one line naming
    ``words``, without a traceback."""
    assert result.rc == rc, (result.rc, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
