"""Unit tests: federation protocol commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import federation_protocol as sdk_protocol

from openstackclient.cli import errors
from openstackclient.identity.v3 import federation_protocol
from tests.unit import fakes

PROTOCOL = sdk_protocol.FederationProtocol(
    id='saml2', idp_id='idp1', mapping_id='m1')

IDP = ['--identity-provider', 'idp1']


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.create_federation_protocol.return_value = PROTOCOL
    proxy.get_federation_protocol.return_value = PROTOCOL
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


def test_create(identity):
    _, (labels, values) = run(
        federation_protocol.CreateFederationProtocol,
        ['saml2', *IDP, '--mapping', 'm1'], identity)
    identity.create_federation_protocol.assert_called_once_with(
        'idp1', id='saml2', mapping_id='m1')
    assert labels == ('id', 'identity_provider', 'mapping')
    assert values == ('saml2', 'idp1', 'm1')


@pytest.mark.parametrize('argv', [
    ['saml2', '--mapping', 'm1'],
    ['saml2', *IDP],
    ['--mapping', 'm1', *IDP],
])
def test_create_needs_all_arguments(identity, argv):
    with pytest.raises(SystemExit):
        run(federation_protocol.CreateFederationProtocol, argv, identity)


def test_delete_many(identity):
    run(federation_protocol.DeleteFederationProtocol,
        ['a', 'b', *IDP], identity)
    calls = identity.delete_federation_protocol.call_args_list
    assert sorted(calls) == [
        (('idp1', 'a'), {'ignore_missing': False}),
        (('idp1', 'b'), {'ignore_missing': False}),
    ]


def test_delete_needs_identity_provider(identity):
    with pytest.raises(SystemExit):
        run(federation_protocol.DeleteFederationProtocol, ['a'], identity)


def test_delete_missing_names_protocol_and_provider(identity):
    identity.delete_federation_protocol.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError) as info:
        run(federation_protocol.DeleteFederationProtocol,
            ['x', *IDP], identity)
    assert str(info.value) == (
        "No federation protocol 'x' exists for identity provider 'idp1'.")


def test_list(identity):
    identity.federation_protocols.return_value = iter([PROTOCOL])
    _, (labels, rows) = run(federation_protocol.ListFederationProtocol,
                            IDP, identity)
    identity.federation_protocols.assert_called_once_with('idp1')
    assert labels == ('id', 'mapping')
    assert rows == [('saml2', 'm1')]


def test_list_missing_provider_is_not_found(identity):
    identity.federation_protocols.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError, match="identity provider"):
        run(federation_protocol.ListFederationProtocol, IDP, identity)


def test_set_mapping(identity):
    run(federation_protocol.SetFederationProtocol,
        ['saml2', *IDP, '--mapping', 'm2'], identity)
    identity.update_federation_protocol.assert_called_once_with(
        'idp1', 'saml2', mapping_id='m2')


def test_set_nothing_makes_no_request(identity):
    run(federation_protocol.SetFederationProtocol, ['saml2', *IDP],
        identity)
    identity.update_federation_protocol.assert_not_called()


def test_set_bad_mapping_passes_server_error(identity):
    identity.update_federation_protocol.side_effect = (
        sdk_exc.BadRequestException('Invalid mapping id: m9'))
    with pytest.raises(sdk_exc.BadRequestException):
        run(federation_protocol.SetFederationProtocol,
            ['saml2', *IDP, '--mapping', 'm9'], identity)


def test_show(identity):
    _, (labels, values) = run(federation_protocol.ShowFederationProtocol,
                              ['saml2', *IDP], identity)
    identity.get_federation_protocol.assert_called_once_with('idp1', 'saml2')
    assert dict(zip(labels, values)) == {
        'id': 'saml2', 'identity_provider': 'idp1', 'mapping': 'm1'}


def test_show_missing_is_not_found(identity):
    identity.get_federation_protocol.side_effect = (
        sdk_exc.NotFoundException('gone'))
    with pytest.raises(errors.NotFoundError, match="'x'.*'idp1'"):
        run(federation_protocol.ShowFederationProtocol, ['x', *IDP],
            identity)
