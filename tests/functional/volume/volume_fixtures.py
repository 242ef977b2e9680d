"""Fixtures the volume, snapshot and runbook functional tests share
(import them by name).

Volumes and snapshots are made through the CLI under test and removed,
newest first, when the test ends, whatever its outcome: the volume delete
waits for Cinder to finish what it was doing, cascades to snapshots and
waits until the volume is gone. Volume types (the other helpers' ``volume
type`` commands may not exist yet) come from openstacksdk.
"""

import time

import pytest

BUSY = ('creating', 'downloading', 'extending', 'retyping', 'reverting',
        'uploading', 'attaching', 'detaching', 'deleting', 'migrating',
        'backing-up', 'restoring-backup', 'awaiting-transfer')


def show(openstack, kind, name_or_id, check=True, **kw):
    """JSON of ``<kind> show``, or None when it is gone (exit 5)."""
    result = openstack(*kind.split(), 'show', name_or_id, parse_json=True,
                       check=False, **kw)
    if result.rc == 5:
        return None
    if check:
        assert result.rc == 0, result.stderr
    return result.json


def listed(openstack, kind, *args, **kw):
    """Rows of ``<kind> list *args -f json``."""
    return openstack(*kind.split(), 'list', *args, parse_json=True,
                     **kw).json


def wait_for(openstack, kind, name_or_id, until, timeout=120, **kw):
    """Poll ``<kind> show`` until ``until(resource)`` holds; return it."""
    deadline = time.monotonic() + timeout
    while True:
        found = show(openstack, kind, name_or_id, **kw)
        if until(found):
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f'{kind} {name_or_id}: still {found}')
        time.sleep(0.5)


MIGRATING = ('starting', 'migrating', 'completing')


def settled(found):
    """Cinder is doing nothing to it (status and migration at rest)."""
    return found is None or (
        found['status'] not in BUSY
        and found.get('os-vol-mig-status-attr:migstat') not in MIGRATING)


def gone(found):
    return found is None


def delete_volume(openstack, volume_id, cloud='devcloud-admin'):
    """Delete a volume (and its snapshots) and wait until it is gone."""
    if wait_for(openstack, 'volume', volume_id, settled,
                cloud=cloud) is None:
        return
    deadline = time.monotonic() + 120
    while True:
        openstack('volume', 'delete', '--cascade', volume_id, check=False,
                  cloud=cloud)
        found = wait_for(openstack, 'volume', volume_id,
                         lambda v: v is None or v['status'] != 'deleting',
                         cloud=cloud)
        if found is None:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f'volume {volume_id} not deleted: {found}')
        time.sleep(1)


@pytest.fixture
def volumes(openstack, volume_type):
    """volumes.create(*args) -> JSON of ``volume create *args`` (deleted at
    the end); volumes.track(id) adds one made otherwise."""
    made = []

    class Volumes:
        @staticmethod
        def create(*args, cloud='devcloud-admin'):
            result = openstack('volume', 'create', *args, parse_json=True,
                               cloud=cloud, check=False)
            if result.rc != 0:
                # A --wait that failed still leaves the volume: track it.
                if args and not str(args[0]).startswith('-'):
                    for row in listed(openstack, 'volume', '--name', args[0],
                                      cloud=cloud):
                        made.append((row['ID'], cloud))
                raise AssertionError(
                    f'volume create {args} failed (exit {result.rc}): '
                    f'{result.stderr}')
            made.append((result.json['id'], cloud))
            return result.json

        @staticmethod
        def track(volume_id, cloud='devcloud-admin'):
            made.append((volume_id, cloud))

    yield Volumes
    for volume_id, cloud in reversed(made):
        delete_volume(openstack, volume_id, cloud=cloud)


@pytest.fixture
def volume_type(devcloud, unique_name):
    """volume_type() -> name of a new volume type (deleted at the end,
    after the volumes of ``volumes``, which depends on this fixture)."""
    made = []
    conns = []

    def connect():
        import openstack as sdk
        cred = devcloud.admin
        conns.append(sdk.connect(
            auth_url=devcloud.auth_url, username=cred['username'],
            password=cred['password'], project_name=cred['project_name'],
            user_domain_id='default', project_domain_id='default',
            region_name=devcloud.region, load_yaml_config=False,
            load_envvars=False))
        return conns[0]

    def make():
        conn = conns[0] if conns else connect()
        made.append(conn.block_storage.create_type(name=unique_name('vt')))
        return made[-1].name

    yield make
    for vtype in made:
        conns[0].block_storage.delete_type(vtype, ignore_missing=True)
    for conn in conns:
        conn.close()
