"""Functional tests: image metadef object commands."""

OBJECT_KEYS = {'created_at', 'description', 'name', 'namespace_name',
               'properties', 'required', 'updated_at'}


def test_object_lifecycle(openstack, namespace):
    ns = namespace['namespace']
    made = openstack('image', 'metadef', 'object', 'create',
                     '--namespace', ns, 'obj1', parse_json=True).json
    assert set(made) == OBJECT_KEYS
    assert (made['name'], made['namespace_name']) == ('obj1', ns)
    openstack('image', 'metadef', 'object', 'create', '--namespace', ns,
              'obj2')
    listed = openstack('image', 'metadef', 'object', 'list', ns,
                       parse_json=True).json
    assert sorted(row['name'] for row in listed) == ['obj1', 'obj2']
    assert list(listed[0]) == ['name', 'description']
    openstack('image', 'metadef', 'object', 'update', ns, 'obj1',
              '--name', 'obj3')
    shown = openstack('image', 'metadef', 'object', 'show', ns, 'obj3',
                      parse_json=True).json
    assert shown['name'] == 'obj3'
    missing = openstack('image', 'metadef', 'object', 'property', 'show',
                        ns, 'obj3', 'nope', check=False)
    assert missing.rc == 5
    openstack('image', 'metadef', 'object', 'delete', ns, 'obj3')
    assert [row['name'] for row in openstack(
        'image', 'metadef', 'object', 'list', ns, parse_json=True).json
    ] == ['obj2']
    openstack('image', 'metadef', 'object', 'delete', ns)
    assert openstack('image', 'metadef', 'object', 'list', ns,
                     parse_json=True).json == []
