"""Functional tests: auto-allocated topology against the devcloud's
Neutron (auto_allocate plugin).

The devcloud has no default external network or default subnet pool, so
the test makes its own (and removes them again): while it runs, a second
external network and a default IPv4 subnet pool exist.
"""

import pytest

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, sdk_made)


def test_check_fails_cleanly_without_defaults(openstack, admin_network):
    if any(n.is_default for n in admin_network.networks(
            is_router_external=True)):
        pytest.skip('this cloud has a default external network')
    result = openstack('network', 'auto', 'allocated', 'topology', 'create',
                       '--check-resources', check=False)
    assert result.rc == 6
    assert result.stderr.strip() == (
        'openstack: Deployment error: No default router:external network. '
        '(HTTP 409)')


def test_create_and_delete_for_a_project(openstack, admin_network, sdk_made,
                                         devcloud, unique_name):
    if any(n.is_default for n in admin_network.networks(
            is_router_external=True)) or any(
            p.is_default for p in admin_network.subnet_pools()):
        pytest.skip('this cloud already has defaults of its own')
    ext = sdk_made('network', name=unique_name('ext'),
                   is_router_external=True, is_default=True)
    sdk_made('subnet', network_id=ext.id, ip_version=4,
             cidr='172.30.240.0/24', name=unique_name('ext-subnet'))
    sdk_made('subnet_pool', name=unique_name('pool'), is_default=True,
             prefixes=['10.240.0.0/16'], default_prefix_length=26)
    demo = devcloud.demo['project_name']
    check = openstack('network', 'auto', 'allocated', 'topology', 'create',
                      '--check-resources', '--project', demo,
                      parse_json=True).json
    assert check['id'] == 'dry-run=pass'
    try:
        topology = openstack('network', 'auto', 'allocated', 'topology',
                             'create', '--project', demo,
                             parse_json=True).json
        assert set(topology) == {'id', 'project_id'}
        net = admin_network.get_network(topology['id'])
        assert net.project_id == topology['project_id']
        again = openstack('network', 'auto', 'allocated', 'topology',
                          'create', '--project', demo, '--or-show',
                          parse_json=True).json
        assert again == topology
        # The demo user gets the same topology for its own project.
        mine = openstack('network', 'auto', 'allocated', 'topology',
                         'create', cloud='devcloud-demo',
                         parse_json=True).json
        assert mine['id'] == topology['id']
    finally:
        openstack('network', 'auto', 'allocated', 'topology', 'delete',
                  '--project', demo, check=False)
    assert [n.id for n in admin_network.networks(
        project_id=topology['project_id'])
        if n.id == topology['id']] == []
