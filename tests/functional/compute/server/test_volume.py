"""Functional tests: server add/remove volume and server volume
list/set/update, against the devcloud's Nova and Cinder.

Nova attaches and detaches through Cinder in the background; the volume's
status (``in-use``, ``available``) is polled. A tagged volume is never
detached here: the devcloud's fake driver keeps no device metadata, and
Nova's detach of a tagged volume then fails in nova-compute (the server
delete still cleans it up).
"""

import time
import uuid

import pytest

from tests.functional.compute import one_line_error

ADD_KEYS = ['ID', 'Server ID', 'Volume ID', 'Device', 'Tag',
            'Delete On Termination']
LIST_KEYS = ['Device', 'Server ID', 'Volume ID', 'Tag',
             'Delete On Termination?', 'Attachment ID',
             'BlockDeviceMapping UUID']


def volume_status(openstack, volume, want, timeout=90):
    deadline = time.monotonic() + timeout
    while True:
        status = openstack('volume', 'show', volume, '-f', 'value', '-c',
                           'status').stdout.strip()
        if status == want:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f'volume {volume} is {status}, not {want}')
        time.sleep(1)


@pytest.fixture
def volume(openstack):
    """A 1 GB available volume, deleted at teardown (once detached)."""
    name = f'fn-vol-{uuid.uuid4().hex[:8]}'
    made = openstack('volume', 'create', name, '--size', '1', '--wait',
                     parse_json=True).json
    yield made
    openstack('volume', 'delete', made['id'], '--force', check=False)


def test_add_list_set_remove(openstack, volume, boot):
    # The volume fixture first: it is deleted after the server.
    server = boot()
    added = openstack('server', 'add', 'volume', server['id'], volume['id'],
                      '--enable-delete-on-termination',
                      parse_json=True).json
    assert list(added) == ADD_KEYS
    assert added['Server ID'] == server['id']
    assert added['Volume ID'] == volume['id']
    assert added['Delete On Termination'] is True
    assert added['Device'].startswith('/dev/')
    assert added['Tag'] is None
    volume_status(openstack, volume['id'], 'in-use')

    row, = openstack('server', 'volume', 'list', server['id'],
                     parse_json=True).json
    assert list(row) == LIST_KEYS
    assert row['Volume ID'] == volume['id']
    assert row['Device'] == added['Device']
    assert row['Delete On Termination?'] is True
    assert row['Attachment ID'] and row['BlockDeviceMapping UUID']
    attachment = openstack('volume', 'show', volume['id'],
                           parse_json=True).json['attachments'][0]
    assert attachment['attachment_id'] == row['Attachment ID']

    openstack('server', 'volume', 'set', server['id'], volume['name'],
              '--preserve-on-termination')
    row, = openstack('server', 'volume', 'list', server['id'],
                     parse_json=True).json
    assert row['Delete On Termination?'] is False
    openstack('server', 'volume', 'update', server['id'], volume['id'],
              '--delete-on-termination')
    row, = openstack('server', 'volume', 'list', server['id'],
                     parse_json=True).json
    assert row['Delete On Termination?'] is True

    twice = openstack('server', 'add', 'volume', server['id'],
                      volume['id'], check=False)
    assert 'is already attached' in one_line_error(twice, 2)

    openstack('server', 'remove', 'volume', server['id'], volume['name'])
    volume_status(openstack, volume['id'], 'available')
    assert openstack('server', 'volume', 'list', server['id'],
                     parse_json=True).json == []
    again = openstack('server', 'remove', 'volume', server['id'],
                      volume['id'], check=False)
    assert one_line_error(again, 5) == (
        f"openstack: Instance {server['id']} is not attached to volume "
        f"{volume['id']} (HTTP 404)")


def test_list_columns_follow_the_microversion(openstack, volume, boot):
    server = boot()
    openstack('server', 'add', 'volume', server['id'], volume['id'])
    volume_status(openstack, volume['id'], 'in-use')
    for version, keys in (
            ('2.1', ['ID', 'Device', 'Server ID', 'Volume ID']),
            ('2.70', ['ID', 'Device', 'Server ID', 'Volume ID', 'Tag']),
            ('2.79', ['ID', 'Device', 'Server ID', 'Volume ID', 'Tag',
                      'Delete On Termination?'])):
        row, = openstack('--os-compute-api-version', version, 'server',
                         'volume', 'list', server['id'],
                         parse_json=True).json
        assert list(row) == keys
        assert row['ID'] == volume['id']
    openstack('server', 'remove', 'volume', server['id'], volume['id'])
    volume_status(openstack, volume['id'], 'available')


def test_tagged_attach(openstack, volume, boot):
    server = boot()
    added = openstack('server', 'add', 'volume', server['id'], volume['id'],
                      '--tag', 'data', '--device', '/dev/vdb',
                      '--enable-delete-on-termination',
                      parse_json=True).json
    assert added['Tag'] == 'data'
    volume_status(openstack, volume['id'], 'in-use')
    row, = openstack('server', 'volume', 'list', server['id'],
                     parse_json=True).json
    assert row['Tag'] == 'data'
    # Left attached (see the module docstring): deleting the server
    # deletes the volume too.


def test_refusals_are_one_line(openstack, volume, server):
    old_tag = openstack('--os-compute-api-version', '2.48', 'server', 'add',
                        'volume', server['id'], volume['id'], '--tag', 't',
                        check=False)
    assert one_line_error(old_tag, 2) == (
        'openstack: --tag needs --os-compute-api-version 2.49 or greater '
        '(requested: 2.48)')
    old_flag = openstack('--os-compute-api-version', '2.78', 'server', 'add',
                         'volume', server['id'], volume['id'],
                         '--disable-delete-on-termination', check=False)
    assert one_line_error(old_flag, 2).startswith(
        'openstack: --disable-delete-on-termination needs '
        '--os-compute-api-version 2.79')
    old_set = openstack('--os-compute-api-version', '2.84', 'server',
                        'volume', 'set', server['id'], volume['id'],
                        '--delete-on-termination', check=False)
    assert one_line_error(old_set, 2).startswith(
        'openstack: --delete-on-termination/--preserve-on-termination needs '
        '--os-compute-api-version 2.85')
    not_attached = openstack('server', 'volume', 'set', server['id'],
                             volume['id'], '--delete-on-termination',
                             check=False)
    assert one_line_error(not_attached, 5) == (
        'openstack: No volume Block Device Mapping with id '
        f"{volume['id']}. (HTTP 404)")
    missing = openstack('server', 'add', 'volume', server['id'],
                        'fn-no-such-volume', check=False)
    assert one_line_error(missing, 5) == (
        "openstack: No volume with a name or ID of 'fn-no-such-volume' "
        "exists.")
    # Nothing changed the volume.
    shown = openstack('volume', 'show', volume['id'], parse_json=True).json
    assert shown['status'] == 'available'
