"""volume qos create/list/show/set/unset/associate/disassociate/delete
against the devcloud's Cinder, with the refusal to delete one in use."""
import pytest


@pytest.fixture
def made(openstack):
    """made(kind, name, *options) -> JSON of `volume <kind> create`; every
    QoS spec (forced) and type deleted after, newest first."""
    created = []

    def make(kind, name, *options):
        found = openstack('volume', kind, 'create', name, *options,
                          parse_json=True).json
        created.append((kind, found['id']))
        return found

    yield make
    for kind, item_id in reversed(created):
        extra = ('--force',) if kind == 'qos' else ()
        openstack('volume', kind, 'delete', item_id, *extra, check=False)


def test_round_trip(openstack, made, unique_name):
    name = unique_name('qos')
    qos = made('qos', name, '--consumer', 'back-end', '--property',
               'total_iops_sec=500', '--property', 'read_iops_sec=100')
    assert set(qos) == {'consumer', 'id', 'name', 'properties'}
    assert qos['consumer'] == 'back-end'
    assert qos['properties'] == {'total_iops_sec': '500',
                                 'read_iops_sec': '100'}
    vtype = made('type', unique_name('vtype'))

    openstack('volume', 'qos', 'associate', name, vtype['name'])
    shown = openstack('volume', 'qos', 'show', name, parse_json=True).json
    assert shown['associations'] == [vtype['name']]
    rows = openstack('volume', 'qos', 'list', parse_json=True).json
    row = next(r for r in rows if r['ID'] == qos['id'])
    assert set(row) == {'ID', 'Name', 'Consumer', 'Associations',
                        'Properties'}
    assert row['Associations'] == [vtype['name']]

    refused = openstack('volume', 'qos', 'delete', name, check=False)
    assert refused.rc == 2
    assert refused.stderr.strip() == ('openstack: Qos specs still in use. '
                                      '(HTTP 400)')

    openstack('volume', 'qos', 'set', name, '--no-property', '--property',
              'write_iops_sec=50')
    shown = openstack('volume', 'qos', 'show', name, parse_json=True).json
    assert shown['properties'] == {'write_iops_sec': '50'}
    openstack('volume', 'qos', 'set', name, '--property', 'a=1')
    openstack('volume', 'qos', 'unset', name, '--property', 'a')
    shown = openstack('volume', 'qos', 'show', name, parse_json=True).json
    assert shown['properties'] == {'write_iops_sec': '50'}

    openstack('volume', 'qos', 'disassociate', name, '--volume-type',
              vtype['id'])
    shown = openstack('volume', 'qos', 'show', name, parse_json=True).json
    assert 'associations' not in shown
    openstack('volume', 'qos', 'associate', name, vtype['id'])
    openstack('volume', 'qos', 'disassociate', name, '--all')
    openstack('volume', 'qos', 'delete', name)
    gone = openstack('volume', 'qos', 'show', qos['id'], check=False)
    assert gone.rc == 5 and gone.stderr.strip() == (
        "openstack: No QoS specification with a name or ID of "
        f"'{qos['id']}' exists.")


def test_force_deletes_an_associated_spec(openstack, made, unique_name):
    qos = made('qos', unique_name('qos'))
    vtype = made('type', unique_name('vtype'))
    openstack('volume', 'qos', 'associate', qos['id'], vtype['id'])
    openstack('volume', 'qos', 'delete', '--force', qos['id'])
    assert openstack('volume', 'qos', 'show', qos['id'],
                     check=False).rc == 5


def test_bad_consumer_is_a_usage_error(openstack):
    bad = openstack('volume', 'qos', 'create', 'x', '--consumer', 'nova',
                    check=False)
    assert bad.rc == 2
