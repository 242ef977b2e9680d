"""Fakes for the volume and snapshot unit tests: an autospec'd block
storage proxy whose cloud offers microversions up to 3.71, and SDK
volumes and snapshots."""

import types

from openstack.block_storage.v3 import snapshot as sdk_snapshot
from openstack.block_storage.v3 import volume as sdk_volume

from tests.unit import fakes


def proxy(server_max=(3, 71)):
    """The SDK block storage proxy, negotiating up to ``server_max``."""
    volume = fakes.sdk_proxy('block_storage.v3')
    volume.default_microversion = None
    volume.get_endpoint_data.return_value = types.SimpleNamespace(
        max_microversion=server_max)
    return volume


def make_volume(**attrs):
    values = dict(id='v1', name='vol', size=1, status='available',
                  metadata={}, volume_type='__DEFAULT__', bootable=False,
                  attachments=[])
    values.update(attrs)
    return sdk_volume.Volume(**values)


def make_snapshot(**attrs):
    values = dict(id='s1', name='snap', size=1, status='available',
                  metadata={}, volume_id='v1', description=None)
    values.update(attrs)
    return sdk_snapshot.Snapshot(**values)


def run(cls, argv, volume, version=None, **proxies):
    """Parse ``argv`` with ``cls`` and run it with ``volume`` as the block
    storage proxy; ``version`` pins ``--os-volume-api-version``. Returns
    ``(parsed_args, result, app)``, list rows materialised."""
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(volume=volume, **proxies)
    if version:
        app.client_manager._api_version = {'volume': version}
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack ' + cls.__name__).parse_args(argv)
    result = cmd.take_action(parsed)
    if isinstance(result, tuple) and len(result) == 2:
        result = (result[0], list(result[1]))
    return parsed, result, app
