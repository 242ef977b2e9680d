"""Unit tests: keypair create/delete/list/show."""

import os
import stat
import types
from unittest import mock

import pytest
from openstack.compute.v2 import keypair as sdk_keypair

from openstackclient.cli import errors
from openstackclient.compute.v2 import keypair
from tests.unit.compute.v2 import compute_fakes as cf

KEY = sdk_keypair.Keypair(name='k', fingerprint='aa:bb', type='ssh',
                          user_id='u1', public_key='ssh-ed25519 AAAA k')


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.create_keypair.return_value = KEY
    proxy.find_keypair.return_value = KEY
    proxy.keypairs.return_value = [KEY]
    return proxy


@pytest.fixture
def user():
    with mock.patch('openstackclient.compute.v2.common.user_id',
                    return_value='u9') as found:
        yield found


def test_generate_keypair_is_ed25519_openssh():
    public, private = keypair.generate_keypair()
    assert public.startswith('ssh-ed25519 ')
    assert private.startswith('-----BEGIN OPENSSH PRIVATE KEY-----')


def test_create_prints_generated_private_key(compute):
    _, result, app = cf.run(keypair.CreateKeypair, ['k'], compute)
    assert result == ((), [])
    assert app.stdout.getvalue().startswith('-----BEGIN OPENSSH')
    sent = compute.create_keypair.call_args.kwargs
    assert sent['name'] == 'k'
    assert sent['public_key'].startswith('ssh-ed25519 ')


def test_create_writes_private_key_0600(compute, tmp_path):
    path = tmp_path / 'k.pem'
    _, result, app = cf.run(keypair.CreateKeypair,
                            ['k', '--private-key', str(path)], compute)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_text().startswith('-----BEGIN OPENSSH')
    assert app.stdout.getvalue() == ''
    shown = cf.as_dict(result)
    assert 'private_key' not in shown and shown['fingerprint'] == 'aa:bb'


def test_create_imports_public_key_with_type_and_user(compute, user,
                                                      tmp_path):
    path = tmp_path / 'k.pub'
    path.write_text('ssh-rsa AAAB x\n')
    cf.run(keypair.CreateKeypair,
           ['k', '--public-key', str(path), '--type', 'x509', '--user',
            'bob'], compute)
    compute.create_keypair.assert_called_once_with(
        name='k', public_key='ssh-rsa AAAB x\n', key_type='x509',
        user_id='u9')


def test_create_missing_public_key_file(compute, tmp_path):
    with pytest.raises(errors.CommandError) as exc:
        cf.run(keypair.CreateKeypair,
               ['k', '--public-key', str(tmp_path / 'none')], compute)
    assert 'not found' in str(exc.value)
    compute.create_keypair.assert_not_called()


@pytest.mark.parametrize('argv, version', [
    (['--type', 'ssh'], '2.1'), (['--user', 'u'], '2.9')])
def test_create_microversion_checks(compute, argv, version):
    with pytest.raises(errors.UsageError):
        cf.run(keypair.CreateKeypair, ['k', *argv], compute,
               version=version)


def test_delete_with_user(compute, user):
    cf.run(keypair.DeleteKeypair, ['k', '--user', 'bob'], compute)
    compute.find_keypair.assert_called_once_with('k', ignore_missing=False,
                                                 user_id='u9')
    compute.delete_keypair.assert_called_once_with(
        'k', ignore_missing=False, user_id='u9')


def test_list_columns_by_version(compute):
    _, result, _ = cf.run(keypair.ListKeypair, [], compute)
    assert cf.rows(result) == [
        {'Name': 'k', 'Fingerprint': 'aa:bb', 'Type': 'ssh'}]
    _, result, _ = cf.run(keypair.ListKeypair, [], compute, version='2.1')
    assert result[0] == ('Name', 'Fingerprint')


def test_list_paging_sends_2_35(compute):
    cf.run(keypair.ListKeypair, ['--limit', '2', '--marker', 'a'], compute)
    compute.keypairs.assert_called_once_with(limit=2, marker='a',
                                             paginated=False)
    assert compute.default_microversion == '2.35'


def test_list_project_asks_each_user(compute):
    identity = mock.Mock()
    identity.role_assignments.return_value = [
        types.SimpleNamespace(user={'id': 'u2'}),
        types.SimpleNamespace(user={'id': 'u1'}),
        types.SimpleNamespace(user=None)]
    with mock.patch('openstackclient.compute.v2.common.project_id',
                    return_value='p1'):
        _, result, _ = cf.run(keypair.ListKeypair, ['--project', 'p'],
                              compute, identity=identity)
    identity.role_assignments.assert_called_once_with(scope_project_id='p1')
    assert compute.keypairs.call_args_list == [
        mock.call(user_id='u1'), mock.call(user_id='u2')]
    assert len(result[1]) == 2


def test_show_public_key_only(compute):
    _, result, app = cf.run(keypair.ShowKeypair, ['k', '--public-key'],
                            compute)
    assert app.stdout.getvalue() == 'ssh-ed25519 AAAA k'
    assert result == ((), [])


def test_show_fields(compute):
    _, result, _ = cf.run(keypair.ShowKeypair, ['k'], compute)
    assert set(cf.as_dict(result)) == {
        'created_at', 'fingerprint', 'id', 'is_deleted', 'name',
        'private_key', 'type', 'user_id'}
