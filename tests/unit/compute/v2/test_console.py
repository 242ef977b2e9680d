"""Unit tests: console log show, console url show, console connection
show."""

import pytest
from openstack import exceptions
from openstack.compute.v2 import console_auth_token
from openstack.compute.v2 import server as sdk_server

from openstackclient.cli import errors
from openstackclient.compute.v2 import console
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web')
URL = 'http://proxy:6080/vnc_auto.html?path=%3Ftoken%3Dabc'


@pytest.fixture
def compute():
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    compute.get_server_console_output.return_value = {
        'output': 'one\ntwo\nlast'}
    compute.create_console.return_value = {
        'id': None, 'name': None, 'location': None, 'protocol': 'vnc',
        'type': 'novnc', 'url': URL}
    return compute


def test_log_show_ends_with_a_newline(compute):
    _, _, app = cf.run(console.ShowConsoleLog, ['web'], compute)
    assert app.stdout.getvalue() == 'one\ntwo\nlast\n'
    compute.get_server_console_output.assert_called_once_with(
        SERVER, length=None)
    compute.find_server.assert_called_once_with(
        'web', ignore_missing=False, details=False)


def test_log_show_lines(compute):
    compute.get_server_console_output.return_value = {'output': 'last\n'}
    _, _, app = cf.run(console.ShowConsoleLog, ['web', '--lines', '1'],
                       compute)
    compute.get_server_console_output.assert_called_once_with(
        SERVER, length=1)
    assert app.stdout.getvalue() == 'last\n'


def test_log_show_empty_prints_nothing(compute):
    compute.get_server_console_output.return_value = {'output': ''}
    _, _, app = cf.run(console.ShowConsoleLog, ['web'], compute)
    assert app.stdout.getvalue() == ''


def test_log_show_lines_must_not_be_negative(compute):
    with pytest.raises(SystemExit):
        cf.run(console.ShowConsoleLog, ['web', '--lines', '-2'], compute)


def test_url_show_defaults_to_novnc(compute):
    _, result, _ = cf.run(console.ShowConsoleURL, ['web'], compute)
    compute.create_console.assert_called_once_with(
        SERVER, console_type='novnc')
    assert result == (('protocol', 'type', 'url'), ['vnc', 'novnc', URL])


@pytest.mark.parametrize('option, sent', [
    ('--xvpvnc', 'xvpvnc'), ('--spice', 'spice-html5'),
    ('--spice-direct', 'spice-direct'), ('--rdp', 'rdp-html5'),
    ('--serial', 'serial'), ('--mks', 'webmks')])
def test_url_show_types(compute, option, sent):
    cf.run(console.ShowConsoleURL, ['web', option], compute)
    assert compute.create_console.call_args.kwargs['console_type'] == sent


def test_url_show_types_are_exclusive(compute):
    with pytest.raises(SystemExit):
        cf.run(console.ShowConsoleURL, ['web', '--spice', '--mks'], compute)


@pytest.mark.parametrize('option, version', [
    ('--mks', '2.7'), ('--spice-direct', '2.98')])
def test_url_show_newer_types_need_their_microversion(compute, option,
                                                       version):
    with pytest.raises(errors.UsageError) as caught:
        cf.run(console.ShowConsoleURL, ['web', option], compute,
               version=version)
    assert option in str(caught.value)
    compute.create_console.assert_not_called()


def test_url_show_before_2_6_has_no_protocol(compute):
    compute.create_console.return_value = {'type': 'novnc', 'url': URL}
    _, result, _ = cf.run(console.ShowConsoleURL, ['web'], compute,
                          version='2.5')
    assert result == (('type', 'url'), ['novnc', URL])


def test_url_show_rdp_refusal_says_why(compute):
    compute.create_console.side_effect = exceptions.BadRequestException(
        'Bad Request', details='The server could not comply',
        http_status=400)
    with pytest.raises(errors.UsageError) as caught:
        cf.run(console.ShowConsoleURL, ['web', '--rdp'], compute)
    assert 'rdp-html5' in str(caught.value)


def test_url_show_other_refusals_pass_through(compute):
    compute.create_console.side_effect = exceptions.BadRequestException(
        'Bad Request', details='Unavailable console type novnc.',
        http_status=400)
    with pytest.raises(exceptions.BadRequestException) as caught:
        cf.run(console.ShowConsoleURL, ['web'], compute)
    assert errors.one_line(caught.value) == \
        'Unavailable console type novnc. (HTTP 400)'
    assert errors.exit_code_for(caught.value) == errors.USAGE


def test_connection_show_fields(compute):
    compute.validate_console_auth_token.return_value = \
        console_auth_token.ConsoleAuthToken(
            instance_uuid='s1', host='10.0.0.2', port=5900,
            internal_access_path=None, tls_port=None)
    _, result, _ = cf.run(console.ShowConsoleConnectionInformation,
                          ['abc'], compute)
    compute.validate_console_auth_token.assert_called_once_with('abc')
    shown = cf.as_dict(result)
    assert list(result[0]) == sorted(result[0])
    assert shown['instance_uuid'] == 's1' and shown['port'] == 5900
    assert shown['host'] == '10.0.0.2'
    assert not {'id', 'name', 'location'} & set(shown)


def test_connection_show_before_2_31_says_why(compute):
    compute.validate_console_auth_token.side_effect = \
        exceptions.BadRequestException('Bad Request', http_status=400)
    with pytest.raises(errors.UsageError) as caught:
        cf.run(console.ShowConsoleConnectionInformation, ['abc'], compute,
               version='2.30')
    assert '2.31' in str(caught.value)
    # From 2.31 Nova's own refusal stands.
    with pytest.raises(exceptions.BadRequestException):
        cf.run(console.ShowConsoleConnectionInformation, ['abc'], compute,
               version='2.31')
