"""Failures against real Keystone: one line, the right exit code, and no
secret in --debug output."""

import re

FERNET = re.compile(r'gAAAAA[A-Za-z0-9_\-]{40,}')


def test_debug_output_has_no_password_or_token(openstack, devcloud):
    # Signing in (not from the token cache)...
    result = openstack('--no-token-cache', '--debug', 'versions', 'show')
    assert devcloud.auth_url + '/auth/tokens' in result.stderr
    assert 'X-Auth-Token' in result.stderr  # requests are shown...
    for stream in (result.stdout, result.stderr):
        assert devcloud.admin['password'] not in stream  # ...secrets not
        assert not FERNET.search(stream)
    # ...and with the token the cache holds.
    openstack('token', 'issue')
    result = openstack('--debug', 'versions', 'show')
    assert 'Using the cached token' in result.stderr
    for stream in (result.stdout, result.stderr):
        assert not FERNET.search(stream)


def test_wrong_password_is_one_line_auth_error(openstack):
    result = openstack('--os-password', 'not-the-password', 'versions',
                       'show', check=False)
    assert result.rc == 3
    assert result.stderr.count('\n') == 1
    assert 'HTTP 401' in result.stderr
    assert 'Traceback' not in result.stderr


def test_refused_connection_names_url(openstack):
    result = openstack('--os-auth-url', 'http://127.0.0.1:9/v3', 'versions',
                       'show', check=False)
    assert result.rc == 8
    assert result.stderr == ('openstack: Unable to connect to '
                             'http://127.0.0.1:9/v3/auth/tokens: '
                             'connection refused\n')
