"""Fixtures for the plugin tests.

``plugin_openstack`` runs the ``openstack`` of ``.venv-plugins``: this
project and plugins/ plus the unmodified PyPI plugins of requirements.txt
here (tools/run-tests makes it), with the same arguments and result as
the ``openstack`` fixture.
"""

import os
import subprocess

import pytest

from tests.functional.conftest import ROOT, CommandFailed, Result

PLUGINS_EXE = os.path.join(ROOT, '.venv-plugins', 'bin', 'openstack')


@pytest.fixture(scope='session')
def plugin_openstack(devcloud):
    if not os.path.exists(PLUGINS_EXE):
        pytest.fail(f'{PLUGINS_EXE} does not exist: run tools/run-tests '
                    '(it makes .venv-plugins)', pytrace=False)

    def run(*args, cloud='devcloud-admin', check=True, parse_json=False,
            timeout=300):
        argv = [PLUGINS_EXE, '--os-cloud', cloud, *map(str, args)]
        if parse_json:
            argv += ['-f', 'json']
        proc = subprocess.run(argv, env=devcloud.cloud_env(cloud),
                              capture_output=True, text=True,
                              timeout=timeout, stdin=subprocess.DEVNULL)
        if check and proc.returncode != 0:
            raise CommandFailed('%s\nexit %d\n--- stdout\n%s--- stderr\n%s' % (
                ' '.join(argv), proc.returncode, proc.stdout, proc.stderr))
        return Result(argv, proc, parse_json)

    return run
