"""Functional tests: container commands against the devcloud's Swift."""

import hashlib


def test_create_list_show_set_unset_delete(openstack, unique_name):
    names = [unique_name('ctr'), unique_name('ctr')]
    made = openstack('container', 'create', *names, parse_json=True).json
    try:
        assert [m['container'] for m in made] == names
        assert set(made[0]) == {'account', 'container', 'x-trans-id'}
        assert made[0]['account'].startswith('AUTH_')
        listed = openstack('container', 'list', '--prefix', names[0],
                           '--long', parse_json=True).json
        assert listed == [{'Name': names[0], 'Bytes': 0, 'Count': 0}]
        openstack('container', 'set', names[0], '--property', 'Color=Red',
                  '--property', 'size=big')
        shown = openstack('container', 'show', names[0],
                          parse_json=True).json
        assert shown['container'] == names[0]
        assert shown['object_count'] == '0'
        assert shown['properties'] == {'Color': 'Red', 'Size': 'big'}
        assert {'account', 'bytes_used', 'storage_policy'} <= set(shown)
        openstack('container', 'unset', names[0], '--property', 'Color')
        shown = openstack('container', 'show', names[0],
                          parse_json=True).json
        assert shown['properties'] == {'Size': 'big'}
    finally:
        openstack('container', 'delete', *names, check=False)
    gone = openstack('container', 'show', names[0], check=False)
    assert gone.rc == 5
    assert gone.stderr.strip().endswith(f"Container '{names[0]}' not found")


def test_list_pages_with_limit_and_all(openstack, unique_name):
    prefix = unique_name('ctr')
    names = [f'{prefix}-{i}' for i in range(3)]
    openstack('container', 'create', *names)
    try:
        one = openstack('container', 'list', '--prefix', prefix,
                        '--limit', '2', parse_json=True).json
        assert [c['Name'] for c in one] == names[:2]
        every = openstack('container', 'list', '--prefix', prefix,
                          '--limit', '2', '--all', parse_json=True).json
        assert [c['Name'] for c in every] == names
        window = openstack('container', 'list', '--prefix', prefix,
                           '--marker', names[0], '--end-marker', names[2],
                           parse_json=True).json
        assert [c['Name'] for c in window] == names[1:2]
    finally:
        openstack('container', 'delete', *names, check=False)


def test_public_container_acl(openstack, unique_name):
    name = unique_name('ctr')
    openstack('container', 'create', '--public', name)
    try:
        shown = openstack('container', 'show', name, parse_json=True).json
        assert shown['read_acl'] == '.r:*,.rlistings'
    finally:
        openstack('container', 'delete', name, check=False)


def test_delete_non_empty_needs_recursive(openstack, container, tmp_path):
    data = tmp_path / 'f'
    data.write_bytes(b'x')
    openstack('object', 'create', container, str(data), '--name', 'a')
    refused = openstack('container', 'delete', container, check=False)
    assert refused.rc == 6
    assert '--recursive' in refused.stderr
    openstack('container', 'delete', '--recursive', container)
    assert openstack('container', 'show', container, check=False).rc == 5


def test_save_downloads_every_object(openstack, cli, container, tmp_path):
    src = tmp_path / 'src'
    src.mkdir()
    files = {'one.txt': b'first', 'dir/two.bin': bytes(range(256)) * 100}
    for name, content in files.items():
        path = src / name.replace('/', '_')
        path.write_bytes(content)
        openstack('object', 'create', container, str(path), '--name', name)
    out = tmp_path / 'out'
    out.mkdir()
    result = cli('container', 'save', container, cwd=out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b'' and result.stderr == b''
    for name, content in files.items():
        saved = (out / name).read_bytes()
        assert hashlib.md5(saved).digest() == hashlib.md5(content).digest()


def test_missing_container_is_not_found(openstack, unique_name):
    result = openstack('container', 'delete', unique_name('ctr'),
                       check=False)
    assert result.rc == 5
    assert len(result.stderr.strip().splitlines()) == 1
