"""Fakes shared by unit tests."""

import io
import types


def make_app():
    """The little of a cliff App that commands touch."""
    return types.SimpleNamespace(
        stdin=io.StringIO(),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        command_manager=types.SimpleNamespace(namespace='openstack.cli'),
        options=types.SimpleNamespace(debug=False),
        interactive_mode=False,
        NAME='openstack',
    )


def make_client_manager(**proxies):
    """A client manager whose service proxies are the given fakes.

    ``make_client_manager(identity=proxy)`` serves ``proxy`` both as
    ``client_manager.identity`` and ``client_manager.sdk_connection.identity``.
    """
    return types.SimpleNamespace(
        sdk_connection=types.SimpleNamespace(**proxies), **proxies)


def run_command(cls, argv, **proxies):
    """Parse ``argv`` with command class ``cls`` and run it on fake proxies.

    Returns ``(parsed_args, result)``: ``result`` is what ``take_action``
    returned (``(labels, values)`` for show/list commands; list rows are
    materialised). An argparse error raises ``SystemExit``.
    """
    parsed, result, _ = run_in_app(cls, argv, make_app(), **proxies)
    return parsed, result


def run_in_app(cls, argv, app, **proxies):
    """``run_command`` in a given fake ``app`` (say, with binary stdin);
    returns ``(parsed_args, result, app)``."""
    app.client_manager = make_client_manager(**proxies)
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack ' + cls.__name__).parse_args(argv)
    result = cmd.take_action(parsed)
    if isinstance(result, tuple) and len(result) == 2:
        labels, values = result
        if not isinstance(values, (tuple, list)):
            values = list(values)
        result = (labels, values)
    return parsed, result, app


def sdk_proxy(service):
    """An autospec'd mock of openstacksdk's proxy for ``service``.

    ``service`` is the SDK module path under ``openstack``, e.g.
    ``'identity.v3'``, ``'image.v2'``, ``'object_store.v1'``. Calling a
    method the real proxy lacks, or with a wrong signature, fails.
    """
    import importlib
    from unittest import mock

    module = importlib.import_module(f'openstack.{service}._proxy')
    return mock.create_autospec(module.Proxy, instance=True)
