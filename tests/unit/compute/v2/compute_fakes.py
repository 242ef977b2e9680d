"""Fakes for the compute v2 unit tests: a spec'd SDK proxy and a runner."""

import types

from tests.unit import fakes

SERVER_MAX = (2, 104)


def proxy(server_max=SERVER_MAX):
    """The SDK compute proxy, negotiating up to ``server_max``."""
    compute = fakes.sdk_proxy('compute.v2')
    compute.default_microversion = None
    compute.get_endpoint_data.return_value = types.SimpleNamespace(
        max_microversion=server_max)
    return compute


def response(status=200, body=None):
    """A fake HTTP response for the raw requests (``compute.get``)."""
    return types.SimpleNamespace(
        status_code=status, json=lambda: body or {}, text=str(body or ''),
        reason='', content=b'x' if body else b'')


def run(cls, argv, compute, version=None, formatter='json', **proxies):
    """Parse ``argv`` with ``cls`` and run it on ``compute``; ``version``
    pins ``--os-compute-api-version``. Returns ``(parsed, result, app)``
    with list rows materialised."""
    app = fakes.make_app()
    app.options.os_compute_api_version = version
    app.client_manager = fakes.make_client_manager(compute=compute,
                                                   **proxies)
    cmd = cls(app, None)
    parser = cmd.get_parser('openstack ' + cls.__name__)
    parsed = parser.parse_args(argv)
    parsed.formatter = formatter
    result = cmd.take_action(parsed)
    if isinstance(result, tuple) and len(result) == 2:
        result = (tuple(result[0]), list(result[1]))
    return parsed, result, app


def as_dict(result):
    """``{label: value}`` of a show result."""
    labels, values = result
    return dict(zip(labels, values))


def rows(result):
    """``[{label: value}]`` of a list result."""
    labels, values = result
    return [dict(zip(labels, row)) for row in values]
