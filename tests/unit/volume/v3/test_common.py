"""Unit tests: what volume v3 commands share (client, microversions)."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.volume.v3 import common
from tests.unit import fakes


def app_with(version, server_max=(3, 71)):
    proxy = fakes.sdk_proxy('block_storage.v3')
    proxy.default_microversion = None
    proxy.get_endpoint_data.return_value = types.SimpleNamespace(
        max_microversion=server_max)
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(volume=proxy)
    app.client_manager._api_version = {'volume': version}
    return app, proxy


@pytest.mark.parametrize('version, pinned', [
    ('3', None), ('3.0', None), ('3.42', '3.42'), ('3.71', '3.71')])
def test_pinned_version(version, pinned):
    app, _ = app_with(version)
    assert common.pinned_version(app) == pinned


def test_client_sends_the_pinned_microversion():
    app, proxy = app_with('3.42')
    assert common.client(app) is proxy
    assert proxy.default_microversion == '3.42'


def test_client_leaves_negotiation_alone_without_a_pin():
    app, proxy = app_with('3')
    common.client(app)
    assert proxy.default_microversion is None


def test_require_with_a_pin_compares_numbers_not_strings():
    app, _ = app_with('3.9')
    with pytest.raises(errors.UsageError) as exc:
        common.require(app, '3.42', 'volume set --size (in-use)')
    assert str(exc.value) == ('volume set --size (in-use) needs '
                              '--os-volume-api-version 3.42 or greater '
                              '(requested: 3.9)')
    assert exc.value.exit_code == errors.USAGE
    app, _ = app_with('3.42')
    common.require(app, '3.42', 'x')          # no error
    assert common.supports(app, '3.10') and not common.supports(app, '3.43')


def test_require_without_a_pin_asks_the_cloud():
    app, _ = app_with('3', server_max=(3, 50))
    common.require(app, '3.50', 'volume summary')
    with pytest.raises(errors.UsageError) as exc:
        common.require(app, '3.64', 'volume summary')
    assert 'this cloud offers up to 3.50' in str(exc.value)


def test_a_version_chosen_for_one_command_does_not_stay():
    app, proxy = app_with('3')
    assert common.client_at(app, '3.3', 'volume message list') is proxy
    assert proxy.default_microversion == '3.3'
    common.client(app)
    assert proxy.default_microversion is None
