"""console log show, console url show, console connection show against the
devcloud: the fake driver's console log is fixed text; VNC is on (the URL
points at no proxy, but its token is real), SPICE, serial and MKS are off,
so Nova refuses those."""

import urllib.parse

import pytest

FAKE_LOG = 'FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE\n'


def _one_line(result, rc):
    assert result.rc == rc, result.stderr
    assert result.stdout == ''
    assert result.stderr.startswith('openstack: ')
    assert result.stderr.count('\n') == 1
    assert 'Traceback' not in result.stderr


def test_log_show(openstack, server):
    result = openstack('console', 'log', 'show', server['id'])
    assert result.stdout == FAKE_LOG
    by_name = openstack('console', 'log', 'show', server['name'])
    assert by_name.stdout == FAKE_LOG


@pytest.mark.parametrize('lines, shown', [
    ('1', 'LAST LINE\n'), ('2', 'ANOTHER\nLAST LINE\n'), ('0', ''),
    ('10', FAKE_LOG)])
def test_log_show_lines(openstack, server, lines, shown):
    result = openstack('console', 'log', 'show', '--lines', lines,
                       server['id'])
    assert result.stdout == shown


def test_log_show_negative_lines_is_a_usage_error(openstack, server):
    result = openstack('console', 'log', 'show', '--lines', '-1',
                       server['id'], check=False)
    assert result.rc == 2
    assert '--lines' in result.stderr


def test_log_show_of_another_projects_server(openstack, server):
    result = openstack('console', 'log', 'show', server['id'],
                       cloud='devcloud-demo', check=False)
    _one_line(result, 5)


@pytest.mark.parametrize('option', [None, '--novnc'])
def test_vnc_url_and_its_token(openstack, server, option):
    args = ['console', 'url', 'show', server['id']]
    if option:
        args.append(option)
    shown = openstack(*args, parse_json=True).json
    assert (shown['protocol'], shown['type']) == ('vnc', 'novnc')
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(shown['url']).query)
    token = urllib.parse.parse_qs(query['path'][0].lstrip('?'))['token'][0]
    connection = openstack('console', 'connection', 'show', token,
                           parse_json=True).json
    assert connection['instance_uuid'] == server['id']
    assert (connection['host'], connection['port']) == (
        'fakevncconsole.com', 6969)


def test_url_show_xvpvnc_is_gone(openstack, server):
    # Nova dropped the XenAPI VNC proxy; with VNC on it says so.
    result = openstack('console', 'url', 'show', '--xvpvnc', server['id'],
                       check=False)
    _one_line(result, 2)
    assert result.stderr == (
        'openstack: Invalid console type xvpvnc (HTTP 400)\n')


@pytest.mark.parametrize('option, console_type', [
    ('--spice', 'spice-html5'), ('--spice-direct', 'spice-direct'),
    ('--serial', 'serial'), ('--mks', 'webmks')])
def test_url_show_refused_without_proxies(openstack, server, option,
                                          console_type):
    args = ['console', 'url', 'show', server['id']]
    if option:
        args.append(option)
    result = openstack(*args, check=False)
    _one_line(result, 2)
    assert result.stderr == (
        f'openstack: Unavailable console type {console_type}. (HTTP 400)\n')


def test_url_show_rdp_was_removed(openstack, server):
    result = openstack('console', 'url', 'show', '--rdp', server['id'],
                       check=False)
    _one_line(result, 2)
    assert 'rdp-html5' in result.stderr and 'Caracal' in result.stderr


def test_url_show_mks_needs_2_8(openstack, server):
    result = openstack('--os-compute-api-version', '2.7', 'console', 'url',
                       'show', '--mks', server['id'], check=False)
    _one_line(result, 2)
    assert '--mks' in result.stderr and '2.8' in result.stderr


def test_url_show_types_are_exclusive(openstack, server):
    result = openstack('console', 'url', 'show', '--spice', '--serial',
                       server['id'], check=False)
    assert result.rc == 2
    assert 'not allowed with argument' in result.stderr


def test_connection_show_unknown_token(openstack):
    result = openstack('console', 'connection', 'show',
                       '00000000-0000-0000-0000-000000000000', check=False)
    _one_line(result, 5)
    assert result.stderr == 'openstack: Token not found (HTTP 404)\n'


def test_connection_show_is_for_admins(openstack):
    result = openstack('console', 'connection', 'show', 'abc',
                       cloud='devcloud-demo', check=False)
    _one_line(result, 4)
    assert 'os-console-auth-tokens' in result.stderr


def test_connection_show_before_2_31(openstack):
    result = openstack('--os-compute-api-version', '2.30', 'console',
                       'connection', 'show', 'abc', check=False)
    _one_line(result, 2)
    assert '2.31' in result.stderr
