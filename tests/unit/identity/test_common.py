"""Unit tests: OSC's identity helpers at openstackclient.identity.common."""

import argparse

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity import common
from tests.unit import fakes


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_domain.return_value = sdk_domain.Domain(id='d1', name='dom')
    proxy.find_project.return_value = sdk_project.Project(id='p1',
                                                          name='proj')
    proxy.find_user.return_value = sdk_user.User(id='u1', name='alice')
    return proxy


def test_find_project_in_domain(identity):
    found = common.find_project(identity, 'proj', 'dom')
    assert found.id == 'p1'
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')


def test_find_user_positional_like_plugins(identity):
    assert common.find_user(identity, 'alice').id == 'u1'
    identity.find_user.assert_called_once_with('alice', ignore_missing=False)


def test_not_found_is_exit_5(identity):
    identity.find_project.side_effect = sdk_exc.ResourceNotFound('no')
    with pytest.raises(errors.NotFoundError):
        common.find_project(identity, 'ghost')


def test_forbidden_returns_the_name_as_reference(identity):
    identity.find_user.side_effect = sdk_exc.ForbiddenException('403')
    found = common.find_user(identity, 'me')
    assert (found.id, found.name) == ('me', 'me')


def test_domain_options():
    parser = argparse.ArgumentParser()
    common.add_project_domain_option_to_parser(parser)
    common.add_user_domain_option_to_parser(parser)
    args = parser.parse_args(['--project-domain', 'a', '--user-domain', 'b'])
    assert (args.project_domain, args.user_domain) == ('a', 'b')
