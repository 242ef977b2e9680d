"""Fixtures the role, role assignment, implied role and runbook functional
tests share (import them by name).

Everything is made through the CLI and deleted, newest first, when the
test ends, whatever its outcome.
"""

import pytest

#: Keys of ``role show -f json`` and ``role create -f json`` in OSC 10.5.0.
ROLE_KEYS = {'id', 'name', 'domain_id', 'description'}

#: Keys of each row of ``role assignment list -f json`` in OSC 10.5.0.
ASSIGNMENT_KEYS = {'Role', 'User', 'Group', 'Project', 'Domain', 'System',
                   'Inherited'}


def assignment(role='', user='', group='', project='', domain='',
               system='', inherited=False):
    """One row of ``role assignment list -f json`` as OSC prints it."""
    return {'Role': role, 'User': user, 'Group': group, 'Project': project,
            'Domain': domain, 'System': system, 'Inherited': inherited}


def delete(openstack, kind, resource_id):
    """Delete one resource a test made (a domain is disabled first)."""
    if kind == 'domain':
        openstack('domain', 'set', resource_id, '--disable', check=False)
    openstack(*kind.split(), 'delete', resource_id, check=False)


@pytest.fixture
def create(openstack):
    """create(kind, *args) -> JSON of ``<kind> create *args``; deleted at
    the end of the test, newest first, by its ID (a region by its
    ``region`` key)."""
    made = []

    def make(kind, *args):
        resource = openstack(*kind.split(), 'create', *args,
                             parse_json=True).json
        made.append((kind, resource.get('id') or resource.get('region')))
        return resource

    yield make
    for kind, resource_id in reversed(made):
        delete(openstack, kind, resource_id)


@pytest.fixture
def new_role(create, unique_name):
    """A new global role (JSON of role create)."""
    return create('role', unique_name('role'))


@pytest.fixture
def new_project(create, unique_name):
    """A new project in the default domain."""
    return create('project', unique_name('project'))


@pytest.fixture
def new_user(create, unique_name):
    """A new user (no password) in the default domain."""
    return create('user', unique_name('user'))


@pytest.fixture
def new_group(create, unique_name):
    """A new group in the default domain."""
    return create('group', unique_name('group'))


@pytest.fixture
def assignments(openstack):
    """assignments(*filters) -> rows of ``role assignment list *filters
    --names -f json``."""
    def run(*filters):
        return openstack('role', 'assignment', 'list', *filters, '--names',
                         parse_json=True).json
    return run
