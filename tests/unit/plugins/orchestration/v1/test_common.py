"""Unit tests: the orchestration plugin's templates, parameters, waiting."""

import argparse
import io
import types

import pytest

from openstackclient.cli import errors
from openstackclient_orchestration.v1 import _common


class Response:
    def __init__(self, status, body=None):
        self.status_code = status
        self._body = body
        self.content = b'x' if body is not None else b''
        self.text = str(body or '')
        self.reason = ''

    def json(self):
        if self._body is None:
            raise ValueError('no JSON')
        return self._body


class Orchestration:
    """Answers GETs from a script of (path prefix, response)."""

    def __init__(self, script):
        self.script = list(script)
        self.calls = []

    def request(self, path, method, **kw):
        self.calls.append((method, path))
        for i, (prefix, response) in enumerate(self.script):
            if path.startswith(prefix):
                del self.script[i]
                return response
        raise AssertionError(f'unexpected {method} {path}')


def _app(orchestration):
    return types.SimpleNamespace(client_manager=types.SimpleNamespace(
        sdk_connection=types.SimpleNamespace(orchestration=orchestration)))


class TTY(io.StringIO):
    def isatty(self):
        return True


def _stack(status, reason=''):
    return Response(200, {'stack': {'stack_name': 's', 'stack_status': status,
                                    'stack_status_reason': reason}})


def test_wait_prints_each_event_once_on_a_terminal():
    events = {'events': [{'id': 'e1', 'resource_name': 's',
                          'resource_status': 'CREATE_IN_PROGRESS',
                          'event_time': 't1'}]}
    more = {'events': events['events'] + [
        {'id': 'e2', 'resource_name': 'rand',
         'resource_status': 'CREATE_COMPLETE', 'event_time': 't2',
         'resource_status_reason': 'state changed'}]}
    heat = Orchestration([
        ('/stacks/s/1/events', Response(200, events)),
        ('/stacks/s/1', _stack('CREATE_IN_PROGRESS')),
        ('/stacks/s/1/events', Response(200, more)),
        ('/stacks/s/1', _stack('CREATE_COMPLETE'))])
    out = TTY()
    stack = _common.wait(_app(heat), '/stacks/s/1', 'CREATE', 60,
                         stream=out, sleep=lambda s: None)
    assert stack['stack_status'] == 'CREATE_COMPLETE'
    assert out.getvalue().splitlines() == [
        't1 [s]: CREATE_IN_PROGRESS', 't2 [rand]: CREATE_COMPLETE  state '
        'changed']


def test_wait_is_silent_off_a_terminal_and_fails_with_the_reason():
    heat = Orchestration([('/stacks/s/1', _stack('CREATE_FAILED',
                                                 'quota exceeded'))])
    out = io.StringIO()
    with pytest.raises(errors.CommandError, match='quota exceeded'):
        _common.wait(_app(heat), '/stacks/s/1', 'CREATE', 60, stream=out)
    assert out.getvalue() == ''
    assert heat.calls == [('GET', '/stacks/s/1')]


def test_wait_for_delete_ends_when_gone():
    heat = Orchestration([('/stacks/s/1', _stack('DELETE_IN_PROGRESS')),
                          ('/stacks/s/1', Response(404, {}))])
    assert _common.wait(_app(heat), '/stacks/s/1', 'DELETE', 60,
                        stream=io.StringIO(), sleep=lambda s: None) is None


def test_wait_times_out():
    clock = iter([0, 0, 100])
    heat = Orchestration([('/stacks/s/1', _stack('CREATE_IN_PROGRESS')),
                          ('/stacks/s/1', _stack('CREATE_IN_PROGRESS'))])
    with pytest.raises(errors.TimeoutError):
        _common.wait(_app(heat), '/stacks/s/1', 'CREATE', 30,
                     stream=io.StringIO(), clock=lambda: next(clock),
                     sleep=lambda s: None)


def test_heat_errors_are_one_line_with_exit_code():
    heat = Orchestration([('/stacks/x', Response(404, {
        'error': {'message': 'The Stack (x) could not be found.\nTrace'}}))])
    with pytest.raises(errors.CommandError) as caught:
        _common.get_stack(_app(heat), 'x')
    assert str(caught.value) == (
        "Stack 'x': The Stack (x) could not be found. (HTTP 404)")
    assert caught.value.exit_code == errors.NOT_FOUND


def test_parameters_repeat_and_split_and_files(tmp_path):
    parser = argparse.ArgumentParser()
    _common.add_parameter_options(parser)
    data = tmp_path / 'key.pub'
    data.write_text('ssh-ed25519 AAA')
    args = parser.parse_args(['--parameter', 'a=1;b=2', '--parameter', 'c=x=y',
                              '--parameter-file', f'key={data}'])
    assert _common.parameters(args) == {'a': '1', 'b': '2', 'c': 'x=y',
                                        'key': 'ssh-ed25519 AAA'}
    with pytest.raises(SystemExit):
        parser.parse_args(['--parameter', 'novalue'])


def test_template_with_get_file_is_read_from_disk(tmp_path):
    from openstack.orchestration.v1 import _proxy
    (tmp_path / 'motd.txt').write_text('hi\n')
    template = tmp_path / 't.yaml'
    template.write_text(
        'heat_template_version: 2018-08-31\n'
        'resources:\n'
        '  n: {type: OS::Heat::TestResource,'
        ' properties: {value: {get_file: motd.txt}}}\n')
    env = tmp_path / 'env.yaml'
    env.write_text('parameter_defaults: {a: 1}\n')
    proxy = _proxy.Proxy.__new__(_proxy.Proxy)
    app = _app(proxy)
    fields = _common.template_fields(app, str(template), [str(env)])
    assert list(fields['files'].values()) == ['hi\n']
    assert fields['environment']['parameter_defaults'] == {'a': 1}
    with pytest.raises(errors.UsageError, match='no such file'):
        _common.template_fields(app, str(tmp_path / 'missing.yaml'))
