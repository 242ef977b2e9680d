"""What the orchestration commands share: Heat's REST API, templates,
parameters and waiting with event progress.

Heat's own JSON is what python-heatclient shows (``stack_name``,
``stack_status``, ``creation_time``...), so the commands call the REST API
through the SDK's orchestration proxy and keep Heat's keys.

``request(app, method, path, what, **kw)``
    The decoded JSON of one call; an error is one line with Heat's message
    and an exit code by HTTP status (404 is exit 5).
``stack_path(app, name_or_id)``
    ``/stacks/<name>/<id>`` of a stack, found by name or ID.
``template_fields(app, template, environments)``
    ``template``, ``files`` (local ``get_file`` references read from
    disk, relative to the template) and ``environment`` of a request.
``ParameterAction``
    ``--parameter key=value`` (repeatable; ``k1=v1;k2=v2`` also works).
``wait(app, path, action, timeout)``
    Poll the stack until ``<action>_COMPLETE`` (gone, for DELETE); each new
    event is a line on stderr when it is a terminal; ``<action>_FAILED``
    fails with Heat's reason.
"""

import argparse
import os
import sys
import time
import urllib.parse

from openstackclient.cli import errors

_CODES = {400: errors.USAGE, 401: errors.AUTH, 403: errors.FORBIDDEN,
          404: errors.NOT_FOUND, 409: errors.CONFLICT}


def client(app):
    """The SDK's orchestration proxy, from the connection itself: with
    python-heatclient installed, ``client_manager.orchestration`` is
    heatclient's client (its commands need it), not ours."""
    return app.client_manager.sdk_connection.orchestration


def _message(response):
    try:
        body = response.json()
    except ValueError:
        return response.text.strip() or response.reason
    error = body.get('error') if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get('message'):
        return error['message'].strip().splitlines()[0]
    return str(body.get('explanation') or body.get('title') or body)


def request(app, method, path, what, **kwargs):
    """One call of Heat's API; its JSON (or None when it has no body)."""
    response = client(app).request(path, method, **kwargs)
    if response.status_code >= 400:
        raise errors.CommandError(
            f'{what}: {_message(response)} (HTTP {response.status_code})',
            exit_code=_CODES.get(response.status_code, errors.FAILURE))
    try:
        return response.json() if response.content else None
    except ValueError:   # 202 Accepted comes with a text body
        return None


def quote(text):
    return urllib.parse.quote(str(text), safe='')


def get_stack(app, name_or_id, resolve_outputs=True):
    """Heat's JSON of one stack, by name or ID."""
    query = '' if resolve_outputs else '?resolve_outputs=False'
    found = request(app, 'GET', f'/stacks/{quote(name_or_id)}{query}',
                    f"Stack '{name_or_id}'")
    return found['stack']


def stack_path(app, name_or_id):
    stack = get_stack(app, name_or_id, resolve_outputs=False)
    return f"/stacks/{quote(stack['stack_name'])}/{stack['id']}"


class ParameterAction(argparse.Action):
    """``--parameter key=value``, repeatable, into one dict."""

    def __call__(self, parser, namespace, values, option_string=None):
        found = dict(getattr(namespace, self.dest, None) or {})
        for pair in values.split(';'):
            key, sep, value = pair.partition('=')
            if not sep or not key:
                parser.error(f"{option_string}: expected <key=value>, got "
                             f"'{values}'")
            found[key] = value
        setattr(namespace, self.dest, found)


def add_template_options(parser, required=True):
    parser.add_argument(
        '-t', '--template', metavar='<template>', required=required,
        help='Path to the template')
    parser.add_argument(
        '-e', '--environment', metavar='<environment>', action='append',
        default=[],
        help='Path to an environment (repeat for more; later ones win)')


def add_parameter_options(parser):
    parser.add_argument(
        '--parameter', metavar='<key=value>', dest='parameters',
        action=ParameterAction, default={},
        help="Parameter values used to create the stack; repeat, or "
             "separate them with ';'")
    parser.add_argument(
        '--parameter-file', metavar='<key=file>', dest='parameter_files',
        action='append', default=[],
        help='Parameter values from files: the file content is the value '
             'of <key>; repeat for more')


def parameters(parsed_args):
    """``--parameter`` values, plus those read by ``--parameter-file``."""
    values = dict(parsed_args.parameters)
    for item in parsed_args.parameter_files:
        key, sep, path = item.partition('=')
        if not sep or not key:
            raise errors.UsageError(
                f"--parameter-file: expected <key=file>, got '{item}'")
        try:
            with open(path) as stream:
                values[key] = stream.read()
        except OSError as exc:
            raise errors.UsageError(
                f"--parameter-file: cannot read '{path}': "
                f'{exc.strerror or exc}')
    return values


def template_fields(app, template, environments=()):
    """The template, its files and the merged environment, read locally."""
    for path in (template, *environments):
        if path and '://' not in path and not os.path.isfile(path):
            raise errors.UsageError(f"Cannot read '{path}': no such file")
    try:
        found = client(app).read_env_and_templates(
            template_file=template, environment_files=list(environments))
    except OSError as exc:
        raise errors.UsageError(f'Cannot read the template or environment: '
                                f'{exc}')
    except Exception as exc:   # the SDK's parse errors name the file
        if errors.exit_code_for(exc) in (errors.FAILURE, errors.USAGE):
            raise errors.UsageError(errors.one_line(exc)) from exc
        raise
    fields = {'template': found['template'], 'files': found.get('files', {})}
    if found.get('environment'):
        fields['environment'] = found['environment']
    return fields


def _isatty(stream):
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def _event_line(event):
    return (f"{event.get('event_time', '')} "
            f"[{event.get('resource_name', '')}]: "
            f"{event.get('resource_status', '')}  "
            f"{event.get('resource_status_reason', '')}").rstrip()


def wait(app, path, action, timeout, interval=2.0, stream=None,
         sleep=time.sleep, clock=time.monotonic):
    """Poll the stack at ``path`` until ``action`` completes."""
    stream = sys.stderr if stream is None else stream
    show = _isatty(stream)
    seen = set()
    start = clock()
    while True:
        if show:
            events = request(app, 'GET', f'{path}/events?sort_dir=asc',
                             'Stack events') or {}
            for event in events.get('events', []):
                if event.get('id') not in seen:
                    seen.add(event.get('id'))
                    stream.write(_event_line(event) + '\n')
            stream.flush()
        response = client(app).request(path, 'GET')
        if response.status_code == 404 and action == 'DELETE':
            return None
        if response.status_code >= 400:
            raise errors.CommandError(
                f'Stack: {_message(response)} (HTTP {response.status_code})',
                exit_code=_CODES.get(response.status_code, errors.FAILURE))
        stack = response.json()['stack']
        status = stack.get('stack_status', '')
        if status == f'{action}_COMPLETE':
            return stack
        if status == f'{action}_FAILED':
            raise errors.CommandError(
                f"Stack {stack.get('stack_name')} {status}: "
                f"{stack.get('stack_status_reason') or 'no reason given'}")
        if clock() - start >= timeout:
            raise errors.TimeoutError(
                f"Timed out after {timeout} s waiting for stack "
                f"{stack.get('stack_name')} (status: {status})")
        sleep(interval)
