"""Functional tests: network flavors and flavor profiles against the
devcloud's Neutron (flavors plugin, L3 router service providers)."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

DRIVER = ('neutron.services.l3_router.service_providers.single_node.'
          'SingleNodeDriver')
FLAVOR_KEYS = {'description', 'enabled', 'id', 'name',
               'service_profile_ids', 'service_type'}
PROFILE_KEYS = {'description', 'driver', 'enabled', 'id', 'meta_info',
                'project_id'}


def test_flavor_with_a_profile(openstack, made, unique_name):
    profile = made('network flavor profile', '--driver', DRIVER,
                   '--description', 'fn profile')
    assert PROFILE_KEYS <= set(profile)
    assert (profile['driver'], profile['enabled']) == (DRIVER, True)
    name = unique_name('flavor')
    flavor = made('network flavor', name, '--service-type', 'L3_ROUTER_NAT',
                  '--description', 'fn flavor')
    assert set(flavor) == FLAVOR_KEYS
    assert flavor['service_profile_ids'] == []

    openstack('network', 'flavor', 'add', 'profile', name, profile['id'])
    assert show(openstack, 'network flavor', name)['service_profile_ids'] == [
        profile['id']]
    rows = [r for r in listed(openstack, 'network flavor')
            if r['ID'] == flavor['id']]
    assert rows == [{'ID': flavor['id'], 'Name': name, 'Enabled': True,
                     'Service Type': 'L3_ROUTER_NAT',
                     'Description': 'fn flavor'}]
    profiles = [r for r in listed(openstack, 'network flavor profile')
                if r['ID'] == profile['id']]
    assert profiles == [{'ID': profile['id'], 'Driver': DRIVER,
                         'Enabled': True, 'Metainfo': '',
                         'Description': 'fn profile'}]

    # Neutron keeps a profile in use by a flavor unchanged.
    busy = openstack('network', 'flavor', 'profile', 'set', profile['id'],
                     '--disable', check=False)
    assert busy.rc == 6
    assert len(busy.stderr.strip().splitlines()) == 1

    openstack('network', 'flavor', 'set', name, '--name', name + '-2',
              '--disable', '--description', 'changed')
    shown = show(openstack, 'network flavor', name + '-2')
    assert (shown['enabled'], shown['description']) == (False, 'changed')
    openstack('network', 'flavor', 'remove', 'profile', flavor['id'],
              profile['id'])
    assert show(openstack, 'network flavor',
                flavor['id'])['service_profile_ids'] == []

    openstack('network', 'flavor', 'profile', 'set', profile['id'],
              '--disable', '--metainfo', '{"a": 1}', '--description', 'new')
    shown = show(openstack, 'network flavor profile', profile['id'])
    assert (shown['enabled'], shown['meta_info'], shown['description']) == (
        False, '{"a": 1}', 'new')

    check_delete_many(openstack, 'network flavor', flavor['id'],
                      'network flavors')
    check_delete_many(openstack, 'network flavor profile', profile['id'],
                      'network flavor profiles')


def test_profile_needs_driver_or_metainfo(openstack):
    result = openstack('network', 'flavor', 'profile', 'create',
                       check=False)
    assert result.rc == 2
    assert result.stderr.strip() == (
        'openstack: Give --driver, --metainfo or both')


def test_flavor_needs_service_type(openstack, unique_name):
    result = openstack('network', 'flavor', 'create', unique_name('flavor'),
                       check=False)
    assert result.rc == 2


def test_add_missing_profile(openstack, made, unique_name):
    flavor = made('network flavor', unique_name('flavor'), '--service-type',
                  'L3_ROUTER_NAT')
    result = openstack('network', 'flavor', 'add', 'profile', flavor['id'],
                       'fn-no-such-profile', check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        "openstack: No network flavor profile with a name or ID of "
        "'fn-no-such-profile' exists.")
