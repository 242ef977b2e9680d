"""Functional tests: network segments and segment ranges against the
devcloud's Neutron (segments and network_segment_range plugins; ML2 with
vlan on physnet1 and vxlan)."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, check_delete_many, listed, made, sdk_made, show)

SEGMENT_KEYS = {'description', 'id', 'name', 'network_id', 'network_type',
                'physical_network', 'segmentation_id'}
RANGE_KEYS = {'available', 'default', 'id', 'maximum', 'minimum', 'name',
              'network_type', 'physical_network', 'project_id', 'shared',
              'used'}
RANGE_LIST_KEYS = {'ID', 'Name', 'Default', 'Shared', 'Project ID',
                   'Network Type', 'Physical Network', 'Minimum ID',
                   'Maximum ID'}


def test_segment_lifecycle(openstack, sdk_made, made, unique_name):
    net = sdk_made('network', name=unique_name('net'))
    name = unique_name('seg')
    segment = made('network segment', name, '--network', net.name,
                   '--network-type', 'vlan', '--physical-network',
                   'physnet1', '--segment', '177', '--description', 'fn')
    assert SEGMENT_KEYS <= set(segment)
    assert (segment['network_id'], segment['segmentation_id'],
            segment['physical_network']) == (net.id, 177, 'physnet1')

    rows = listed(openstack, 'network segment', '--network', net.id,
                  '--long')
    assert {r['ID'] for r in rows} >= {segment['id']}
    assert set(rows[0]) == {'ID', 'Name', 'Network', 'Network Type',
                            'Segment', 'Physical Network'}
    vlan = listed(openstack, 'network segment', '--network', net.id,
                  '--network-type', 'vlan')
    assert [(r['ID'], r['Segment']) for r in vlan] == [(segment['id'], 177)]
    assert set(vlan[0]) == {'ID', 'Name', 'Network', 'Network Type',
                            'Segment'}

    openstack('network', 'segment', 'set', name, '--name', name + '-2',
              '--description', 'changed')
    shown = show(openstack, 'network segment', name + '-2')
    assert shown['description'] == 'changed'
    check_delete_many(openstack, 'network segment', segment['id'],
                      'network segments')


def test_segment_in_use_id_fails_cleanly(openstack, sdk_made, made,
                                         unique_name):
    net = sdk_made('network', name=unique_name('net'))
    made('network segment', unique_name('seg'), '--network', net.id,
         '--network-type', 'vlan', '--physical-network', 'physnet1',
         '--segment', '178')
    again = openstack('network', 'segment', 'create', unique_name('seg'),
                      '--network', net.id, '--network-type', 'vlan',
                      '--physical-network', 'physnet1', '--segment', '178',
                      check=False)
    assert again.rc != 0
    assert len(again.stderr.strip().splitlines()) == 1


def test_segment_needs_network_and_type(openstack, unique_name):
    assert openstack('network', 'segment', 'create', unique_name('seg'),
                     '--network-type', 'vlan', check=False).rc == 2
    missing = openstack('network', 'segment', 'create', unique_name('seg'),
                        '--network', 'fn-no-such-net', '--network-type',
                        'vlan', check=False)
    assert missing.rc == 5


def test_shared_range_lifecycle(openstack, made, unique_name):
    name = unique_name('range')
    item = made('network segment range', name, '--network-type', 'vxlan',
                '--minimum', '6100', '--maximum', '6105')
    assert RANGE_KEYS <= set(item)
    assert item['shared'] is True and item['default'] is False
    assert item['available'] == ['6100-6105']
    assert item['used'] == {}

    rows = [r for r in listed(openstack, 'network segment range')
            if r['ID'] == item['id']]
    assert len(rows) == 1 and set(rows[0]) == RANGE_LIST_KEYS
    assert (rows[0]['Minimum ID'], rows[0]['Maximum ID']) == (6100, 6105)
    long_rows = [r for r in listed(openstack, 'network segment range',
                                   '--long', '--unused', '--available')
                 if r['ID'] == item['id']]
    assert long_rows[0]['Available'] == ['6100-6105']
    assert item['id'] not in [r['ID'] for r in listed(
        openstack, 'network segment range', '--used')]

    openstack('network', 'segment', 'range', 'set', name, '--name',
              name + '-2', '--maximum', '6110')
    shown = show(openstack, 'network segment range', name + '-2')
    assert shown['maximum'] == 6110
    assert shown['available'] == ['6100-6110']
    check_delete_many(openstack, 'network segment range', item['id'],
                      'network segment ranges')


def test_private_range_belongs_to_a_project(openstack, made, devcloud,
                                            unique_name):
    item = made('network segment range', unique_name('range'), '--private',
                '--project', devcloud.demo['project_name'],
                '--network-type', 'vlan', '--physical-network', 'physnet1',
                '--minimum', '310', '--maximum', '312')
    assert item['shared'] is False
    assert item['project_id'] not in (None, '')
    assert item['physical_network'] == 'physnet1'


def test_project_without_private_is_usage_error(openstack, devcloud,
                                                unique_name):
    result = openstack('network', 'segment', 'range', 'create',
                       unique_name('range'), '--project',
                       devcloud.demo['project_name'], '--network-type',
                       'vxlan', '--minimum', '1', '--maximum', '2',
                       check=False)
    assert result.rc == 2
    assert result.stderr.strip() == (
        'openstack: --project is only allowed with --private')


def test_member_may_not_manage_segment_ranges(openstack, unique_name):
    result = openstack('network', 'segment', 'range', 'create',
                       unique_name('range'), '--network-type', 'vxlan',
                       '--minimum', '6200', '--maximum', '6201',
                       cloud='devcloud-demo', check=False)
    assert result.rc == 4
    assert len(result.stderr.strip().splitlines()) == 1
