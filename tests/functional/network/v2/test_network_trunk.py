"""Functional tests: trunks and subports against the devcloud's Neutron."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, check_delete_many, listed, made, make_port, sdk_made,
    show)

SHOW_KEYS = {'admin_state_up', 'description', 'id', 'name', 'port_id',
             'project_id', 'status', 'sub_ports', 'tags'}
LIST_KEYS = {'ID', 'Name', 'Parent Port', 'Description'}
LONG_KEYS = LIST_KEYS | {'Status', 'State', 'Created At', 'Updated At'}
SUBPORT_KEYS = {'Port', 'Segmentation Type', 'Segmentation ID'}


def test_trunk_lifecycle(openstack, make_port, made, unique_name):
    parent, sub1, sub2 = make_port(), make_port(), make_port()
    name = unique_name('trunk')
    trunk = made('network trunk', name, '--parent-port', parent.name,
                 '--description', 'fn trunk', '--subport',
                 f'port={sub1.name},segmentation-type=vlan,'
                 'segmentation-id=101')
    assert SHOW_KEYS <= set(trunk)
    assert trunk['port_id'] == parent.id
    assert trunk['admin_state_up'] is True
    assert trunk['sub_ports'] == [{'port_id': sub1.id,
                                   'segmentation_type': 'vlan',
                                   'segmentation_id': 101}]

    rows = [row for row in listed(openstack, 'network trunk', '--long')
            if row['ID'] == trunk['id']]
    assert len(rows) == 1 and set(rows[0]) == LONG_KEYS
    assert rows[0]['State'] is True
    short = [row for row in listed(openstack, 'network trunk')
             if row['ID'] == trunk['id']]
    assert set(short[0]) == LIST_KEYS
    assert short[0]['Parent Port'] == parent.id

    openstack('network', 'trunk', 'set', name, '--name', name + '-2',
              '--disable', '--subport',
              f'port={sub2.id},segmentation-type=vlan,segmentation-id=102')
    shown = show(openstack, 'network trunk', name + '-2')
    assert shown['admin_state_up'] is False
    openstack('network', 'trunk', 'set', trunk['id'], '--enable')
    subports = listed(openstack, 'network subport', '--trunk', trunk['id'])
    assert set(subports[0]) == SUBPORT_KEYS
    assert sorted((r['Port'], r['Segmentation ID']) for r in subports) == (
        sorted([(sub1.id, 101), (sub2.id, 102)]))

    openstack('network', 'trunk', 'unset', trunk['id'], '--subport',
              sub1.name)
    assert [r['Port'] for r in listed(openstack, 'network subport',
                                      '--trunk', trunk['id'])] == [sub2.id]
    # Subports go before the trunk can go.
    openstack('network', 'trunk', 'unset', trunk['id'], '--subport',
              sub2.id)
    check_delete_many(openstack, 'network trunk', trunk['id'], 'trunks',
                      label='trunk')


def test_bad_subport_is_usage_error(openstack, make_port, unique_name):
    parent = make_port()
    result = openstack('network', 'trunk', 'create', unique_name('trunk'),
                       '--parent-port', parent.id, '--subport',
                       'segmentation-id=5', check=False)
    assert result.rc == 2


def test_missing_parent_port_is_exit_5(openstack, unique_name):
    result = openstack('network', 'trunk', 'create', unique_name('trunk'),
                       '--parent-port', 'fn-no-such-port', check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        "openstack: No port with a name or ID of 'fn-no-such-port' exists.")


def test_subport_list_of_missing_trunk(openstack):
    result = openstack('network', 'subport', 'list', '--trunk',
                       'fn-no-such-trunk', check=False)
    assert result.rc == 5
    assert len(result.stderr.strip().splitlines()) == 1


def test_trunk_subport_add_list_remove(openstack, make_port, made,
                                       unique_name):
    parent, sub1, sub2 = make_port(), make_port(), make_port()
    trunk = made('network trunk', unique_name('trunk'), '--parent-port',
                 parent.id)
    openstack('network', 'trunk', 'subport', 'add', trunk['name'],
              sub1.name, '--segmentation-type', 'vlan',
              '--segmentation-id', '201')
    openstack('network', 'trunk', 'subport', 'add', trunk['id'], sub2.id,
              '--segmentation-type', 'vlan', '--segmentation-id', '202')
    rows = listed(openstack, 'network trunk subport', trunk['name'])
    assert rows and set(rows[0]) == SUBPORT_KEYS
    assert sorted((r['Port'], r['Segmentation Type'], r['Segmentation ID'])
                  for r in rows) == sorted([(sub1.id, 'vlan', 201),
                                            (sub2.id, 'vlan', 202)])
    # The same VLAN twice: Neutron says no, one line, not a traceback.
    spare = make_port()
    clash = openstack('network', 'trunk', 'subport', 'add', trunk['id'],
                      spare.id, '--segmentation-type', 'vlan',
                      '--segmentation-id', '201', check=False)
    assert clash.rc == 6, clash.stderr  # Neutron: HTTP 409
    assert len(clash.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in clash.stderr

    openstack('network', 'trunk', 'subport', 'remove', trunk['id'],
              sub1.name, sub2.id)
    assert listed(openstack, 'network trunk subport', trunk['id']) == []


def test_trunk_subport_errors(openstack, make_port, made, unique_name):
    parent = make_port()
    trunk = made('network trunk', unique_name('trunk'), '--parent-port',
                 parent.id)
    for argv, rc in (
            (('list', 'fn-no-such-trunk'), 5),
            (('add', trunk['id'], 'fn-no-such-port'), 5),
            (('remove', trunk['id'], 'fn-no-such-port'), 5),
            (('add', trunk['id'], parent.id, '--segmentation-id', 'x'), 2),
            (('remove', trunk['id']), 2)):
        result = openstack('network', 'trunk', 'subport', *argv,
                           check=False)
        assert result.rc == rc, (argv, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, argv
