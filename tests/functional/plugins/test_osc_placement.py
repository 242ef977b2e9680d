"""Functional tests: osc-placement, unmodified from PyPI, through our shell
against the devcloud's real Placement (and its two Nova hosts)."""

import uuid


def test_resource_provider_lifecycle(openstack, unique_name):
    name = unique_name('rp')
    made = openstack('resource', 'provider', 'create', name,
                     parse_json=True).json
    try:
        assert made['name'] == name and made['generation'] == 0
        rows = openstack('resource', 'provider', 'list', '--name', name,
                         parse_json=True).json
        assert [r['uuid'] for r in rows] == [made['uuid']]
        renamed = openstack('resource', 'provider', 'set', made['uuid'],
                            '--name', name + '-2', parse_json=True).json
        assert renamed['name'] == name + '-2'
        shown = openstack('resource', 'provider', 'show', made['uuid'],
                          parse_json=True).json
        assert shown['name'] == name + '-2'
    finally:
        openstack('resource', 'provider', 'delete', made['uuid'])
    gone = openstack('resource', 'provider', 'show', made['uuid'],
                     check=False)
    assert gone.rc != 0 and 'Traceback' not in gone.stderr
    assert len(gone.stderr.strip().splitlines()) == 1


def test_resource_class_and_trait(openstack):
    suffix = uuid.uuid4().hex[:8].upper()
    rc, trait = f'CUSTOM_FN_{suffix}', f'CUSTOM_FN_T_{suffix}'
    openstack('resource', 'class', 'create', rc)
    try:
        assert openstack('resource', 'class', 'show', rc,
                         parse_json=True).json == {'name': rc}
        names = openstack('resource', 'class', 'list', '-f', 'value',
                          '-c', 'name').stdout.split()
        assert {'VCPU', 'MEMORY_MB', rc} <= set(names)
    finally:
        openstack('resource', 'class', 'delete', rc)
    openstack('trait', 'create', trait)
    try:
        assert openstack('trait', 'show', trait,
                         parse_json=True).json == {'name': trait}
    finally:
        openstack('trait', 'delete', trait)
    assert trait not in openstack('trait', 'list', '-f', 'value').stdout


def test_allocation_candidates_are_the_two_hosts(openstack):
    providers = {r['uuid']: r['name'] for r in openstack(
        'resource', 'provider', 'list', parse_json=True).json}
    rows = openstack('allocation', 'candidate', 'list', '--resource',
                     'VCPU=1', parse_json=True).json
    hosts = {providers[r['resource provider']] for r in rows}
    assert {'devcloud-1', 'devcloud-2'} <= hosts


def test_listed_as_a_plugin(openstack):
    modules = openstack('module', 'list', parse_json=True).json
    assert 'osc-placement' in modules or 'osc_placement' in modules
