"""Unit tests: catalog list/show read the token's catalog."""

import types

import pytest

from openstackclient.cli import errors
from openstackclient.identity.v3 import catalog
from tests.unit import fakes

ENDPOINTS = [
    {'id': 'e1', 'interface': 'public', 'region_id': 'RegionOne',
     'region': 'RegionOne', 'url': 'http://img'},
    {'id': 'e2', 'interface': 'internal', 'region': None,
     'url': 'http://img-int'},
]
CATALOG = [
    {'id': 's0', 'name': 'keystone', 'type': 'identity', 'endpoints': []},
    {'id': 's1', 'name': 'glance', 'type': 'image', 'endpoints': ENDPOINTS,
     'links': {'self': 'x'}},
]


def _auth_ref(entries):
    return types.SimpleNamespace(
        service_catalog=types.SimpleNamespace(catalog=entries))


def run(cls, argv, entries=CATALOG):
    return fakes.run_command(cls, argv, auth_ref=_auth_ref(entries))[1]


def test_endpoints_column():
    column = catalog.EndpointsColumn(ENDPOINTS)
    assert column.human_readable() == (
        'RegionOne\n  public: http://img\n<none>\n  internal: http://img-int')
    assert column.machine_readable() == ENDPOINTS
    assert catalog.EndpointsColumn([]).human_readable() == ''


def test_list():
    labels, rows = run(catalog.ListCatalog, [])
    assert labels == ('Name', 'Type', 'Endpoints')
    assert [row[:2] for row in rows] == [('keystone', 'identity'),
                                         ('glance', 'image')]
    assert rows[1][2].machine_readable() == ENDPOINTS


@pytest.mark.parametrize('wanted', ['image', 'glance'])
def test_show_by_type_or_name(wanted):
    labels, values = run(catalog.ShowCatalog, [wanted])
    assert labels == ('endpoints', 'id', 'name', 'type')
    assert values[1:] == ('s1', 'glance', 'image')
    assert values[0].machine_readable() == ENDPOINTS


def test_show_unknown_is_not_found():
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(catalog.ShowCatalog, ['nope'])


def test_no_token_is_auth_error():
    with pytest.raises(errors.AuthError):
        fakes.run_command(catalog.ListCatalog, [], auth_ref=None)
