"""Functional tests: security group default statefulness settings against
the devcloud's Neutron.

The settings made here are for a project of the test's own, never
system-wide, so the security groups other tests make stay stateful.

The devcloud's Neutron answers every create with HTTP 500 (its API
controller takes the request body for a bulk request, since the
resource's singular and plural names are the same); until it takes one,
the test checks that create fails with one line and exit 1, and that
show, set and delete report an unknown setting (exit 5). When create
works, the whole lifecycle is tested.
"""

import pytest

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    one_line_error)
from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    listed, show)

KIND = 'security group default statefulness'
UNKNOWN = '0c0ffee0-0000-4000-8000-00000000fe11'


@pytest.fixture
def project(openstack, unique_name):
    made = openstack('project', 'create', unique_name('proj'),
                     parse_json=True).json
    yield made
    for row in listed(openstack, KIND, '--project', made['id']):
        openstack(*KIND.split(), 'delete', row['ID'], check=False)
    openstack('project', 'delete', made['id'], check=False)


def sgds(openstack, action, *args, **kw):
    return openstack(*KIND.split(), action, *args, **kw)


def lifecycle(openstack, setting, project):
    assert set(setting) == {'id', 'project_id', 'stateful'}
    assert (setting['project_id'], setting['stateful']) == (project['id'],
                                                            False)
    rows = listed(openstack, KIND, '--project', project['name'])
    assert rows == [{'ID': setting['id'], 'Project ID': project['id'],
                     'Stateful': False}]
    again = sgds(openstack, 'create', '--stateful', '--project',
                 project['id'], check=False)
    assert 'already exists' in one_line_error(again, 6)
    sgds(openstack, 'set', setting['id'], '--stateful')
    assert show(openstack, KIND, setting['id'])['stateful'] is True
    sgds(openstack, 'delete', setting['id'])
    assert listed(openstack, KIND, '--project', project['id']) == []


def test_default_statefulness(openstack, project):
    made = sgds(openstack, 'create', '--stateless', '--project',
                project['name'], parse_json=True, check=False)
    if made.rc == 0:
        lifecycle(openstack, made.json, project)
    else:
        line = one_line_error(made, 1)
        assert line == ('openstack: Request Failed: internal server error '
                        'while processing your request. (HTTP 500)')
    assert listed(openstack, KIND, '--project', project['id']) == []
    assert isinstance(listed(openstack, KIND), list)


def test_unknown_setting(openstack):
    for argv in (('show', UNKNOWN), ('set', UNKNOWN, '--stateless'),
                 ('delete', UNKNOWN)):
        result = sgds(openstack, *argv, check=False)
        assert one_line_error(result, 5) == (
            "openstack: No default statefulness setting with a name or ID "
            f"of '{UNKNOWN}' exists.")


def test_usage_errors(openstack):
    for argv in (('create',), ('create', '--stateful', '--stateless'),
                 ('set', UNKNOWN)):
        result = sgds(openstack, *argv, check=False)
        assert result.rc == 2 and 'Traceback' not in result.stderr
    result = sgds(openstack, 'list', '--project', 'fn-no-such-project',
                  check=False)
    assert one_line_error(result, 5)
