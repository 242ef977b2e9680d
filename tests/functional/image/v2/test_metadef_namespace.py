"""Functional tests: image metadef namespace commands."""

NAMESPACE_KEYS = {'created_at', 'display_name', 'description', 'namespace',
                  'owner', 'protected', 'tags', 'updated_at', 'visibility'}


def test_create_show_list_set_unset_delete(openstack, unique_name):
    name = unique_name('ns')
    made = openstack('image', 'metadef', 'namespace', 'create', name,
                     '--display-name', 'FN', '--description', 'fn test',
                     '--private', '--protected', parse_json=True).json
    try:
        assert set(made) == NAMESPACE_KEYS
        assert (made['protected'], made['visibility']) == (True, 'private')
        shown = openstack('image', 'metadef', 'namespace', 'show', name,
                          parse_json=True).json
        assert shown == made
        listed = openstack('image', 'metadef', 'namespace', 'list',
                           '--visibility', 'private', parse_json=True).json
        assert {'namespace': name} in listed
        blocked = openstack('image', 'metadef', 'namespace', 'delete', name,
                            check=False)
        assert blocked.rc == 4
        openstack('image', 'metadef', 'namespace', 'set', name,
                  '--unprotected', '--public', '--description', 'changed',
                  '--tag', 'a', '--tag', 'b')
        shown = openstack('image', 'metadef', 'namespace', 'show', name,
                          parse_json=True).json
        assert (shown['protected'], shown['visibility'],
                shown['description']) == (False, 'public', 'changed')
        assert sorted(t['name'] for t in shown['tags']) == ['a', 'b']
        openstack('image', 'metadef', 'namespace', 'unset', name,
                  '--tag', 'a')
        shown = openstack('image', 'metadef', 'namespace', 'show', name,
                          parse_json=True).json
        assert [t['name'] for t in shown['tags']] == ['b']
        openstack('image', 'metadef', 'namespace', 'unset', name,
                  '--all-tags')
        missing = openstack('image', 'metadef', 'namespace', 'unset', name,
                            '--tag', 'b', check=False)
        assert missing.rc == 5
    finally:
        openstack('image', 'metadef', 'namespace', 'set', name,
                  '--unprotected', check=False)
        result = openstack('image', 'metadef', 'namespace', 'delete', name,
                           'fn-no-such-ns', check=False)
    assert result.rc == 5
    assert '1 of 2 metadef namespaces failed to delete' in result.stderr
    gone = openstack('image', 'metadef', 'namespace', 'show', name,
                     check=False)
    assert gone.rc == 5
