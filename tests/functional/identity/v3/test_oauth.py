"""Functional tests: the OAuth1 flow against the devcloud's Keystone
(OS-OAUTH1 is enabled there, as by default): a consumer gets a request
token for a project, a user with roles there authorizes it (Keystone's
policy allows only admins), and the consumer exchanges it for an access
token."""

import pytest

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

# The fields OSC 10.5.0 shows (from keystoneclient's token objects).
TOKEN_KEYS = {'expires', 'id', 'key', 'secret'}


@pytest.fixture
def consumer(openstack):
    made = openstack('consumer', 'create', '--description', 'fn oauth',
                     parse_json=True).json
    yield made
    openstack('consumer', 'delete', made['id'], check=False)


def consumer_args(consumer):
    return ('--consumer-key', consumer['id'], '--consumer-secret',
            consumer['secret'])


def test_request_authorize_access(openstack, consumer):
    request = openstack('request', 'token', 'create',
                        *consumer_args(consumer), '--project', 'admin',
                        '--domain', 'default', parse_json=True).json
    assert set(request) == TOKEN_KEYS
    assert request['id'] == request['key']
    verifier = openstack('request', 'token', 'authorize', '--request-key',
                         request['key'], '--role', 'member',
                         parse_json=True).json
    assert set(verifier) == {'oauth_verifier'}
    result = openstack('--debug', 'access', 'token', 'create',
                       *consumer_args(consumer), '--request-key',
                       request['key'], '--request-secret',
                       request['secret'], '--verifier',
                       verifier['oauth_verifier'], '-f', 'json')
    assert '"secret": "' in result.stdout
    access_secret = result.stdout.split('"secret": "')[1].split('"')[0]
    for secret in (consumer['secret'], request['secret'], access_secret):
        assert secret not in result.stderr
    assert 'OS-OAUTH1/access_token' in result.stderr  # the debug log


def test_wrong_consumer_secret_is_refused(openstack, realm, consumer):
    result = openstack('request', 'token', 'create', '--consumer-key',
                       consumer['id'], '--consumer-secret', 'wrong',
                       '--project', realm.project['id'], check=False)
    error_line(result, 3)


def test_wrong_verifier_is_refused(openstack, realm, consumer):
    request = openstack('request', 'token', 'create',
                        *consumer_args(consumer), '--project',
                        realm.project['id'], parse_json=True).json
    result = openstack('access', 'token', 'create', *consumer_args(consumer),
                       '--request-key', request['key'], '--request-secret',
                       request['secret'], '--verifier', 'ABCDEFGH',
                       check=False)
    assert result.rc != 0
    error_line(result, result.rc)


def test_request_token_for_realm_project(openstack, as_user, realm,
                                        consumer):
    request = openstack('request', 'token', 'create',
                        *consumer_args(consumer), '--project',
                        realm.project['name'], '--domain',
                        realm.domain['name'], parse_json=True).json
    assert set(request) == TOKEN_KEYS
    refused = as_user(realm.member_env, 'request', 'token', 'authorize',
                      '--request-key', request['key'], '--role', 'member',
                      check=False)
    assert 'authorize_request_token' in error_line(refused, 4)


def test_authorize_unknown_request_token(openstack):
    result = openstack('request', 'token', 'authorize', '--request-key',
                       'fn-no-such-token', '--role', 'member', check=False)
    error_line(result, 5)
