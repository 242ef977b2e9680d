"""Functional tests: key pairs against the devcloud's Nova."""

import os
import stat
import subprocess

from tests.functional.compute import one_line_error

CREATE_KEYS = {'created_at', 'fingerprint', 'id', 'is_deleted', 'name',
               'type', 'user_id'}
SHOW_KEYS = CREATE_KEYS | {'private_key'}


def test_generate_with_private_key_file(openstack, cleanup, unique_name,
                                        tmp_path):
    name = unique_name('key')
    cleanup('keypair', 'delete', name)
    path = tmp_path / 'key.pem'
    made = openstack('keypair', 'create', name, '--private-key', path,
                     parse_json=True).json
    assert set(made) == CREATE_KEYS
    assert made['name'] == name and made['type'] == 'ssh'
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_text()
    assert text.startswith('-----BEGIN OPENSSH PRIVATE KEY-----')
    public = openstack('keypair', 'show', name, '--public-key').stdout
    assert public.startswith('ssh-ed25519 ')
    shown = openstack('keypair', 'show', name, parse_json=True).json
    assert set(shown) == SHOW_KEYS
    assert shown['fingerprint'] == made['fingerprint']
    rows = openstack('keypair', 'list', parse_json=True).json
    row, = [r for r in rows if r['Name'] == name]
    assert row == {'Name': name, 'Fingerprint': made['fingerprint'],
                   'Type': 'ssh'}
    openstack('keypair', 'delete', name)
    gone = openstack('keypair', 'show', name, check=False)
    assert one_line_error(gone, 5) == (
        f"openstack: No key with a name or ID of '{name}' exists.")


def test_generate_prints_private_key(openstack, cleanup, unique_name):
    name = unique_name('key')
    cleanup('keypair', 'delete', name)
    out = openstack('keypair', 'create', name).stdout
    assert out.startswith('-----BEGIN OPENSSH PRIVATE KEY-----')
    assert '-----END OPENSSH PRIVATE KEY-----' in out


def test_import_public_key_type_and_duplicate(openstack, cleanup,
                                              unique_name, tmp_path):
    key = tmp_path / 'id'
    subprocess.run(['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-f',
                    str(key)], check=True)
    name = unique_name('key')
    cleanup('keypair', 'delete', name)
    made = openstack('keypair', 'create', name, '--public-key',
                     f'{key}.pub', '--type', 'ssh', parse_json=True).json
    assert made['type'] == 'ssh'
    public = openstack('keypair', 'show', name, '--public-key').stdout
    assert public.split()[:2] == key.with_suffix('.pub').read_text().split(
    )[:2]
    again = openstack('keypair', 'create', name, '--public-key',
                      f'{key}.pub', check=False)
    assert one_line_error(again, 6) == (
        f"openstack: Key pair '{name}' already exists. (HTTP 409)")
    missing = openstack('keypair', 'create', unique_name('key'),
                        '--public-key', tmp_path / 'nope.pub', check=False)
    assert 'not found' in one_line_error(missing, 1)


def test_user_project_and_paging(openstack, cleanup, unique_name):
    names = sorted(unique_name('key') for _ in range(3))
    for name in names:
        cleanup('keypair', 'delete', name)
        openstack('keypair', 'create', name, '--user', 'admin')
    mine = {r['Name'] for r in openstack('keypair', 'list', '--user',
                                         'admin', parse_json=True).json}
    assert set(names) <= mine
    in_project = {r['Name'] for r in openstack(
        'keypair', 'list', '--project', 'admin', parse_json=True).json}
    assert set(names) <= in_project
    first = openstack('keypair', 'list', '--limit', '1',
                      parse_json=True).json
    assert len(first) == 1
    after = openstack('keypair', 'list', '--marker', first[0]['Name'],
                      parse_json=True).json
    assert first[0]['Name'] not in {r['Name'] for r in after}
    shown = openstack('keypair', 'show', names[0], '--user', 'admin',
                      parse_json=True).json
    assert shown['name'] == names[0]
    result = openstack('keypair', 'delete', *names, 'fn-no-such-key',
                       '--user', 'admin', check=False)
    assert result.rc == 5
    assert result.stderr.splitlines()[-1] == (
        'openstack: 1 of 4 keys failed to delete: fn-no-such-key')


def test_microversion_limits(openstack):
    result = openstack('--os-compute-api-version', '2.1', 'keypair',
                       'create', 'fn-never', '--type', 'ssh', check=False)
    assert one_line_error(result, 2) == (
        'openstack: --type needs --os-compute-api-version 2.2 or greater '
        '(requested: 2.1)')
    result = openstack('--os-compute-api-version', '2.34', 'keypair',
                       'list', '--limit', '1', check=False)
    assert '2.35' in one_line_error(result, 2)
    assert openstack('keypair', 'show', 'fn-never', check=False).rc == 5
