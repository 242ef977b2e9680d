"""Functional tests across identity commands, as an operator would use
them: set up a tenant and a service end to end and read it back; and what
a member (not an admin) gets when trying admin-only commands."""

import uuid

import pytest

from tests.functional.identity.v3.role_fixtures import (  # noqa: F401
    assignment, create, new_role)

INTERFACES = ('public', 'internal', 'admin')


def test_runbook_tenant_and_service(openstack, create, unique_name):
    # A domain holding a project, and a group with a user in it.
    domain = create('domain', unique_name('domain'), '--description',
                    'runbook')
    dom_id, dom_name = domain['id'], domain['name']
    project = create('project', unique_name('project'), '--domain', dom_id)
    group = create('group', unique_name('group'), '--domain', dom_name)
    password = uuid.uuid4().hex
    user = create('user', unique_name('user'), '--domain', dom_id,
                  '--password', password)
    openstack('group', 'add', 'user', group['name'], user['name'],
              '--group-domain', dom_name, '--user-domain', dom_name)
    # A role the group has on the project (so the user has it too).
    role = create('role', unique_name('role'))
    openstack('role', 'add', role['name'], '--group', group['name'],
              '--group-domain', dom_name, '--project', project['name'],
              '--project-domain', dom_name)
    # A service with its three endpoints in a new region.
    region = create('region', unique_name('region'), '--description',
                    'runbook')['region']
    service = create('service', unique_name('type'), '--name',
                     unique_name('service'))
    urls = {i: f'http://127.0.0.1:9/{service["type"]}/{i}'
            for i in INTERFACES}
    for interface in INTERFACES:
        create('endpoint', '--region', region, service['name'], interface,
               urls[interface])

    # The user has the role on the project, through the group.
    at = '@' + dom_name
    effective = openstack(
        'role', 'assignment', 'list', '--effective', '--names', '--user',
        user['name'], '--user-domain', dom_name, parse_json=True).json
    assert effective == [assignment(role=role['name'],
                                    user=user['name'] + at,
                                    project=project['name'] + at)]
    direct = openstack('role', 'assignment', 'list', '--names', '--project',
                       project['id'], parse_json=True).json
    assert direct == [assignment(role=role['name'], group=group['name'] + at,
                                 project=project['name'] + at)]

    # The endpoints, by service and by region.
    expected = {(i, urls[i], region, service['name'], service['type'])
                for i in INTERFACES}
    for option, value in (('--service', service['id']),
                          ('--region', region)):
        rows = openstack('endpoint', 'list', option, value,
                         parse_json=True).json
        assert {(r['Interface'], r['URL'], r['Region'], r['Service Name'],
                 r['Service Type']) for r in rows} == expected
    public = openstack('endpoint', 'list', '--service', service['name'],
                       '--interface', 'public', parse_json=True).json
    assert [r['URL'] for r in public] == [urls['public']]

    # The user signs in to the project (the role comes from the group)
    # and finds the service in the catalog of their token.
    as_user = ('--os-username', user['name'], '--os-password', password,
               '--os-user-domain-id', dom_id,
               '--os-project-name', project['name'],
               '--os-project-domain-id', dom_id)
    shown = openstack(*as_user, 'catalog', 'show', service['name'],
                      parse_json=True).json
    assert shown['type'] == service['type']
    assert {(e['interface'], e['url'], e['region'])
            for e in shown['endpoints']} == {
                (i, urls[i], region) for i in INTERFACES}
    listed = openstack(*as_user, 'catalog', 'list', parse_json=True).json
    assert service['name'] in {entry['Name'] for entry in listed}


@pytest.fixture
def admin_only_commands(new_role, unique_name):
    """Commands a member may not run, each on what this test made (if one
    were wrongly allowed, it would touch nothing shared)."""
    role = new_role['id']
    return [
        ('role', 'create', unique_name('role')),
        ('role', 'add', role, '--user', 'demo', '--project', 'demo'),
        ('role', 'add', new_role['name'], '--user', 'demo', '--project',
         'demo'),
        ('role', 'remove', role, '--user', 'demo', '--project', 'demo'),
        ('role', 'set', role, '--description', 'member was here'),
        ('role', 'delete', role),
        ('implied', 'role', 'create', role, '--implied-role', role),
        ('role', 'assignment', 'list'),
        ('domain', 'create', unique_name('domain')),
    ]


def test_member_gets_one_line_forbidden(openstack, admin_only_commands,
                                        new_role):
    for argv in admin_only_commands:
        result = openstack(*argv, cloud='devcloud-demo', check=False)
        assert result.rc == 4, (argv, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (argv, result.stderr)
        assert 'not authorized' in lines[0], (argv, result.stderr)
        assert 'Traceback' not in result.stderr
    # Nothing changed.
    shown = openstack('role', 'show', new_role['id'], parse_json=True).json
    assert shown == new_role
    created = openstack('role', 'show', admin_only_commands[0][2],
                        check=False)
    assert created.rc == 5
