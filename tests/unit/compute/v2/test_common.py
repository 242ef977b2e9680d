"""Unit tests: compute v2 common (microversions, lookups, raw errors)."""

import pytest

from openstackclient.cli import errors
from openstackclient.compute.v2 import common
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf


def make_app(compute, version=None):
    app = fakes.make_app()
    app.options.os_compute_api_version = version
    app.client_manager = fakes.make_client_manager(compute=compute)
    return app


@pytest.mark.parametrize('given, pinned', [
    (None, None), ('2', None), ('2.1', '2.1'), ('2.60', '2.60')])
def test_pinned_version_is_what_the_user_gave(given, pinned):
    assert common.pinned_version(make_app(cf.proxy(), given)) == pinned


def test_client_pins_and_unpins_the_proxy():
    compute = cf.proxy()
    assert common.client(make_app(compute, '2.60')).default_microversion \
        == '2.60'
    assert common.client(make_app(compute)).default_microversion is None


def test_supports_uses_the_pin_else_the_cloud():
    assert common.supports(make_app(cf.proxy(), '2.55'), '2.55')
    assert not common.supports(make_app(cf.proxy(), '2.54'), '2.55')
    assert common.supports(make_app(cf.proxy()), '2.104')
    assert not common.supports(make_app(cf.proxy((2, 50))), '2.55')


def test_require_says_which_option_and_version():
    with pytest.raises(errors.UsageError) as exc:
        common.require(make_app(cf.proxy(), '2.1'), '2.2', '--type')
    assert str(exc.value) == ('--type needs --os-compute-api-version 2.2 '
                              'or greater (requested: 2.1)')
    assert exc.value.exit_code == 2
    with pytest.raises(errors.UsageError) as exc:
        common.require(make_app(cf.proxy((2, 50))), '2.55', 'x')
    assert str(exc.value) == ('x needs compute API 2.55 or greater; this '
                              'cloud offers up to 2.50')


def test_client_at_sends_the_needed_version_unless_pinned():
    compute = cf.proxy()
    common.client_at(make_app(compute), '2.35', '--limit')
    assert compute.default_microversion == '2.35'
    common.client_at(make_app(compute, '2.40'), '2.35', '--limit')
    assert compute.default_microversion == '2.40'


def test_removed_at_only_when_pinned_that_high():
    common.removed_at(make_app(cf.proxy()), '2.43', 'host list', 'use x')
    common.removed_at(make_app(cf.proxy(), '2.42'), '2.43', 'host list',
                      'use x')
    with pytest.raises(errors.UsageError) as exc:
        common.removed_at(make_app(cf.proxy(), '2.43'), '2.43',
                          'host list', 'use x')
    assert str(exc.value) == ('host list was removed in compute API 2.43 '
                              '(requested: 2.43); use x')


def test_microversion_for_raw_requests():
    assert common.microversion(make_app(cf.proxy()), '2.64') == '2.64'
    assert common.microversion(make_app(cf.proxy((2, 10))), '2.64') == '2.1'
    assert common.microversion(make_app(cf.proxy(), '2.20'), '2.64') == \
        '2.20'


@pytest.mark.parametrize('status, code', [(400, 2), (404, 5), (409, 6),
                                          (500, 1)])
def test_http_error_is_one_line_with_the_code(status, code):
    body = {'badRequest': {'code': status, 'message': 'Nope.'}}
    with pytest.raises(errors.CommandError) as exc:
        common.http_error(cf.response(status, body), 'host set')
    assert str(exc.value) == f'host set: Nope. (HTTP {status})'
    assert exc.value.exit_code == code
    common.http_error(cf.response(200, {}), 'fine')


def test_find_maps_not_found_to_exit_5():
    from openstack import exceptions
    compute = cf.proxy()
    compute.find_flavor.side_effect = exceptions.NotFoundException('x')
    with pytest.raises(errors.NotFoundError) as exc:
        common.find(compute, 'flavor', 'f')
    assert str(exc.value) == "No flavor with a name or ID of 'f' exists."
