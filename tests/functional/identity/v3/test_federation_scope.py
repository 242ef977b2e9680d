"""Functional tests: federation domain/project list against the devcloud.

Keystone's /v3/auth/domains and /v3/auth/projects answer for any token, so
a password user stands in for a federated one: a new user with roles on a
new domain and a new project must see exactly those.
"""

import json
import os
import subprocess
import sys
import uuid

import openstack.config
import pytest
from openstack import connection


@pytest.fixture
def admin_sdk(devcloud):
    region = openstack.config.OpenStackConfig(
        config_files=[devcloud.clouds_yaml]).get_one('devcloud-admin')
    return connection.Connection(config=region).identity


@pytest.fixture
def scoped_user(admin_sdk, unique_name):
    """A user of a new domain with the member role on that domain and on
    a new project in it: ``(credentials, domain, project)``."""
    domain = admin_sdk.create_domain(name=unique_name('domain'))
    try:
        project = admin_sdk.create_project(
            name=unique_name('project'), domain_id=domain.id)
        password = uuid.uuid4().hex
        user = admin_sdk.create_user(name=unique_name('user'),
                                     domain_id=domain.id, password=password)
        member = admin_sdk.find_role('member', ignore_missing=False)
        admin_sdk.assign_domain_role_to_user(domain, user, member)
        admin_sdk.assign_project_role_to_user(project, user, member)
        yield ({'username': user.name, 'password': password,
                'user_domain_id': domain.id, 'project_id': project.id},
               domain, project)
    finally:
        # Deleting the domain deletes its users, projects and assignments.
        admin_sdk.update_domain(domain, is_enabled=False)
        admin_sdk.delete_domain(domain)


def run_as(devcloud, tmp_path, auth, *args):
    """Run ``openstack -f json *args`` as the user ``auth`` describes."""
    clouds = tmp_path / 'clouds.json'
    clouds.write_text(json.dumps({'clouds': {'fn-fed': {
        'auth': {'auth_url': devcloud.auth_url, **auth},
        'region_name': devcloud.region,
        'identity_api_version': 3,
    }}}))
    env = devcloud.cloud_env('fn-fed')
    env['OS_CLIENT_CONFIG_FILE'] = str(clouds)
    exe = os.path.join(os.path.dirname(sys.executable), 'openstack')
    proc = subprocess.run([exe, *args, '-f', 'json'], env=env,
                          capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_lists_what_the_user_may_scope_to(devcloud, tmp_path, scoped_user):
    auth, domain, project = scoped_user
    domains = run_as(devcloud, tmp_path, auth, 'federation', 'domain',
                     'list')
    # OSC 10.5.0's keys on the devcloud.
    assert domains == [{'ID': domain.id, 'Enabled': True,
                        'Name': domain.name, 'Description': ''}]
    projects = run_as(devcloud, tmp_path, auth, 'federation', 'project',
                      'list')
    assert projects == [{'ID': project.id, 'Domain ID': domain.id,
                         'Enabled': True, 'Name': project.name}]


def test_demo_sees_its_project(openstack, devcloud):
    projects = openstack('federation', 'project', 'list',
                         cloud='devcloud-demo', parse_json=True).json
    assert {p['Name'] for p in projects} == {
        devcloud.demo['project_name']}
    assert set(projects[0]) == {'ID', 'Domain ID', 'Enabled', 'Name'}
    domains = openstack('federation', 'domain', 'list',
                        cloud='devcloud-demo', parse_json=True).json
    assert domains == []
