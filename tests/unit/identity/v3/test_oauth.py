"""Unit tests: OAuth1 request/access token commands sign and call right."""

import types
from unittest import mock

import pytest
import requests
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import role as sdk_role

from openstackclient.cli import errors
from openstackclient.cli import redact
from openstackclient.identity.v3 import oauth
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df

ENDPOINT = 'http://127.0.0.1:15000/v3/'
TOKEN_BODY = ('oauth_token=rk1&oauth_token_secret=request-secret-1'
              '&oauth_expires_at=2030-01-01T00%3A00%3A00.000000Z')


def response(status=201, text='', json=None):
    return types.SimpleNamespace(status_code=status, text=text,
                                 json=lambda: json, headers={})


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.get_endpoint_data.return_value = types.SimpleNamespace(
        url=ENDPOINT)
    proxy.find_project.return_value = sdk_project.Project(id='p1')
    proxy.find_role.return_value = sdk_role.Role(id='r1')
    proxy.post.return_value = response(text=TOKEN_BODY)
    return proxy


@pytest.fixture(autouse=True)
def fixed_nonce():
    with mock.patch.object(oauth.secrets, 'token_hex', return_value='abc'), \
            mock.patch.object(oauth.time, 'time', return_value=1700000000):
        yield


# Expected values computed with oauthlib's Client for the same inputs.
def test_header_request_token_matches_oauthlib():
    header = oauth.authorization_header(
        'POST', 'http://127.0.0.1:15000/v3/OS-OAUTH1/request_token', 'ck',
        'cs', nonce='abc123', timestamp=1700000000, callback='oob')
    assert 'oauth_callback="oob"' in header
    assert header.endswith(
        'oauth_signature="fwLqa1R29UY9oEGbnD2b5Z9y4ow%3D"')


def test_header_access_token_matches_oauthlib():
    # Default port dropped, host lower-cased, query parameters signed.
    header = oauth.authorization_header(
        'POST', 'https://Keystone.example.com:443/v3/OS-OAUTH1/'
        'access_token?x=a%20b', 'ck', 'cs', token='rk', token_secret='rs',
        nonce='abc123', timestamp=1700000000, verifier='V3rif!er')
    assert 'oauth_token="rk"' in header
    assert 'oauth_verifier="V3rif%21er"' in header
    assert header.endswith(
        'oauth_signature="d2pvaYLFJVUtcPv4WOVCAl90UwQ%3D"')


def test_create_request_token(identity):
    _, (labels, values) = df.run(
        oauth.CreateRequestToken,
        ['--consumer-key', 'ck', '--consumer-secret', 'consumer-sec',
         '--project', 'proj', '--domain', 'dom'], identity)
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False,
        domain_id=identity.find_domain.return_value.id)
    url = 'http://127.0.0.1:15000/v3/OS-OAUTH1/request_token'
    headers = {'Requested-Project-Id': 'p1',
               'Authorization': oauth.authorization_header(
                   'POST', url, 'ck', 'consumer-sec', callback='oob')}
    identity.post.assert_called_once_with(url, headers=headers)
    assert labels == ('expires', 'id', 'key', 'secret')
    assert values == ('2030-01-01T00:00:00.000000Z', 'rk1', 'rk1',
                      'request-secret-1')
    assert redact.redact('consumer-sec request-secret-1') == '*** ***'


@pytest.mark.parametrize('missing', ['--consumer-key', '--consumer-secret',
                                     '--project'])
def test_create_request_token_required_options(identity, missing):
    argv = ['--consumer-key', 'ck', '--consumer-secret', 'cs',
            '--project', 'p']
    at = argv.index(missing)
    del argv[at:at + 2]
    with pytest.raises(SystemExit):
        df.run(oauth.CreateRequestToken, argv, identity)


def test_create_request_token_refused(identity):
    refused = requests.Response()
    refused.status_code = 401
    refused.url = ENDPOINT
    refused.headers['Content-Type'] = 'application/json'
    refused._content = b'{"error": {"message": "Invalid signature"}}'
    identity.post.return_value = refused
    with pytest.raises(Exception) as info:
        df.run(oauth.CreateRequestToken,
               ['--consumer-key', 'ck', '--consumer-secret', 'cs',
                '--project', 'p'], identity)
    assert errors.exit_code_for(info.value) == errors.AUTH
    assert 'Invalid signature' in errors.one_line(info.value)


def test_authorize_request_token(identity):
    identity.put.return_value = response(
        200, json={'token': {'oauth_verifier': 'V3rifier'}})
    _, (labels, values) = df.run(
        oauth.AuthorizeRequestToken,
        ['--request-key', 'rk1', '--role', 'member', '--role', 'reader'],
        identity)
    identity.put.assert_called_once_with(
        '/OS-OAUTH1/authorize/rk1', json={'roles': [{'id': 'r1'},
                                                    {'id': 'r1'}]})
    assert (labels, values) == (('oauth_verifier',), ('V3rifier',))


def test_authorize_needs_role(identity):
    with pytest.raises(SystemExit):
        df.run(oauth.AuthorizeRequestToken, ['--request-key', 'rk1'],
               identity)


def test_create_access_token(identity):
    _, (labels, values) = df.run(
        oauth.CreateAccessToken,
        ['--consumer-key', 'ck', '--consumer-secret', 'cs',
         '--request-key', 'rk1', '--request-secret', 'rs1',
         '--verifier', 'V3rifier'], identity)
    url = 'http://127.0.0.1:15000/v3/OS-OAUTH1/access_token'
    header = oauth.authorization_header(
        'POST', url, 'ck', 'cs', token='rk1', token_secret='rs1',
        verifier='V3rifier')
    identity.post.assert_called_once_with(
        url, headers={'Authorization': header})
    assert labels == ('expires', 'id', 'key', 'secret')
    assert values[1] == 'rk1'


def test_create_access_token_needs_verifier(identity):
    with pytest.raises(SystemExit):
        df.run(oauth.CreateAccessToken,
               ['--consumer-key', 'ck', '--consumer-secret', 'cs',
                '--request-key', 'rk1', '--request-secret', 'rs1'],
               identity)
