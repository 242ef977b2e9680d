"""Functional tests: image list, show, set, unset, delete on the devcloud."""

#: The keys OSC 10.5.0 shows for an active image.
SHOW_KEYS = {
    'checksum', 'container_format', 'created_at', 'disk_format', 'file',
    'id', 'min_disk', 'min_ram', 'name', 'owner', 'properties', 'protected',
    'schema', 'size', 'status', 'tags', 'updated_at', 'virtual_size',
    'visibility',
}

LONG_KEYS = ['ID', 'Name', 'Disk Format', 'Container Format', 'Size',
             'Checksum', 'Status', 'Visibility', 'Protected', 'Project',
             'Hash Algorithm', 'Hash Value', 'Tags']


def test_show_and_list(openstack, make_image):
    image = make_image('--property', 'fn_prop=yes', '--tag', 'fn-tag')
    assert set(image) == SHOW_KEYS
    assert image['properties']['fn_prop'] == 'yes'
    assert image['properties']['os_hash_algo'] == 'sha512'
    shown = openstack('image', 'show', image['name'], parse_json=True).json
    assert shown == image
    human = openstack('image', 'show', image['id'], '--human-readable',
                      parse_json=True).json
    assert human['size'] == '3K'
    listed = openstack('image', 'list', '--name', image['name'],
                       parse_json=True).json
    assert listed == [{'ID': image['id'], 'Name': image['name'],
                       'Status': 'active'}]
    long = openstack('image', 'list', '--long', '--tag', 'fn-tag',
                     '--property', 'fn_prop=yes', parse_json=True).json
    assert [list(row) for row in long] == [LONG_KEYS]
    assert long[0]['Tags'] == ['fn-tag']
    assert long[0]['Checksum'] == image['checksum']


def test_list_pages_and_sort(openstack, make_image):
    first = make_image(data=False)
    second = make_image(data=False)
    names = sorted([first['name'], second['name']])
    every = openstack('image', 'list', '--limit', '1', '--sort', 'name:desc',
                      parse_json=True).json
    assert len(every) == 1
    listed = [row['Name'] for row in openstack(
        'image', 'list', '--status', 'queued', '--sort', 'name:desc',
        parse_json=True).json]
    assert [n for n in listed if n in names] == names[::-1]


def test_set_and_unset(openstack, make_image):
    image = make_image(data=False)
    openstack('image', 'set', image['id'], '--name', image['name'] + '-x',
              '--property', 'a=1', '--tag', 't1', '--os-distro', 'fn',
              '--min-ram', '64', '--protected', '--public', '--hidden')
    shown = openstack('image', 'show', image['id'], parse_json=True).json
    assert shown['name'] == image['name'] + '-x'
    assert shown['min_ram'] == 64
    assert shown['protected'] is True
    assert shown['visibility'] == 'public'
    assert shown['tags'] == ['t1']
    assert shown['properties']['a'] == '1'
    assert shown['properties']['os_distro'] == 'fn'
    assert shown['properties']['os_hidden'] is True
    gone = openstack('image', 'delete', image['id'], check=False)
    assert gone.rc == 4
    openstack('image', 'unset', image['id'], '--property', 'a',
              '--property', 'os_distro', '--tag', 't1')
    openstack('image', 'set', image['id'], '--unprotected', '--unhidden',
              '--private')
    shown = openstack('image', 'show', image['id'], parse_json=True).json
    assert 'a' not in shown['properties']
    assert 'os_distro' not in shown['properties']
    assert shown['tags'] == []
    assert shown['protected'] is False
    missing = openstack('image', 'unset', image['id'], '--tag', 'nope',
                        check=False)
    assert missing.rc == 1
    assert "no tag 'nope'" in missing.stderr


def test_deactivate_and_activate(openstack, make_image, tmp_path):
    image = make_image('--public')
    openstack('image', 'set', image['id'], '--deactivate')
    status = openstack('image', 'show', image['id'], parse_json=True).json
    assert status['status'] == 'deactivated'
    # Only admins may download a deactivated image.
    save = openstack('image', 'save', image['id'], '--file',
                     tmp_path / 'out', cloud='devcloud-demo', check=False)
    assert save.rc == 4
    assert not (tmp_path / 'out').exists()
    openstack('image', 'set', image['id'], '--activate')
    status = openstack('image', 'show', image['id'], parse_json=True).json
    assert status['status'] == 'active'


def test_delete_reports_each_failure(openstack, make_image):
    image = make_image(data=False)
    result = openstack('image', 'delete', image['id'], 'fn-no-such-image',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete image 'fn-no-such-image'" in result.stderr
    assert '1 of 2 images failed to delete' in result.stderr
    assert openstack('image', 'show', image['id'], check=False).rc == 5


def test_list_follows_pages_without_asking_twice(openstack, make_image,
                                                 unique_name):
    """Glance pages by 25: 27 images take two requests, each for a page
    not asked for before, and every image comes back exactly once."""
    tag = unique_name('pages')
    made = {make_image('--tag', tag, data=False)['id'] for _ in range(27)}
    result = openstack('image', 'list', '--tag', tag, '--timing', '-f',
                       'csv')
    rows = result.stdout.splitlines()
    split = rows.index('"URL","Seconds"')
    listed = [line.split(',')[0].strip('"') for line in rows[1:split]
              if line]
    assert sorted(listed) == sorted(made)
    requests = [line.split('",')[0].strip('"') for line in rows[split + 1:]
                if line.startswith('"GET ')]
    assert len(requests) == 2, requests
    assert len(set(requests)) == 2
    assert all('/v2/images' in url for url in requests)
    assert 'marker=' in requests[1]
