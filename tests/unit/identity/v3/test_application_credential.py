"""Unit tests: application credential commands parse and call the SDK."""

import json

import pytest
from openstack.identity.v3 import application_credential as sdk_ac
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.cli import redact
from openstackclient.identity.v3 import application_credential as appcred
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df

ROLE_ID = 'f9d44aa4045147fc9ad68f3181dce844'
ROLES = [{'id': ROLE_ID, 'name': 'member'}, {'id': 'r2', 'name': 'reader'}]
RULES = [{'service': 'image', 'method': 'GET', 'path': '/v2/images'}]


def make_cred(**extra):
    return sdk_ac.ApplicationCredential(
        id='ac1', name='app', description=None, project_id='p0',
        roles=ROLES, unrestricted=False, access_rules=[], expires_at=None,
        **extra)


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_application_credential.return_value = make_cred()
    proxy.find_user.return_value = sdk_user.User(id='u1')
    return proxy


def create(identity, *argv):
    identity.create_application_credential.return_value = make_cred(
        secret='sekrit-value')
    return df.run(appcred.CreateApplicationCredential, ['app', *argv],
                  identity)


def test_create_defaults(identity):
    _, (labels, values) = create(identity)
    identity.create_application_credential.assert_called_once_with(
        'me', 'app', roles=[], expires_at=None, description=None,
        secret=None, unrestricted=False, access_rules=[])
    assert labels == ('ID', 'Name', 'Description', 'Project ID', 'Roles',
                      'Unrestricted', 'Access Rules', 'Expires At', 'Secret')
    assert values[-1] == 'sekrit-value'
    assert values[4].human_readable() == 'member, reader'
    assert values[4].machine_readable() == ROLES


def test_create_all_options(identity):
    create(identity, '--secret', 'given-secret', '--role', 'member',
           '--role', ROLE_ID, '--expiration', '2030-01-02T03:04:05',
           '--description', 'd', '--unrestricted',
           '--access-rules', json.dumps(RULES))
    identity.create_application_credential.assert_called_once_with(
        'me', 'app', roles=[{'name': 'member'}, {'id': ROLE_ID}],
        expires_at='2030-01-02T03:04:05', description='d',
        secret='given-secret', unrestricted=True, access_rules=RULES)
    # Roles are passed by reference: no lookup a member could not make.
    identity.find_role.assert_not_called()


def test_create_secrets_are_masked_in_logs(identity):
    create(identity, '--secret', 'given-secret')
    assert 'given-secret' not in redact.redact('body given-secret')
    assert 'sekrit-value' not in redact.redact('got sekrit-value')


def test_create_restricted(identity):
    create(identity, '--restricted')
    kwargs = identity.create_application_credential.call_args.kwargs
    assert kwargs['unrestricted'] is False


def test_create_restricted_and_unrestricted_conflict(identity):
    with pytest.raises(SystemExit):
        create(identity, '--restricted', '--unrestricted')


def test_create_access_rules_from_file(identity, tmp_path):
    path = tmp_path / 'rules.json'
    path.write_text(json.dumps(RULES))
    create(identity, '--access-rules', str(path))
    kwargs = identity.create_application_credential.call_args.kwargs
    assert kwargs['access_rules'] == RULES


def test_create_access_rules_invalid(identity):
    with pytest.raises(errors.UsageError, match='neither valid JSON'):
        create(identity, '--access-rules', '/no/such/file')
    identity.create_application_credential.assert_not_called()


def test_create_access_rules_file_not_json(identity, tmp_path):
    path = tmp_path / 'rules.json'
    path.write_text('not json')
    with pytest.raises(errors.UsageError, match='not valid JSON'):
        create(identity, '--access-rules', str(path))


def test_create_expiration_with_offset_is_utc(identity):
    create(identity, '--expiration', '2030-01-02T05:04:05+02:00')
    kwargs = identity.create_application_credential.call_args.kwargs
    assert kwargs['expires_at'] == '2030-01-02T03:04:05'


def test_create_bad_expiration(identity):
    with pytest.raises(errors.UsageError, match='YYYY-mm-ddTHH:MM:SS'):
        create(identity, '--expiration', 'tomorrow')


def test_delete_many(identity):
    df.run(appcred.DeleteApplicationCredential, ['app', 'ac1'], identity)
    identity.find_application_credential.assert_any_call(
        'me', 'app', ignore_missing=False)
    assert identity.delete_application_credential.call_count == 2
    identity.delete_application_credential.assert_called_with('me', 'ac1')


def test_delete_unknown(identity):
    identity.find_application_credential.side_effect = df.not_found()
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        df.run(appcred.DeleteApplicationCredential, ['nope'], identity)
    identity.delete_application_credential.assert_not_called()


def test_list_own(identity):
    identity.application_credentials.return_value = [make_cred()]
    _, (labels, rows) = df.run(appcred.ListApplicationCredential, [],
                               identity)
    identity.application_credentials.assert_called_once_with(user='me')
    assert 'Secret' not in labels
    assert rows[0][:4] == ('ac1', 'app', None, 'p0')


def test_list_other_user(identity):
    identity.application_credentials.return_value = []
    df.run(appcred.ListApplicationCredential,
           ['--user', 'alice', '--user-domain', 'default'], identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False,
        domain_id=identity.find_domain.return_value.id)
    identity.application_credentials.assert_called_once_with(user='u1')


def test_show(identity):
    _, (labels, values) = df.run(appcred.ShowApplicationCredential, ['app'],
                                 identity)
    identity.find_application_credential.assert_called_once_with(
        'me', 'app', ignore_missing=False)
    assert 'Secret' not in labels
    assert values[0] == 'ac1'
