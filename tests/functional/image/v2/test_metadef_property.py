"""Functional tests: image metadef property commands."""

import json


def test_property_lifecycle(openstack, namespace):
    ns = namespace['namespace']
    made = openstack(
        'image', 'metadef', 'property', 'create', '--name', 'p1',
        '--title', 'P1', '--type', 'string', '--schema',
        json.dumps({'description': 'fn', 'default': 'a'}), ns,
        parse_json=True).json
    assert made == {'default': 'a', 'description': 'fn', 'name': 'p1',
                    'title': 'P1', 'type': 'string'}
    openstack('image', 'metadef', 'property', 'create', '--name', 'p2',
              '--title', 'P2', '--type', 'integer', '--schema', '{}', ns)
    listed = openstack('image', 'metadef', 'property', 'list', ns,
                       parse_json=True).json
    assert sorted(listed, key=lambda row: row['name']) == [
        {'name': 'p1', 'title': 'P1', 'type': 'string'},
        {'name': 'p2', 'title': 'P2', 'type': 'integer'}]
    openstack('image', 'metadef', 'property', 'set', '--title', 'New',
              '--schema', '{"default": "b"}', ns, 'p1')
    shown = openstack('image', 'metadef', 'property', 'show', ns, 'p1',
                      parse_json=True).json
    assert (shown['title'], shown['default'], shown['description']) == (
        'New', 'b', 'fn')
    bad = openstack('image', 'metadef', 'property', 'create', '--name', 'p3',
                    '--title', 'P3', '--type', 'string', '--schema', '{x',
                    ns, check=False)
    assert bad.rc == 2
    openstack('image', 'metadef', 'property', 'delete', ns, 'p1')
    missing = openstack('image', 'metadef', 'property', 'show', ns, 'p1',
                        check=False)
    assert missing.rc == 5
    openstack('image', 'metadef', 'property', 'delete', ns)
    assert openstack('image', 'metadef', 'property', 'list', ns,
                     parse_json=True).json == []

