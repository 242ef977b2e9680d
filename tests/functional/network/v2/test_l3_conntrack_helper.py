"""Functional tests: L3 conntrack helpers against the devcloud's Neutron
(conntrack_helper plugin; routers without an L3 agent)."""

import pytest

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, listed, sdk_made, show)

KEYS = {'helper', 'id', 'port', 'protocol', 'router_id'}
LIST_KEYS = {'ID', 'Router ID', 'Helper', 'Protocol', 'Port'}


@pytest.fixture
def router(sdk_made, unique_name):
    return sdk_made('router', name=unique_name('router'))


def test_conntrack_helper_lifecycle(openstack, router):
    made = openstack('network', 'l3', 'conntrack', 'helper', 'create',
                     router.name, '--helper', 'ftp', '--protocol', 'tcp',
                     '--port', '21', parse_json=True).json
    try:
        assert set(made) == KEYS
        assert (made['helper'], made['protocol'], made['port'],
                made['router_id']) == ('ftp', 'tcp', 21, router.id)
        tftp = openstack('network', 'l3', 'conntrack', 'helper', 'create',
                         router.id, '--helper', 'tftp', '--protocol', 'udp',
                         '--port', '69', parse_json=True).json
        rows = openstack('network', 'l3', 'conntrack', 'helper', 'list',
                         router.id, parse_json=True).json
        assert sorted(r['Helper'] for r in rows) == ['ftp', 'tftp']
        assert set(rows[0]) == LIST_KEYS
        only = openstack('network', 'l3', 'conntrack', 'helper', 'list',
                         router.id, '--protocol', 'udp',
                         parse_json=True).json
        assert only == [{'ID': tftp['id'], 'Router ID': router.id,
                         'Helper': 'tftp', 'Protocol': 'udp', 'Port': 69}]

        openstack('network', 'l3', 'conntrack', 'helper', 'set', router.id,
                  made['id'], '--port', '2121')
        shown = openstack('network', 'l3', 'conntrack', 'helper', 'show',
                          router.id, made['id'], parse_json=True).json
        assert shown['port'] == 2121

        result = openstack('network', 'l3', 'conntrack', 'helper', 'delete',
                           router.id, made['id'], tftp['id'], 'fn-no-such',
                           check=False)
        assert result.rc == 5
        assert ('1 of 3 L3 conntrack helpers failed to delete: fn-no-such'
                in result.stderr)
        assert openstack('network', 'l3', 'conntrack', 'helper', 'list',
                         router.id, parse_json=True).json == []
        missing = openstack('network', 'l3', 'conntrack', 'helper', 'show',
                            router.id, made['id'], check=False)
        assert missing.rc == 5
        assert len(missing.stderr.strip().splitlines()) == 1
    finally:
        for row in openstack('network', 'l3', 'conntrack', 'helper', 'list',
                             router.id, parse_json=True).json:
            openstack('network', 'l3', 'conntrack', 'helper', 'delete',
                      router.id, row['ID'], check=False)


def test_helper_not_allowed_fails_cleanly(openstack, router):
    result = openstack('network', 'l3', 'conntrack', 'helper', 'create',
                       router.id, '--helper', 'fn-odd', '--protocol', 'tcp',
                       '--port', '1', check=False)
    assert result.rc != 0
    assert len(result.stderr.strip().splitlines()) == 1


def test_create_needs_all_options(openstack, router):
    result = openstack('network', 'l3', 'conntrack', 'helper', 'create',
                       router.id, '--helper', 'ftp', check=False)
    assert result.rc == 2
