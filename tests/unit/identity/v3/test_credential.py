"""Unit tests: credential commands parse and call the SDK right."""

import pytest
from openstack.identity.v3 import credential as sdk_credential
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import credential
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df

CRED = sdk_credential.Credential(id='c1', type='cert', blob='{"a": 1}',
                                 user_id='u1', project_id=None)


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_user.return_value = sdk_user.User(id='u1', name='alice')
    proxy.find_project.return_value = sdk_project.Project(id='p1')
    proxy.get_credential.return_value = CRED
    return proxy


def test_create_defaults_to_cert(identity):
    identity.create_credential.return_value = CRED
    _, (labels, values) = df.run(credential.CreateCredential,
                                 ['alice', '{"a": 1}'], identity)
    identity.find_user.assert_called_once_with('alice', ignore_missing=False)
    identity.create_credential.assert_called_once_with(
        user_id='u1', type='cert', blob='{"a": 1}', project_id=None)
    assert labels == ('blob', 'id', 'project_id', 'type', 'user_id')
    assert values == ('{"a": 1}', 'c1', None, 'cert', 'u1')


def test_create_ec2_in_project(identity):
    identity.create_credential.return_value = CRED
    df.run(credential.CreateCredential,
           ['alice', 'data', '--type', 'ec2', '--project', 'proj'], identity)
    identity.find_project.assert_called_once_with('proj',
                                                  ignore_missing=False)
    identity.create_credential.assert_called_once_with(
        user_id='u1', type='ec2', blob='data', project_id='p1')


def test_create_for_self_without_lookup_rights(identity):
    identity.find_user.side_effect = df.forbidden()
    identity.create_credential.return_value = CRED
    df.run(credential.CreateCredential, ['me-id', 'data'], identity)
    assert identity.create_credential.call_args.kwargs['user_id'] == 'me-id'


def test_create_unknown_user(identity):
    identity.find_user.side_effect = df.not_found()
    with pytest.raises(errors.NotFoundError, match="user .*'bob'"):
        df.run(credential.CreateCredential, ['bob', 'data'], identity)
    identity.create_credential.assert_not_called()


def test_create_needs_data(identity):
    with pytest.raises(SystemExit):
        df.run(credential.CreateCredential, ['alice'], identity)


def test_delete_many(identity):
    df.run(credential.DeleteCredential, ['c1', 'c2'], identity)
    assert identity.delete_credential.call_count == 2
    identity.delete_credential.assert_any_call('c1', ignore_missing=False)
    identity.delete_credential.assert_any_call('c2', ignore_missing=False)


def test_delete_reports_failure(identity):
    identity.delete_credential.side_effect = [None, df.not_found()]
    with pytest.raises(errors.CommandError, match='1 of 2 credentials'):
        df.run(credential.DeleteCredential, ['c1', 'c2', '--parallel', '1'],
               identity)


def test_list_all(identity):
    identity.credentials.return_value = [CRED]
    _, (labels, rows) = df.run(credential.ListCredential, [], identity)
    identity.credentials.assert_called_once_with()
    assert labels == ('ID', 'Type', 'User ID', 'Data', 'Project ID')
    assert rows == [('c1', 'cert', 'u1', '{"a": 1}', None)]


def test_list_by_user_in_domain_and_type(identity):
    identity.credentials.return_value = []
    identity.find_domain.return_value = sdk_user.User(id='d1')
    df.run(credential.ListCredential,
           ['--user', 'alice', '--user-domain', 'dom', '--type', 'ec2'],
           identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    identity.credentials.assert_called_once_with(user_id='u1', type='ec2')


def test_set_sends_only_changes(identity):
    df.run(credential.SetCredential,
           ['c1', '--user', 'alice', '--type', 'cert', '--data', 'new'],
           identity)
    identity.get_credential.assert_called_once_with('c1')
    identity.update_credential.assert_called_once_with(CRED, blob='new')


def test_set_changed_type_and_project(identity):
    df.run(credential.SetCredential,
           ['c1', '--user', 'alice', '--type', 'ec2', '--data', 'new',
            '--project', 'proj'], identity)
    identity.update_credential.assert_called_once_with(
        CRED, blob='new', type='ec2', project_id='p1')


@pytest.mark.parametrize('missing', ['--user', '--type', '--data'])
def test_set_requires_user_type_and_data(identity, missing):
    argv = ['c1', '--user', 'alice', '--type', 'cert', '--data', 'x']
    at = argv.index(missing)
    del argv[at:at + 2]
    with pytest.raises(SystemExit):
        df.run(credential.SetCredential, argv, identity)


def test_show(identity):
    _, (labels, values) = df.run(credential.ShowCredential, ['c1'], identity)
    identity.get_credential.assert_called_once_with('c1')
    assert dict(zip(labels, values))['type'] == 'cert'
