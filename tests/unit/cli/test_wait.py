import argparse
import io
import types

import pytest
from openstack import exceptions as sdk_exc

from openstackclient.cli import errors
from openstackclient.cli import wait


class FakeClock:
    """A clock that only moves when slept on."""

    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


class TTY(io.StringIO):
    def isatty(self):
        return True


def server(status, progress=None, **extra):
    return types.SimpleNamespace(status=status, progress=progress, **extra)


def fetcher(*resources):
    """fetch() returning each resource in turn, then the last forever."""
    items = list(resources)
    calls = []

    def fetch():
        calls.append(1)
        item = items.pop(0) if len(items) > 1 else items[0]
        if isinstance(item, BaseException):
            raise item
        return item

    fetch.calls = calls
    return fetch


def wait_for(fetch, stream, **kwargs):
    clock = FakeClock()
    kwargs.setdefault('label', 'server web')
    result = wait.wait_for_status(fetch, stream=stream, sleep=clock.sleep,
                                  clock=clock, **kwargs)
    return result, clock


def test_returns_resource_on_target_case_insensitive():
    final = server('Active')
    fetch = fetcher(server('BUILD'), server('BUILD'), final)
    result, clock = wait_for(fetch, io.StringIO())
    assert result is final
    assert clock.sleeps == [2.0, 2.0]


def test_progress_on_tty_rewrites_one_line():
    stream = TTY()
    fetch = fetcher(server('BUILD', 0), server('BUILD', 40), server('ACTIVE'))
    wait_for(fetch, stream, progress_attr='progress')
    assert stream.getvalue() == (
        '\rserver web: BUILD 0% 0s\rserver web: BUILD 40% 2s\n')


def test_progress_line_is_padded_when_shorter():
    stream = TTY()
    fetch = fetcher(server('RESIZE_MIGRATING'), server('BUILD'),
                    server('ACTIVE'))
    wait_for(fetch, stream)
    lines = stream.getvalue().split('\r')[1:]
    assert lines[0] == 'server web: RESIZE_MIGRATING 0s'
    assert lines[1] == 'server web: BUILD 2s'.ljust(len(lines[0])) + '\n'


def test_silent_when_not_a_tty():
    stream = io.StringIO()
    wait_for(fetcher(server('BUILD', 10), server('ACTIVE')), stream,
             progress_attr='progress')
    assert stream.getvalue() == ''


def test_no_progress_line_when_done_at_once():
    stream = TTY()
    wait_for(fetcher(server('ACTIVE')), stream)
    assert stream.getvalue() == ''


def test_failure_status_with_fault():
    stream = TTY()
    fetch = fetcher(server('BUILD'), server(
        'ERROR', fault={'message': 'No valid host was found.', 'code': 500}))
    with pytest.raises(errors.CommandError) as info:
        wait_for(fetch, stream)
    assert str(info.value) == (
        'server web went to status ERROR: No valid host was found.')
    assert info.value.exit_code == errors.FAILURE
    assert stream.getvalue().endswith('\n')


def test_failure_status_without_reason_on_dict():
    fetch = fetcher({'status': 'error'})
    with pytest.raises(errors.CommandError,
                       match='^volume v1 went to status error$'):
        wait_for(fetch, io.StringIO(), label='volume v1',
                 target=('available',))


def test_timeout():
    fetch = fetcher(server('BUILD'))
    with pytest.raises(errors.TimeoutError) as info:
        wait_for(fetch, io.StringIO(), timeout=10, interval=3)
    assert str(info.value) == (
        'Timed out after 10 s waiting for server web (status: BUILD)')
    assert errors.exit_code_for(info.value) == 7
    assert len(fetch.calls) == 5  # at 0, 3, 6, 9 and 10 s


def test_other_errors_propagate_and_end_line():
    stream = TTY()
    boom = RuntimeError('boom')
    with pytest.raises(RuntimeError):
        wait_for(fetcher(server('BUILD'), boom), stream)
    assert stream.getvalue().endswith('\n')


def test_default_stream_is_stderr_at_call_time(capsys):
    clock = FakeClock()
    wait.wait_for_status(fetcher(server('BUILD'), server('ACTIVE')),
                         sleep=clock.sleep, clock=clock)
    assert capsys.readouterr().err == ''  # captured stderr is not a TTY


def delete_wait(fetch, stream=None, **kwargs):
    clock = FakeClock()
    return wait.wait_for_delete(fetch, stream=stream or io.StringIO(),
                                label='volume v1', sleep=clock.sleep,
                                clock=clock, **kwargs)


def test_delete_done_on_sdk_not_found():
    fetch = fetcher(server('deleting'), server('deleting'),
                    sdk_exc.ResourceNotFound('gone'))
    assert delete_wait(fetch) is None
    assert len(fetch.calls) == 3


def test_delete_done_on_none_and_progress_shown():
    stream = TTY()
    assert delete_wait(fetcher(server('deleting'), None), stream) is None
    assert stream.getvalue() == '\rvolume v1: deleting 0s\n'


def test_delete_other_errors_propagate():
    error = sdk_exc.ForbiddenException('no')
    error.status_code = 403
    with pytest.raises(sdk_exc.ForbiddenException):
        delete_wait(fetcher(error))


def test_delete_failure_status():
    fetch = fetcher(server('error_deleting', status_reason='backend down'))
    with pytest.raises(errors.CommandError, match='^volume v1 went to status '
                       'error_deleting while deleting: backend down$'):
        delete_wait(fetch)


def test_delete_timeout():
    with pytest.raises(errors.TimeoutError) as info:
        delete_wait(fetcher(server('deleting')), timeout=4)
    assert str(info.value) == ('Timed out after 4 s waiting for volume v1 '
                               'to be deleted (status: deleting)')
    assert info.value.exit_code == errors.TIMEOUT


def test_wait_options():
    parser = argparse.ArgumentParser()
    wait.add_wait_option(parser, what='build', timeout=300)
    parsed = parser.parse_args([])
    assert parsed.wait is False
    assert parsed.wait_timeout == 300
    parsed = parser.parse_args(['--wait', '--wait-timeout', '30'])
    assert parsed.wait is True and parsed.wait_timeout == 30
    assert parser.parse_args(['--wait-timeout', '1.5']).wait_timeout == 1.5
    text = parser.format_help()
    assert 'Wait for build to complete' in text
    assert '--wait-timeout <seconds>' in text
    assert '(default: 300)' in text


@pytest.mark.parametrize('value', ['0', '-5', 'soon', 'nan'])
def test_wait_timeout_must_be_positive(value, capsys):
    parser = argparse.ArgumentParser()
    wait.add_wait_option(parser)
    with pytest.raises(SystemExit):
        parser.parse_args(['--wait-timeout', value])
    assert 'greater than 0' in capsys.readouterr().err
