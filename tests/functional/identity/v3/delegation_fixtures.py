"""What the token, credential and delegation functional tests share.

``realm`` (one per test module): a new domain holding a project and two
users with passwords: ``member`` (role member on the project) and
``trustee`` (no role). Deleting the domain at the end deletes them and
what they own (application credentials, credentials, trusts).

``as_user(env, *args)`` runs the CLI with exactly the OS_* variables of
``env`` (no clouds.yaml): ``realm.member_env`` signs in as the member,
other tests pass application credential or token variables.
"""

import json
import os
import secrets
import subprocess
import sys
import types
import uuid

import pytest

EXE = os.path.join(os.path.dirname(sys.executable), 'openstack')


def run_cli(env, *args, parse_json=False, check=True):
    """The CLI with ``env`` (OS_* variables) and no clouds.yaml.

    Returns an object with ``rc``, ``stdout``, ``stderr`` and ``json``.
    """
    clean = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    clean.update(env)
    argv = [EXE, *map(str, args)] + (['-f', 'json'] if parse_json else [])
    proc = subprocess.run(argv, env=clean, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)
    if check and proc.returncode != 0:
        raise AssertionError('%s\nexit %d\n%s%s' % (
            ' '.join(argv), proc.returncode, proc.stdout, proc.stderr))
    data = None
    if parse_json and proc.returncode == 0:
        data = json.loads(proc.stdout)
    return types.SimpleNamespace(rc=proc.returncode, stdout=proc.stdout,
                                 stderr=proc.stderr, json=data)


@pytest.fixture(scope='module')
def as_user():
    return run_cli


@pytest.fixture(scope='module')
def realm(openstack, devcloud):
    """A new domain, project, member user and trustee user (see above)."""
    tag = uuid.uuid4().hex[:8]
    domain = openstack('domain', 'create', f'fn-domain-{tag}',
                       parse_json=True).json
    try:
        project = openstack('project', 'create', f'fn-project-{tag}',
                            '--domain', domain['id'], parse_json=True).json
        password = secrets.token_urlsafe(16)
        users = {}
        for kind in ('member', 'trustee'):
            users[kind] = openstack(
                'user', 'create', f'fn-{kind}-{tag}', '--domain',
                domain['id'], '--password', password, '--project',
                project['id'], parse_json=True).json
        openstack('role', 'add', 'member', '--user', users['member']['id'],
                  '--project', project['id'])
        yield types.SimpleNamespace(
            domain=domain, project=project, password=password,
            member=users['member'], trustee=users['trustee'],
            member_env=password_env(devcloud, users['member']['id'],
                                    password, project['id']),
            trustee_env=password_env(devcloud, users['trustee']['id'],
                                     password, None),
        )
    finally:
        openstack('domain', 'set', domain['id'], '--disable', check=False)
        openstack('domain', 'delete', domain['id'], check=False)


def password_env(devcloud, user_id, password, project_id):
    """OS_* variables signing in as ``user_id`` (scoped to the project)."""
    env = {'OS_AUTH_URL': devcloud.auth_url, 'OS_USER_ID': user_id,
           'OS_PASSWORD': password, 'OS_IDENTITY_API_VERSION': '3',
           'OS_REGION_NAME': devcloud.region}
    if project_id:
        env['OS_PROJECT_ID'] = project_id
    return env


def error_line(result, rc):
    """The one line of error of a run that had to exit with ``rc``."""
    assert (result.rc, 'Traceback' in result.stderr) == (rc, False), \
        result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]
