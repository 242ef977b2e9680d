"""consistency group and consistency group snapshot commands: Cinder 29
still serves /consistencygroups and /cgsnapshots. The devcloud's fake
driver cannot make consistent groups (a group it gets ends in error and
can never be deleted), so the groups here use a volume type no backend
offers: the scheduler puts them in error without a host, and Cinder
deletes those itself."""
import pytest

from tests.functional.volume.cinder_api import Cinder


@pytest.fixture(scope='module')
def cinder(devcloud):
    if 'cinder' not in devcloud.services:
        pytest.skip('cinder is not part of this devcloud')
    return Cinder(devcloud, devcloud.admin)


@pytest.fixture
def nowhere_type(cinder, unique_name):
    made = cinder.create_type(unique_name('nowhere'),
                              {'volume_backend_name': 'fn-no-backend'})
    yield made
    cinder.delete_type(made['id'])


def test_consistency_group_round_trip(openstack, cinder, nowhere_type,
                                      unique_name):
    name = unique_name('cg')
    made = openstack('consistency', 'group', 'create', name,
                     '--volume-type', nowhere_type['name'], '--description',
                     'first', parse_json=True).json
    try:
        assert set(made) == {'availability_zone', 'created_at',
                             'description', 'id', 'name', 'status',
                             'volume_types'}
        assert made['volume_types'] == [nowhere_type['id']]
        got = cinder.wait('/consistencygroups/' + made['id'],
                          'consistencygroup', ('creating',))
        assert got['status'] == 'error'     # no backend for its type

        rows = openstack('consistency', 'group', 'list', '--long',
                         parse_json=True).json
        mine = [row for row in rows if row['ID'] == made['id']]
        assert mine == [{'ID': made['id'], 'Status': 'error',
                         'Availability Zone': 'nova', 'Name': name,
                         'Description': 'first',
                         'Volume Types': [nowhere_type['id']]}]
        openstack('consistency', 'group', 'set', name, '--name',
                  name + '-2', '--description', 'second')
        shown = openstack('consistency', 'group', 'show', made['id'],
                          parse_json=True).json
        assert (shown['name'], shown['description']) == (name + '-2',
                                                         'second')

        # Cinder refuses to snapshot a group in error (400: 2).
        snap = openstack('consistency', 'group', 'snapshot', 'create',
                         name + '-snap', '--consistency-group', made['id'],
                         check=False)
        assert snap.rc == 2, snap.stderr
        assert len(snap.stderr.strip().splitlines()) == 1
        assert openstack('consistency', 'group', 'snapshot', 'list',
                         '--consistency-group', made['id'], '--long',
                         parse_json=True).json == []

        # Several at once: the missing one fails, the real one goes.
        gone = openstack('consistency', 'group', 'delete', made['id'],
                         'fn-no-such-cg', check=False)
        assert gone.rc == 5
        assert gone.stderr.strip().splitlines()[-1] == (
            'openstack: 1 of 2 consistency groups failed to delete: '
            'fn-no-such-cg')
        cinder.wait_gone('/consistencygroups/' + made['id'],
                         'consistencygroup')
    finally:
        cinder.request('POST', f'/consistencygroups/{made["id"]}/delete',
                       {'consistencygroup': {'force': True}},
                       raise_exc=False)
        cinder.wait_gone('/consistencygroups/' + made['id'],
                         'consistencygroup')


def test_consistency_group_snapshot_lookups(openstack):
    rows = openstack('consistency', 'group', 'snapshot', 'list', '--long',
                     '--all-projects', '--status', 'available',
                     parse_json=True).json
    assert isinstance(rows, list)
    missing = openstack('consistency', 'group', 'snapshot', 'show',
                        'fn-no-such-cgsnap', check=False)
    assert (missing.rc, missing.stderr.strip()) == (5, (
        "openstack: No consistency group snapshot with a name or ID of "
        "'fn-no-such-cgsnap' exists."))
    missing = openstack('consistency', 'group', 'snapshot', 'delete',
                        'fn-no-such-cgsnap', check=False)
    assert missing.rc == 5
    no_group = openstack('consistency', 'group', 'snapshot', 'create',
                         'fn-no-such-cg', check=False)
    assert (no_group.rc, no_group.stderr.strip()) == (5, (
        "openstack: No consistency group with a name or ID of "
        "'fn-no-such-cg' exists."))
