"""Functional tests: metadef resource types and their associations."""

ASSOCIATION_KEYS = {'created_at', 'id', 'name', 'prefix',
                    'properties_target', 'updated_at'}


def test_associate_list_and_remove(openstack, namespace):
    ns = namespace['namespace']
    made = openstack('image', 'metadef', 'resource', 'type', 'association',
                     'create', ns, 'OS::Glance::Image',
                     '--properties-target', 'image', parse_json=True).json
    assert set(made) == ASSOCIATION_KEYS
    assert (made['name'], made['properties_target']) == (
        'OS::Glance::Image', 'image')
    types = openstack('image', 'metadef', 'resource', 'type', 'list',
                      parse_json=True).json
    assert {'Name': 'OS::Glance::Image'} in types
    listed = openstack('image', 'metadef', 'resource', 'type',
                       'association', 'list', ns, parse_json=True).json
    assert listed == [{'Name': 'OS::Glance::Image'}]
    openstack('image', 'metadef', 'namespace', 'set', ns, '--protected')
    blocked = openstack('image', 'metadef', 'resource', 'type',
                        'association', 'delete', ns, 'OS::Glance::Image',
                        check=False)
    assert blocked.rc == 4
    openstack('image', 'metadef', 'resource', 'type', 'association',
              'delete', ns, 'OS::Glance::Image', '--force')
    shown = openstack('image', 'metadef', 'namespace', 'show', ns,
                      parse_json=True).json
    assert shown['protected'] is True
    assert 'resource_type_associations' not in shown
