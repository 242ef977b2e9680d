"""server image create, server backup create, server dump create against
the devcloud's Nova, whose fake driver uploads a few bytes per snapshot,
so images go ``active``. Every image made here is deleted."""

import time
import uuid

import pytest


def _wait_image(openstack, image_id, status='active', timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        shown = openstack('image', 'show', image_id, parse_json=True).json
        if shown['status'] == status or time.monotonic() > deadline:
            return shown
        time.sleep(1)


def _wait_server(openstack, server_id, status, timeout=120):
    deadline = time.monotonic() + timeout
    while True:
        shown = openstack('server', 'show', server_id, parse_json=True).json
        if shown['status'] == status or time.monotonic() > deadline:
            return shown
        time.sleep(1)


@pytest.fixture
def images(openstack):
    """Names/IDs of images to delete at teardown."""
    made = []
    yield made
    for image in made:
        openstack('image', 'delete', image, check=False)


def test_image_create_wait(openstack, server, images):
    name = f'fn-snap-{uuid.uuid4().hex[:8]}'
    made = openstack('server', 'image', 'create', server['id'], '--name',
                     name, '--property', 'fn=yes', '--property', 'k=v',
                     '--wait', parse_json=True).json
    images.append(made['id'])
    assert made['name'] == name
    assert made['status'] == 'active'
    assert made['size'] > 0 and made['checksum']
    assert made['properties']['fn'] == 'yes'
    assert made['properties']['k'] == 'v'
    assert made['properties']['image_type'] == 'snapshot'
    assert made['properties']['instance_uuid'] == server['id']
    # The same fields as image show gives.
    shown = openstack('image', 'show', made['id'], parse_json=True).json
    assert set(shown) == set(made)
    assert shown['checksum'] == made['checksum']


def test_image_create_defaults_to_server_name(openstack, server, images):
    made = openstack('server', 'image', 'create', server['name'],
                     parse_json=True).json
    images.append(made['id'])
    assert made['name'] == server['name']
    assert made['status'] in ('queued', 'saving', 'active')
    # Let Nova finish before the image is deleted.
    assert _wait_image(openstack, made['id'])['status'] == 'active'


def test_image_create_table_output(openstack, server, images):
    name = f'fn-snap-{uuid.uuid4().hex[:8]}'
    result = openstack('server', 'image', 'create', server['id'], '--name',
                       name, '--wait', '-f', 'value', '-c', 'id', '-c',
                       'status')
    image_id, status = result.stdout.split()
    images.append(image_id)
    assert status == 'active'
    assert result.stderr == ''   # no progress when not on a terminal


def test_image_create_unknown_server(openstack):
    result = openstack('server', 'image', 'create', 'fn-no-such-server',
                       check=False)
    assert result.rc == 5
    assert result.stderr.count('\n') == 1
    assert 'fn-no-such-server' in result.stderr


def test_backup_create_rotates(openstack, server, images):
    kind = f'fn-{uuid.uuid4().hex[:8]}'
    first = openstack('server', 'backup', 'create', server['id'], '--name',
                      f'{kind}-1', '--type', kind, '--rotate', '1', '--wait',
                      parse_json=True).json
    images.append(first['id'])
    assert first['status'] == 'active'
    assert first['properties']['image_type'] == 'backup'
    assert first['properties']['backup_type'] == kind
    second = openstack('server', 'backup', 'create', server['id'], '--name',
                       f'{kind}-2', '--type', kind, '--rotate', '1', '--wait',
                       parse_json=True).json
    images.append(second['id'])
    assert second['status'] == 'active'
    # Nova rotates once the upload is done: only the newest is kept.
    deadline = time.monotonic() + 60
    while True:
        left = openstack('image', 'list', '--property',
                         f'backup_type={kind}', parse_json=True).json
        if len(left) == 1 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert [image['ID'] for image in left] == [second['id']]


def test_backup_create_defaults(openstack, server, images):
    made = openstack('server', 'backup', 'create', server['id'],
                     parse_json=True).json
    images.append(made['id'])
    assert made['name'] == server['name']
    assert made['properties']['image_type'] == 'backup'
    assert made['properties']['backup_type'] == ''
    assert _wait_image(openstack, made['id'])['status'] == 'active'


def test_dump_create(openstack, server):
    openstack('server', 'dump', 'create', server['id'])
    # The fake driver does nothing; the server stays as it was.
    assert _wait_server(openstack, server['id'], 'ACTIVE')['status'] == \
        'ACTIVE'


def test_dump_create_needs_2_17(openstack, server):
    result = openstack('--os-compute-api-version', '2.16', 'server', 'dump',
                       'create', server['id'], check=False)
    assert result.rc == 2
    assert result.stderr == (
        'openstack: server dump create needs --os-compute-api-version 2.17 '
        'or greater (requested: 2.16)\n')


def test_refusals_of_a_stopped_server(openstack, boot, images):
    made = boot()
    openstack('server', 'stop', made['id'])
    assert _wait_server(openstack, made['id'], 'SHUTOFF')['status'] == \
        'SHUTOFF'
    # Nova dumps only running servers: 409, one line, exit 6.
    result = openstack('server', 'dump', 'create', made['id'], check=False)
    assert result.rc == 6
    assert result.stderr.startswith('openstack: ')
    assert result.stderr.count('\n') == 1
    assert 'vm_state stopped' in result.stderr
    # Several: one line each, then the summary.
    result = openstack('server', 'dump', 'create', made['id'],
                       'fn-no-such-server', check=False)
    assert result.rc == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and 'Traceback' not in result.stderr
    assert lines[-1].endswith(
        '2 of 2 servers failed to create dump file: '
        f"{made['id']}, fn-no-such-server")
    # A stopped server can still be imaged.
    snap = openstack('server', 'image', 'create', made['id'], '--name',
                     f"fn-snap-{uuid.uuid4().hex[:8]}", '--wait',
                     parse_json=True).json
    images.append(snap['id'])
    assert snap['status'] == 'active'
