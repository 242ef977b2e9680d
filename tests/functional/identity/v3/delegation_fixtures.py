"""What the token, credential and delegation functional tests share.

``realm`` (one per test module): a new domain holding a project and two
users with passwords: ``member`` (role member on the project) and
``trustee`` (no role); ``realm.identity`` is an admin SDK proxy.
Deleting the domain at the end deletes them and what they own
(application credentials, credentials, trusts).

``as_user(env, *args)`` runs the CLI with exactly the OS_* variables of
``env`` (no clouds.yaml): ``realm.member_env`` signs in as the member,
other tests pass application credential or token variables.
"""

import json
import os
import secrets
import subprocess
import sys
import time
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
def realm(devcloud):
    """A new domain, project, member user and trustee user (see above).

    Made with openstacksdk, so these tests do not depend on the project,
    user and role commands.
    """
    from openstack import config
    from openstack import connection

    cloud = config.OpenStackConfig(
        config_files=[devcloud.clouds_yaml]).get_one('devcloud-admin')
    identity = connection.Connection(config=cloud).identity
    tag = uuid.uuid4().hex[:8]
    domain = identity.create_domain(name=f'fn-domain-{tag}')
    try:
        project = identity.create_project(name=f'fn-project-{tag}',
                                          domain_id=domain.id)
        password = secrets.token_urlsafe(16)
        users = {
            kind: identity.create_user(
                name=f'fn-{kind}-{tag}', domain_id=domain.id,
                password=password, default_project_id=project.id)
            for kind in ('member', 'trustee')}
        member_role = identity.find_role('member', ignore_missing=False)
        identity.assign_project_role_to_user(project, users['member'],
                                             member_role)
        yield types.SimpleNamespace(
            identity=identity, password=password,
            domain={'id': domain.id, 'name': domain.name},
            project={'id': project.id, 'name': project.name},
            member={'id': users['member'].id, 'name': users['member'].name},
            trustee={'id': users['trustee'].id,
                     'name': users['trustee'].name},
            member_env=password_env(devcloud, users['member'].id, password,
                                    project.id),
            trustee_env=password_env(devcloud, users['trustee'].id,
                                     password, None),
        )
    finally:
        delete_domain(identity, domain)


def delete_domain(identity, domain, attempts=4):
    """Disable and delete ``domain``, again if the shared devcloud's
    SQLite was busy (Keystone then answers 500 "database is locked")."""
    for attempt in range(1, attempts + 1):
        try:
            identity.update_domain(domain, is_enabled=False)
            identity.delete_domain(domain, ignore_missing=True)
            return
        except Exception:
            if attempt == attempts:
                raise
            time.sleep(2 * attempt)


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
