"""Exit codes, the errors commands raise, and how any error becomes one line.

Scripts branch on the exit code, so each kind of failure has its own:
see ``EXIT_CODES`` (documented in doc/exit-codes.rst and README.rst).

Nothing heavy is imported here: errors from keystoneauth1, openstacksdk and
osc-lib are recognised by looking at modules that are already loaded (an
exception of theirs can only exist if its module was imported).
"""

import re
import sys

OK = 0
FAILURE = 1
USAGE = 2
AUTH = 3
FORBIDDEN = 4
NOT_FOUND = 5
CONFLICT = 6
TIMEOUT = 7
CONNECTION = 8
INTEGRITY = 9
INTERRUPTED = 130
TERMINATED = 143

#: code -> meaning, in the order the documentation lists them.
EXIT_CODES = {
    OK: 'success',
    FAILURE: 'the command failed (any error without a code of its own)',
    USAGE: 'usage error: unknown command or option, bad argument value, '
    'unknown cloud name',
    AUTH: 'authentication failed, or no credentials were given',
    FORBIDDEN: 'the cloud refused the request: not allowed (HTTP 403)',
    NOT_FOUND: 'a named resource or URL does not exist (HTTP 404)',
    CONFLICT: 'the request conflicts with the resource state (HTTP 409)',
    TIMEOUT: 'a wait or a request timed out',
    CONNECTION: 'the service could not be reached (refused, DNS, TLS)',
    INTEGRITY: 'transferred data failed verification (checksum mismatch)',
    INTERRUPTED: 'interrupted (Ctrl-C)',
    TERMINATED: 'terminated (SIGTERM)',
}


class Terminated(KeyboardInterrupt):
    """Raised in the main thread on SIGTERM, so that what a command has
    under way is cleaned up (partial downloads removed) as on Ctrl-C."""


class CommandError(Exception):
    """A failure to report as one line, with the exit code it maps to."""

    exit_code = FAILURE

    def __init__(self, message, exit_code=None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UsageError(CommandError):
    exit_code = USAGE


class AuthError(CommandError):
    exit_code = AUTH


class ForbiddenError(CommandError):
    exit_code = FORBIDDEN


class NotFoundError(CommandError):
    exit_code = NOT_FOUND


class AmbiguousError(CommandError):
    """More than one resource matches a name: the user must give an ID."""

    exit_code = FAILURE


class ConflictError(CommandError):
    exit_code = CONFLICT


class TimeoutError(CommandError):  # noqa: A001 - ours, not the builtin
    exit_code = TIMEOUT


class ConnectionError(CommandError):  # noqa: A001
    exit_code = CONNECTION


class IntegrityError(CommandError):
    exit_code = INTEGRITY


_STATUS_CODES = {
    400: USAGE,
    401: AUTH,
    403: FORBIDDEN,
    404: NOT_FOUND,
    409: CONFLICT,
    412: CONFLICT,
    408: TIMEOUT,
    504: TIMEOUT,
}

# Class names (from keystoneauth1, openstacksdk, osc-lib, requests) mapped
# to exit codes, checked along the exception's MRO.
_CLASS_CODES = {
    'ConnectFailure': CONNECTION,
    'SSLError': CONNECTION,
    'ConnectionError': CONNECTION,
    'ConnectTimeout': TIMEOUT,
    'RequestTimeout': TIMEOUT,
    'ResourceTimeout': TIMEOUT,
    'Timeout': TIMEOUT,
    'Unauthorized': AUTH,
    'AuthorizationFailure': AUTH,
    'MissingRequiredOptions': AUTH,
    'MissingAuthPlugin': AUTH,
    'NoMatchingPlugin': USAGE,
    'Forbidden': FORBIDDEN,
    'ForbiddenException': FORBIDDEN,
    'NotFound': NOT_FOUND,
    'NotFoundException': NOT_FOUND,
    'ResourceNotFound': NOT_FOUND,
    'Conflict': CONFLICT,
    'ConflictException': CONFLICT,
    'NoUniqueMatch': FAILURE,
    'DuplicateResource': FAILURE,
}


def exit_code_for(exc):
    """The exit code for any exception a command may raise."""
    if isinstance(exc, CommandError):
        return exc.exit_code
    if isinstance(exc, Terminated):
        return TERMINATED
    if isinstance(exc, KeyboardInterrupt):
        return INTERRUPTED
    status = _status_code(exc)
    if status in _STATUS_CODES:
        return _STATUS_CODES[status]
    for cls in type(exc).__mro__:
        if cls.__name__ in _CLASS_CODES and cls.__module__ != 'builtins':
            return _CLASS_CODES[cls.__name__]
    return FAILURE


def _status_code(exc):
    for attr in ('status_code', 'http_status', 'code'):
        value = getattr(exc, attr, None)
        if isinstance(value, int) and 100 <= value < 600:
            return value
    return None


_REFUSED = re.compile(r'Connection refused|Errno 111', re.I)
_URL = re.compile(r'(https?://[^\s:\'"]+(?::\d+)?[^\s\'",]*)')


def one_line(exc):
    """A single line describing ``exc``: what failed and what to fix."""
    if isinstance(exc, CommandError):
        return _flatten(str(exc))
    name = type(exc).__name__
    text = str(exc) or name
    code = exit_code_for(exc)
    if code == CONNECTION:
        return _connection_message(exc, text)
    if code == TIMEOUT and name in ('ConnectTimeout', 'RequestTimeout'):
        url = _first_url(text)
        where = f' to {url}' if url else ''
        return f'Request{where} timed out'
    status = _status_code(exc)
    details = getattr(exc, 'details', None)
    if status is not None and _is_http_error(exc):
        message = details or getattr(exc, 'message', None) or text
        message = _strip_sdk_prefix(str(message))
        return _flatten(f'{message} (HTTP {status})')
    return _flatten(text)


def _is_http_error(exc):
    return any(
        c.__name__ in ('HttpException', 'HttpError', 'ClientException')
        for c in type(exc).__mro__
    )


def _connection_message(exc, text):
    url = getattr(exc, 'url', None) or _first_url(text)
    if _REFUSED.search(text):
        reason = 'connection refused'
    elif 'SSL' in text or 'certificate' in text.lower():
        reason = 'TLS error (check --os-cacert, or --insecure)'
    elif 'Name or service not known' in text or 'getaddrinfo' in text:
        reason = 'host name not found'
    else:
        reason = 'connection failed'
    if url:
        return f'Unable to connect to {url}: {reason}'
    return f'Unable to connect: {reason}'


def _first_url(text):
    match = _URL.search(text)
    return match.group(1).rstrip('.:') if match else None


_SDK_PREFIX = re.compile(
    r'^(?:\w+Exception: )?(?:\d{3}: )?(?:Client|Server) Error for url: '
    r'\S+,?\s*'
)


def _strip_sdk_prefix(message):
    stripped = _SDK_PREFIX.sub('', message).strip()
    return stripped or message


def _flatten(text):
    """Join a multi-line message into one line."""
    parts = [p.strip() for p in str(text).splitlines() if p.strip()]
    return ' '.join(parts)


def report(exc, stream=None, prog='openstack'):
    """Write the one-line message for ``exc`` and return its exit code."""
    stream = stream or sys.stderr
    stream.write(f'{prog}: {one_line(exc)}\n')
    return exit_code_for(exc)
