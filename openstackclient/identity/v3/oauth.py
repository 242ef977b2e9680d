"""Identity v3 OAuth1 (OS-OAUTH1) tokens: a consumer asks for a request
token, a user authorizes it with some roles, and the consumer exchanges
it for an access token.

The consumer's requests are signed with HMAC-SHA1 as RFC 5849 says
(``authorization_header``); the standard library is enough for that.
Secrets given or received are masked in logs and ``--debug`` output.
"""

import base64
import hashlib
import hmac
import secrets
import time
import urllib.parse

from openstackclient.cli import base
from openstackclient.cli import redact
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation

OAUTH_PATH = '/OS-OAUTH1'


def _quote(text):
    """RFC 5849 3.6: percent-encode all but the unreserved characters."""
    return urllib.parse.quote(str(text), safe='-._~')


def signature_base_string(method, url, params):
    """RFC 5849 3.4.1: method, base URI and normalized parameters."""
    parts = urllib.parse.urlsplit(url)
    scheme, host = parts.scheme.lower(), (parts.hostname or '').lower()
    default_port = {'http': 80, 'https': 443}.get(scheme)
    if parts.port and parts.port != default_port:
        host = f'{host}:{parts.port}'
    base_uri = f'{scheme}://{host}{parts.path or "/"}'
    pairs = list(params.items())
    pairs += urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    normalized = '&'.join(f'{name}={value}' for name, value in sorted(
        (_quote(name), _quote(value)) for name, value in pairs))
    return '&'.join(_quote(part) for part in (method.upper(), base_uri,
                                              normalized))


def authorization_header(method, url, consumer_key, consumer_secret,
                         token=None, token_secret='', nonce=None,
                         timestamp=None, **extra):
    """The ``Authorization: OAuth ...`` value of a signed request.

    ``extra`` holds more ``oauth_*`` parameters without their prefix
    (``callback='oob'``, ``verifier=...``).
    """
    params = {
        'oauth_consumer_key': consumer_key,
        # Keystone accepts nonces of hex digits only.
        'oauth_nonce': nonce or secrets.token_hex(16),
        'oauth_signature_method': 'HMAC-SHA1',
        'oauth_timestamp': str(timestamp or int(time.time())),
        'oauth_version': '1.0',
    }
    if token is not None:
        params['oauth_token'] = token
    params.update({f'oauth_{name}': value for name, value in extra.items()})
    key = f'{_quote(consumer_secret)}&{_quote(token_secret or "")}'
    digest = hmac.new(key.encode(),
                      signature_base_string(method, url, params).encode(),
                      hashlib.sha1).digest()
    params['oauth_signature'] = base64.b64encode(digest).decode()
    return 'OAuth ' + ', '.join(
        f'{_quote(name)}="{_quote(value)}"' for name, value in params.items())


def _checked(response):
    from openstack import exceptions

    exceptions.raise_from_response(response)
    return response


def signed_post(identity, path, consumer_key, consumer_secret, headers=None,
                **oauth):
    """POST to the identity endpoint's ``path``, signed as the consumer;
    the token in the form-encoded answer, as OSC shows it."""
    url = identity.get_endpoint_data().url.rstrip('/') + OAUTH_PATH + path
    headers = dict(headers or {})
    headers['Authorization'] = authorization_header(
        'POST', url, consumer_key, consumer_secret, **oauth)
    response = _checked(identity.post(url, headers=headers))
    answer = dict(urllib.parse.parse_qsl(response.text))
    redact.add_secret(answer.get('oauth_token_secret'))
    token = {'id': answer.get('oauth_token'),
             'key': answer.get('oauth_token'),
             'secret': answer.get('oauth_token_secret')}
    if answer.get('oauth_expires_at'):
        token['expires'] = answer['oauth_expires_at']
    return tuple(sorted(token)), tuple(token[k] for k in sorted(token))


def _add_consumer_options(parser):
    parser.add_argument('--consumer-key', metavar='<consumer-key>',
                        required=True, help='Consumer key (required)')
    parser.add_argument('--consumer-secret', metavar='<consumer-secret>',
                        required=True, help='Consumer secret (required)')


class CreateRequestToken(base.ShowOne):
    """Create a request token"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_consumer_options(parser)
        parser.add_argument(
            '--project', metavar='<project>', required=True,
            help='Project the consumer asks access to (name or ID) '
                 '(required)')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain of the project (name or ID)')
        return parser

    def take_action(self, parsed_args):
        redact.add_secret(parsed_args.consumer_secret)
        identity = common.client(self.app)
        project_id = common.id_or_name(common.find_project, identity,
                                       parsed_args.project,
                                       parsed_args.domain)
        return signed_post(
            identity, '/request_token', parsed_args.consumer_key,
            parsed_args.consumer_secret,
            headers={'Requested-Project-Id': project_id}, callback='oob')


class AuthorizeRequestToken(base.ShowOne):
    """Authorize a request token"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--request-key', metavar='<request-key>',
                            required=True,
                            help='Request token to authorize (ID) (required)')
        delegation.add_role_option(parser, required=True)
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        roles = delegation.role_references(identity, parsed_args.roles)
        key = urllib.parse.quote(parsed_args.request_key, safe='')
        response = _checked(identity.put(
            f'{OAUTH_PATH}/authorize/{key}', json={'roles': roles}))
        token = response.json()['token']
        return tuple(sorted(token)), tuple(token[k] for k in sorted(token))


class CreateAccessToken(base.ShowOne):
    """Create an access token"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_consumer_options(parser)
        parser.add_argument(
            '--request-key', metavar='<request-key>', required=True,
            help='Request token to exchange for an access token (required)')
        parser.add_argument(
            '--request-secret', metavar='<request-secret>', required=True,
            help='Secret of the request token (required)')
        parser.add_argument(
            '--verifier', metavar='<verifier>', required=True,
            help='Verifier given when the request token was authorized '
                 '(required)')
        return parser

    def take_action(self, parsed_args):
        redact.add_secret(parsed_args.consumer_secret)
        redact.add_secret(parsed_args.request_secret)
        return signed_post(
            common.client(self.app), '/access_token',
            parsed_args.consumer_key, parsed_args.consumer_secret,
            token=parsed_args.request_key,
            token_secret=parsed_args.request_secret,
            verifier=parsed_args.verifier)
