"""The block storage operator runbook, end to end against the devcloud:
a volume type with a QoS spec, a volume of that type, a snapshot, a
volume from the snapshot, an extend, and a transfer of that volume to the
demo project, accepted there. Everything is removed at the end."""

from tests.functional.volume.volume_fixtures import (  # noqa: F401
    delete_volume, listed, show, wait_for)


def test_runbook(openstack, unique_name):
    cleanups = []
    names = [unique_name('vol'), unique_name('vol')]
    pending = None          # a transfer request not accepted (yet)
    try:
        vtype = openstack('volume', 'type', 'create', unique_name('vt'),
                          '--property', 'volume_backend_name=devcloud',
                          parse_json=True).json
        cleanups.append(('volume', 'type', 'delete', vtype['id']))
        qos = openstack('volume', 'qos', 'create', unique_name('qos'),
                        '--consumer', 'front-end', '--property',
                        'total_iops_sec=500', parse_json=True).json
        cleanups.append(('volume', 'qos', 'delete', '--force', qos['id']))
        openstack('volume', 'qos', 'associate', qos['id'], vtype['id'])
        cleanups.append(('volume', 'qos', 'disassociate', qos['id'],
                         '--volume-type', vtype['id']))
        assert show(openstack, 'volume qos',
                    qos['id'])['associations'] == [vtype['name']]

        origin = openstack('volume', 'create', names[0], '--size', '1',
                           '--type', vtype['name'], '--wait',
                           parse_json=True).json
        cleanups.append(('volume-gone', origin['id'], 'devcloud-admin'))
        assert origin['type'] == vtype['name']

        snap = openstack('volume', 'snapshot', 'create', unique_name('snap'),
                         '--volume', origin['id'], '--wait',
                         parse_json=True).json
        copy = openstack('volume', 'create', names[1], '--snapshot',
                         snap['id'], '--wait', parse_json=True).json
        cleanups.append(('volume-gone', copy['id'], 'devcloud-admin'))
        assert copy['type'] == vtype['name'] and copy['size'] == 1

        openstack('volume', 'set', copy['id'], '--size', '2')
        wait_for(openstack, 'volume', copy['id'],
                 lambda v: v['status'] == 'available' and v['size'] == 2)

        transfer = openstack('volume', 'transfer', 'request', 'create',
                             copy['id'], '--name', unique_name('xfer'),
                             parse_json=True).json
        pending = transfer['id']
        assert show(openstack, 'volume', copy['id'])['status'] == (
            'awaiting-transfer')
        openstack('volume', 'transfer', 'request', 'accept', transfer['id'],
                  '--auth-key', transfer['auth_key'], cloud='devcloud-demo')
        pending = None
        theirs = show(openstack, 'volume', copy['id'], cloud='devcloud-demo')
        assert theirs['size'] == 2 and theirs['status'] == 'available'
        assert copy['id'] in {r['ID'] for r in listed(
            openstack, 'volume', cloud='devcloud-demo')}
        assert copy['id'] not in {r['ID'] for r in listed(
            openstack, 'volume')}
        # From now on the copy is the demo project's to delete.
        cleanups.remove(('volume-gone', copy['id'], 'devcloud-admin'))
        cleanups.append(('volume-gone', copy['id'], 'devcloud-demo'))
    finally:
        if pending is not None:
            openstack('volume', 'transfer', 'request', 'delete', pending,
                      check=False)
        # Volumes first (newest first; also any a failed --wait left),
        # then what they used.
        tracked = {c[1] for c in cleanups if c[0] == 'volume-gone'}
        for name in names:
            for row in listed(openstack, 'volume', '--name', name):
                if row['ID'] not in tracked:
                    cleanups.append(('volume-gone', row['ID'],
                                     'devcloud-admin'))
        for step in reversed([c for c in cleanups
                              if c[0] == 'volume-gone']):
            delete_volume(openstack, step[1], cloud=step[2])
        for step in reversed([c for c in cleanups
                              if c[0] != 'volume-gone']):
            openstack(*step, check=False)
    for step in cleanups:
        if step[0] == 'volume-gone':
            assert show(openstack, 'volume', step[1]) is None
    assert show(openstack, 'volume type', vtype['id']) is None
    assert show(openstack, 'volume qos', qos['id']) is None
