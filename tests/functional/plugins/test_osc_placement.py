"""Functional tests: osc-placement, unmodified from PyPI, through our shell
against the devcloud's real Placement (and its two Nova hosts)."""

import uuid


def test_resource_provider_lifecycle(plugin_openstack, unique_name):
    name = unique_name('rp')
    made = plugin_openstack('resource', 'provider', 'create', name,
                            parse_json=True).json
    try:
        assert made['name'] == name and made['generation'] == 0
        rows = plugin_openstack('resource', 'provider', 'list', '--name', name,
                                parse_json=True).json
        assert [r['uuid'] for r in rows] == [made['uuid']]
        renamed = plugin_openstack('resource', 'provider', 'set', made['uuid'],
                                   '--name', name + '-2', parse_json=True).json
        assert renamed['name'] == name + '-2'
        shown = plugin_openstack('resource', 'provider', 'show', made['uuid'],
                                 parse_json=True).json
        assert shown['name'] == name + '-2'
    finally:
        plugin_openstack('resource', 'provider', 'delete', made['uuid'])
    gone = plugin_openstack('resource', 'provider', 'show', made['uuid'],
                            check=False)
    assert gone.rc != 0 and 'Traceback' not in gone.stderr
    assert len(gone.stderr.strip().splitlines()) == 1


def test_resource_class_and_trait(plugin_openstack):
    suffix = uuid.uuid4().hex[:8].upper()
    rc, trait = f'CUSTOM_FN_{suffix}', f'CUSTOM_FN_T_{suffix}'
    plugin_openstack('resource', 'class', 'create', rc)
    try:
        assert plugin_openstack('resource', 'class', 'show', rc,
                                parse_json=True).json == {'name': rc}
        names = plugin_openstack('resource', 'class', 'list', '-f', 'value',
                                 '-c', 'name').stdout.split()
        assert {'VCPU', 'MEMORY_MB', rc} <= set(names)
    finally:
        plugin_openstack('resource', 'class', 'delete', rc)
    plugin_openstack('trait', 'create', trait)
    try:
        assert plugin_openstack('trait', 'show', trait,
                                parse_json=True).json == {'name': trait}
    finally:
        plugin_openstack('trait', 'delete', trait)
    assert trait not in plugin_openstack('trait', 'list', '-f', 'value').stdout


def test_allocation_candidates_are_the_two_hosts(plugin_openstack):
    providers = {r['uuid']: r['name'] for r in plugin_openstack(
        'resource', 'provider', 'list', parse_json=True).json}
    rows = plugin_openstack('allocation', 'candidate', 'list', '--resource',
                            'VCPU=1', parse_json=True).json
    hosts = {providers[r['resource provider']] for r in rows}
    assert {'devcloud-1', 'devcloud-2'} <= hosts


def test_listed_as_a_plugin(plugin_openstack):
    modules = plugin_openstack('module', 'list', parse_json=True).json
    assert 'osc-placement' in modules or 'osc_placement' in modules
