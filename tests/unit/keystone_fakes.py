"""A mocked Keystone (requests-mock) for tests that run the whole shell."""

import copy
import re

import pytest
import requests_mock

AUTH_URL = 'http://keystone.test/v3'
PASSWORD = 'pw-Unique-7731'
TOKEN = 'gAAAAABtoken-' + 'x' * 60

VERSIONS = {'versions': {'values': [{
    'id': 'v3.14', 'status': 'stable', 'updated': '2020-04-07T00:00:00Z',
    'links': [{'rel': 'self', 'href': AUTH_URL + '/'}],
    'media-types': [],
}]}}

TOKEN_BODY = {'token': {
    'methods': ['password'], 'expires_at': '2099-01-01T00:00:00.000000Z',
    'issued_at': '2026-01-01T00:00:00.000000Z',
    'user': {'id': 'u1', 'name': 'admin', 'domain': {'id': 'default',
                                                      'name': 'Default'}},
    'project': {'id': 'p1', 'name': 'admin',
                'domain': {'id': 'default', 'name': 'Default'}},
    'roles': [{'id': 'r1', 'name': 'admin'}],
    'catalog': [{'type': 'identity', 'name': 'keystone', 'id': 's1',
                 'endpoints': [{'id': 'e1', 'interface': 'public',
                                'region': 'RegionOne',
                                'region_id': 'RegionOne',
                                'url': AUTH_URL}]}],
}}

#: Global options signing in to the mocked Keystone with a password.
PASSWORD_ARGS = [
    '--os-auth-url', AUTH_URL, '--os-username', 'admin',
    '--os-password', PASSWORD, '--os-project-name', 'admin',
    '--os-user-domain-id', 'default', '--os-project-domain-id', 'default']


def token_body(expires_at=None):
    body = copy.deepcopy(TOKEN_BODY)
    if expires_at is not None:
        body['token']['expires_at'] = expires_at
    return body


@pytest.fixture
def keystone():
    """Keystone's version document and password sign-in, mocked."""
    with requests_mock.Mocker() as mock:
        mock.get(re.compile(r'http://keystone\.test/(v3/?)?$'),
                 json=VERSIONS)
        mock.post(AUTH_URL + '/auth/tokens', status_code=201,
                  json=TOKEN_BODY, headers={'X-Subject-Token': TOKEN})
        yield mock
