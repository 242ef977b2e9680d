"""Unit tests: EC2 credentials commands parse and call the SDK right."""

import pytest
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import delegation
from openstackclient.identity.v3 import ec2_credentials as ec2
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df


def make_creds():
    return delegation.Ec2Credential.existing(
        access='a1', secret='s1', tenant_id='p1', trust_id=None,
        links={'self': 'x'}, user_id='u1')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_user.return_value = sdk_user.User(id='u1')
    proxy.find_project.return_value = sdk_project.Project(id='p1')
    proxy.find_domain.return_value = sdk_domain.Domain(id='d1')
    proxy._find.return_value = make_creds()
    return proxy


def test_resource_maps_keystone_fields():
    creds = delegation.Ec2Credential.existing(access='a1', tenant_id='p1')
    assert (creds.id, creds.project_id) == ('a1', 'p1')
    assert delegation.Ec2Credential.base_path == \
        '/users/%(user_id)s/credentials/OS-EC2'


def test_create_for_session_user_and_project(identity):
    identity._create.return_value = make_creds()
    _, (labels, values) = df.run(ec2.CreateEC2Credentials, [], identity)
    identity._create.assert_called_once_with(
        delegation.Ec2Credential, user_id='me', project_id='p0')
    identity.find_user.assert_not_called()
    assert labels == ('access', 'links', 'project_id', 'secret', 'trust_id',
                      'user_id')
    assert values == ('a1', {'self': 'x'}, 'p1', 's1', None, 'u1')


def test_create_for_user_and_project_in_domains(identity):
    identity._create.return_value = make_creds()
    df.run(ec2.CreateEC2Credentials,
           ['--user', 'alice', '--user-domain', 'ud', '--project', 'proj',
            '--project-domain', 'pd'], identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')
    identity._create.assert_called_once_with(
        delegation.Ec2Credential, user_id='u1', project_id='p1')


def test_delete_many_for_user(identity):
    df.run(ec2.DeleteEC2Credentials, ['a1', 'a2', '--user', 'alice'],
           identity)
    identity.find_user.assert_called_once_with('alice', ignore_missing=False)
    identity._delete.assert_any_call(delegation.Ec2Credential, 'a1',
                                     user_id='u1', ignore_missing=False)
    identity._delete.assert_any_call(delegation.Ec2Credential, 'a2',
                                     user_id='u1', ignore_missing=False)


def test_delete_failure_is_summarised(identity):
    identity._delete.side_effect = df.not_found()
    with pytest.raises(errors.CommandError,
                       match='2 of 2 EC2 credentials failed'):
        df.run(ec2.DeleteEC2Credentials, ['a1', 'a2'], identity)


def test_list_session_user(identity):
    identity._list.return_value = [make_creds()]
    _, (labels, rows) = df.run(ec2.ListEC2Credentials, [], identity)
    identity._list.assert_called_once_with(delegation.Ec2Credential,
                                           user_id='me')
    assert labels == ('Access', 'Secret', 'Project ID', 'User ID')
    assert rows == [('a1', 's1', 'p1', 'u1')]


def test_list_other_user(identity):
    identity._list.return_value = []
    df.run(ec2.ListEC2Credentials, ['--user', 'alice'], identity)
    identity._list.assert_called_once_with(delegation.Ec2Credential,
                                           user_id='u1')


def test_show(identity):
    _, (labels, values) = df.run(ec2.ShowEC2Credentials, ['a1'], identity)
    identity._find.assert_called_once_with(
        delegation.Ec2Credential, 'a1', ignore_missing=False, user_id='me')
    assert dict(zip(labels, values))['secret'] == 's1'


def test_show_unknown(identity):
    identity._find.side_effect = df.not_found()
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        df.run(ec2.ShowEC2Credentials, ['nope'], identity)


def test_show_needs_access_key(identity):
    with pytest.raises(SystemExit):
        df.run(ec2.ShowEC2Credentials, [], identity)
