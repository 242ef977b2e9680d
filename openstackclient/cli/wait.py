"""``--wait``: poll a resource until it reaches a status or disappears.

On a terminal, progress is one line on stderr, rewritten in place
(``server web1: BUILD 40% 12s``); elsewhere waiting is silent, so the
command's output stays clean for scripts.
"""

import argparse
import sys
import time

from openstackclient.cli import columns as cols
from openstackclient.cli import errors

DEFAULT_TIMEOUT = 600


def positive_seconds(text):
    """argparse type: a number of seconds greater than 0."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0
    if not seconds > 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of seconds greater than 0, got '{text}'"
        )
    return int(seconds) if seconds.is_integer() else seconds


def add_wait_option(parser, what='the operation', timeout=DEFAULT_TIMEOUT):
    """Add ``--wait`` and ``--wait-timeout <seconds>``."""
    parser.add_argument(
        '--wait',
        action='store_true',
        help=f'Wait for {what} to complete',
    )
    parser.add_argument(
        '--wait-timeout',
        metavar='<seconds>',
        type=positive_seconds,
        default=timeout,
        help=f'Give up waiting after <seconds> (default: {timeout})',
    )


class _Progress:
    """The in-place progress line; nothing at all when not on a TTY."""

    def __init__(self, stream, label):
        self.stream = stream if _isatty(stream) else None
        self.label = label
        self.width = 0

    def update(self, status, percent, elapsed):
        if self.stream is None:
            return
        text = f'{self.label}: {status}'
        if percent is not None:
            text += f' {percent}%'
        text += f' {int(elapsed)}s'
        self.stream.write('\r' + text.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(text))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if self.stream is not None and self.width:
            self.stream.write('\n')
            self.stream.flush()


def _isatty(stream):
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _lowered(statuses):
    if isinstance(statuses, str):
        statuses = (statuses,)
    return {status.lower() for status in statuses}


def _status(resource, status_attr):
    status = cols.get(resource, status_attr)
    return '' if status is None or status is cols.MISSING else str(status)


def _seconds(value):
    return f'{value:g}'


def _percent(resource, progress_attr):
    if not progress_attr:
        return None
    value = cols.get(resource, progress_attr)
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _reason(resource):
    """The resource's explanation of its failure, if it gives one."""
    for attr in ('fault', 'status_reason', 'fail_reason', 'message'):
        value = cols.get(resource, attr)
        if isinstance(value, dict):
            value = value.get('message')
        if value and isinstance(value, str):
            return errors.one_line(errors.CommandError(value))
    return None


def _poll(fetch, done, *, timeout, interval, stream, label, waiting_for,
          status_attr, progress_attr, sleep, clock):
    """Fetch until ``done(resource)`` returns something other than None."""
    stream = sys.stderr if stream is None else stream
    start = clock()
    with _Progress(stream, label) as progress:
        while True:
            resource = fetch()
            result = done(resource)
            if result is not None:
                return result
            status = _status(resource, status_attr)
            elapsed = clock() - start
            progress.update(status, _percent(resource, progress_attr),
                            elapsed)
            if elapsed >= timeout:
                raise errors.TimeoutError(
                    f'Timed out after {_seconds(timeout)} s waiting for '
                    f'{waiting_for} (status: {status or "unknown"})'
                )
            sleep(max(0, min(interval, timeout - elapsed)))


def wait_for_status(fetch, *, target=('active',), failure=('error',),
                    timeout=DEFAULT_TIMEOUT, interval=2.0, stream=None,
                    label='resource', status_attr='status',
                    progress_attr=None, sleep=time.sleep,
                    clock=time.monotonic, ready=None):
    """Poll ``fetch()`` until its status is in ``target`` (and, if given,
    ``ready(resource)`` is true); return it.

    Statuses compare case-insensitively. A status in ``failure`` raises
    CommandError (with the resource's fault message, if any); running
    out of ``timeout`` seconds raises errors.TimeoutError. ``stream``
    (default: stderr) shows progress only if it is a terminal.
    """
    targets = _lowered(target)
    failures = _lowered(failure)

    def done(resource):
        status = _status(resource, status_attr)
        if status.lower() in targets and (ready is None or ready(resource)):
            return resource
        if status.lower() in failures:
            raise _failed(resource, f'{label} went to status {status}')
        return None

    return _poll(fetch, done, timeout=timeout, interval=interval,
                 stream=stream, label=label, waiting_for=label,
                 status_attr=status_attr, progress_attr=progress_attr,
                 sleep=sleep, clock=clock)


def _failed(resource, message):
    """The error for a failure status, with the server's reason if any."""
    reason = _reason(resource)
    return errors.CommandError(f'{message}: {reason}' if reason else message)


def wait_for_delete(fetch, *, failure=('error_deleting',),
                    timeout=DEFAULT_TIMEOUT, interval=2.0, stream=None,
                    label='resource', status_attr='status',
                    progress_attr=None, sleep=time.sleep,
                    clock=time.monotonic):
    """Poll ``fetch()`` until the resource is gone; return None.

    Gone means ``fetch()`` returns None or raises a not-found error (any
    error whose exit code is NOT_FOUND); other errors propagate. A status
    in ``failure`` raises CommandError; the timeout, errors.TimeoutError.
    """
    failures = _lowered(failure)
    gone = object()

    def fetch_or_gone():
        try:
            resource = fetch()
        except Exception as exc:
            if errors.exit_code_for(exc) == errors.NOT_FOUND:
                return gone
            raise
        return gone if resource is None else resource

    def done(resource):
        if resource is gone:
            return True
        status = _status(resource, status_attr)
        if status.lower() in failures:
            raise _failed(
                resource, f'{label} went to status {status} while deleting')
        return None

    _poll(fetch_or_gone, done, timeout=timeout, interval=interval,
          stream=stream, label=label, waiting_for=f'{label} to be deleted',
          status_attr=status_attr, progress_attr=progress_attr,
          sleep=sleep, clock=clock)
