"""Unit tests: identity provider commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import identity_provider as sdk_idp

from openstackclient.cli import errors
from openstackclient.identity.v3 import identity_provider
from tests.unit import fakes

IDP = sdk_idp.IdentityProvider(
    id='idp1', description='desc', domain_id='d1', is_enabled=True,
    remote_ids=['r2', 'r1'], authorization_ttl=None)


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_domain.return_value = sdk_domain.Domain(id='d1', name='dom')
    proxy.create_identity_provider.return_value = IDP
    proxy.get_identity_provider.return_value = IDP
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


def test_create_defaults(identity):
    _, (labels, values) = run(identity_provider.CreateIdentityProvider,
                              ['idp1'], identity)
    identity.create_identity_provider.assert_called_once_with(
        id='idp1', is_enabled=True)
    identity.find_domain.assert_not_called()
    assert labels == ('authorization_ttl', 'description', 'domain_id',
                      'enabled', 'id', 'remote_ids')
    shown = dict(zip(labels, values))
    assert shown['id'] == 'idp1'
    assert shown['enabled'] is True
    assert shown['remote_ids'].human_readable() == 'r1, r2'
    assert shown['remote_ids'].machine_readable() == ['r2', 'r1']


def test_create_all_options(identity):
    run(identity_provider.CreateIdentityProvider,
        ['idp1', '--remote-id', 'a', '--remote-id', 'b', '--description',
         'x', '--domain', 'dom', '--authorization-ttl', '0', '--disable'],
        identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    identity.create_identity_provider.assert_called_once_with(
        id='idp1', is_enabled=False, description='x', remote_ids=['a', 'b'],
        domain_id='d1', authorization_ttl=0)


def test_create_remote_id_file(identity, tmp_path):
    path = tmp_path / 'ids'
    path.write_text(' one \n\ntwo\n')
    run(identity_provider.CreateIdentityProvider,
        ['idp1', '--remote-id-file', str(path)], identity)
    identity.create_identity_provider.assert_called_once_with(
        id='idp1', is_enabled=True, remote_ids=['one', 'two'])


def test_create_unreadable_remote_id_file(identity, tmp_path):
    with pytest.raises(errors.UsageError, match='Cannot read remote ID'):
        run(identity_provider.CreateIdentityProvider,
            ['idp1', '--remote-id-file', str(tmp_path / 'missing')],
            identity)
    identity.create_identity_provider.assert_not_called()


@pytest.mark.parametrize('argv', [
    ['idp1', '--remote-id', 'a', '--remote-id-file', 'f'],
    ['idp1', '--enable', '--disable'],
    ['idp1', '--authorization-ttl', 'soon'],
])
def test_create_bad_arguments(identity, argv):
    with pytest.raises(SystemExit):
        run(identity_provider.CreateIdentityProvider, argv, identity)


@pytest.mark.parametrize('cls, argv', [
    (identity_provider.CreateIdentityProvider, ['idp1', '--domain', 'dom']),
    (identity_provider.SetIdentityProvider, ['idp1']),
])
def test_negative_ttl_is_usage_error_before_any_request(identity, cls, argv):
    with pytest.raises(errors.UsageError, match='0 or more'):
        run(cls, [*argv, '--authorization-ttl', '-1'], identity)
    assert identity.method_calls == []


def test_create_unknown_domain(identity):
    identity.find_domain.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="domain .*'nope'"):
        run(identity_provider.CreateIdentityProvider,
            ['idp1', '--domain', 'nope'], identity)
    identity.create_identity_provider.assert_not_called()


def test_delete_many(identity):
    run(identity_provider.DeleteIdentityProvider, ['a', 'b'], identity)
    calls = identity.delete_identity_provider.call_args_list
    assert sorted(calls) == [
        (('a',), {'ignore_missing': False}),
        (('b',), {'ignore_missing': False}),
    ]


def test_delete_missing_is_not_found(identity):
    identity.delete_identity_provider.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError,
                       match="No identity provider .*'nope'"):
        run(identity_provider.DeleteIdentityProvider, ['nope'], identity)


def test_list_filters(identity):
    identity.identity_providers.return_value = [IDP]
    _, (labels, rows) = run(identity_provider.ListIdentityProvider,
                            ['--id', 'idp1', '--enabled'], identity)
    identity.identity_providers.assert_called_once_with(
        id='idp1', is_enabled=True)
    assert labels == ('ID', 'Enabled', 'Domain ID', 'Description')
    assert rows == [('idp1', True, 'd1', 'desc')]


def test_list_no_filters(identity):
    identity.identity_providers.return_value = []
    run(identity_provider.ListIdentityProvider, [], identity)
    identity.identity_providers.assert_called_once_with()


def test_set_only_given_fields(identity, tmp_path):
    path = tmp_path / 'ids'
    path.write_text('x\ny\n')
    run(identity_provider.SetIdentityProvider,
        ['idp1', '--disable', '--remote-id-file', str(path),
         '--authorization-ttl', '7', '--description', ''], identity)
    identity.update_identity_provider.assert_called_once_with(
        'idp1', description='', remote_ids=['x', 'y'], authorization_ttl=7,
        is_enabled=False)


def test_set_enable_and_remote_ids(identity):
    run(identity_provider.SetIdentityProvider,
        ['idp1', '--enable', '--remote-id', 'r'], identity)
    identity.update_identity_provider.assert_called_once_with(
        'idp1', remote_ids=['r'], is_enabled=True)


def test_set_nothing_makes_no_request(identity):
    run(identity_provider.SetIdentityProvider, ['idp1'], identity)
    identity.update_identity_provider.assert_not_called()


def test_set_missing_is_not_found(identity):
    identity.update_identity_provider.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(identity_provider.SetIdentityProvider,
            ['nope', '--enable'], identity)


def test_show(identity):
    parsed, (labels, values) = run(identity_provider.ShowIdentityProvider,
                                   ['idp1'], identity)
    assert parsed.identity_provider == 'idp1'
    identity.get_identity_provider.assert_called_once_with('idp1')
    assert dict(zip(labels, values))['domain_id'] == 'd1'


def test_show_missing_is_not_found(identity):
    identity.get_identity_provider.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError):
        run(identity_provider.ShowIdentityProvider, ['nope'], identity)


def test_show_forbidden_passes_through(identity):
    identity.get_identity_provider.side_effect = (
        sdk_exc.ForbiddenException('no'))
    with pytest.raises(sdk_exc.ForbiddenException):
        run(identity_provider.ShowIdentityProvider, ['idp1'], identity)
