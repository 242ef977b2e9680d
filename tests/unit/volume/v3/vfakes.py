"""Helpers for the volume v3 unit tests: a spec'd block storage proxy
with a server microversion, and a runner that can pin a microversion."""

import types

from tests.unit import fakes


def proxy(server_max=(3, 71)):
    volume = fakes.sdk_proxy('block_storage.v3')
    volume.default_microversion = None
    volume.get_endpoint_data.return_value = types.SimpleNamespace(
        max_microversion=server_max)
    return volume


def run(cls, argv, volume, version=None, **proxies):
    """Run ``cls`` with ``argv``; ``version`` pins a microversion."""
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(volume=volume, **proxies)
    if version:
        app.client_manager._api_version = {'volume': version}
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack x').parse_args(argv)
    result = cmd.take_action(parsed)
    if isinstance(result, tuple) and len(result) == 2 and not isinstance(
            result[1], (tuple, list)):
        result = (result[0], list(result[1]))
    return result


def thing(**attrs):
    """An SDK-resource-like object with these attributes."""
    return types.SimpleNamespace(**attrs)
