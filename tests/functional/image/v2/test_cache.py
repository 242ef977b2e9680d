"""Functional tests: the devcloud Glance's image cache (/v2/cache API)."""


def cached_ids(openstack, state):
    rows = openstack('cached', 'image', 'list', parse_json=True).json
    return {row['ID'] for row in rows if row['State'] == state}


def test_queue_list_delete_clear(openstack, make_image):
    image = make_image()
    openstack('cached', 'image', 'queue', image['id'])
    rows = openstack('cached', 'image', 'list', parse_json=True).json
    assert rows and list(rows[0]) == [
        'ID', 'State', 'Last Accessed (UTC)', 'Last Modified (UTC)',
        'Size', 'Hits']
    # The devcloud's Glance caches a queued image at once.
    assert image['id'] in cached_ids(openstack, 'cached') | cached_ids(
        openstack, 'queued')
    openstack('cached', 'image', 'delete', image['name'])
    assert image['id'] not in cached_ids(openstack, 'cached')
    openstack('cached', 'image', 'queue', image['id'])
    openstack('cached', 'image', 'clear', '--queue')
    openstack('cached', 'image', 'clear', '--cache')
    assert image['id'] not in cached_ids(openstack, 'cached')
    missing = openstack('cached', 'image', 'queue', 'fn-no-such-image',
                        check=False)
    assert missing.rc == 5
