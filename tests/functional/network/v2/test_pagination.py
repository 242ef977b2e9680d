"""Functional tests: list commands follow Neutron's pages.

Neutron pages a list when the client sends ``limit`` (``--limit``), with a
``next`` link while a page is full. Twelve security groups with a tag of
the test's own (in a project of its own, whose security group quota is
raised past them) are listed five at a time: every group comes out once,
and
``--timing`` shows one request per page, each after a different marker
(openstacksdk may ask once more after the last page, and gets nothing),
with the tag filter kept on every page.
"""

import json
import urllib.parse

import pytest

from tests.functional.network.v2.core_fixtures import made  # noqa: F401

COUNT = 12


def split_timing(stdout):
    """(JSON output, [GET URLs]) of a ``-f json --timing`` run."""
    output, _, timing = stdout.partition('\n"URL","Seconds"\n')
    urls = []
    for line in timing.splitlines():
        label = line.rsplit(',', 1)[0].strip('"')
        if label.startswith('GET '):
            urls.append(label[4:])
    return json.loads(output), urls


def queries(urls, path):
    """The query of each request to ``path``, in order."""
    return [urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
            for url in urls if urllib.parse.urlsplit(url).path.endswith(path)]


@pytest.fixture
def project(openstack, unique_name):
    """A new project with room for COUNT more security groups; its groups
    (the default one too) and it are deleted after the test."""
    made = openstack('project', 'create', unique_name('proj'),
                     parse_json=True).json
    openstack('quota', 'set', '--secgroups', COUNT + 5, made['id'])
    yield made
    groups = openstack('security', 'group', 'list', '--project', made['id'],
                       parse_json=True).json
    for group in groups:
        openstack('security', 'group', 'delete', group['ID'], check=False)
    openstack('quota', 'delete', '--network', made['id'], check=False)
    openstack('project', 'delete', made['id'], check=False)


def test_security_group_list_follows_pages(openstack, project, made,
                                           unique_name):
    tag = unique_name('page')
    groups = {made('security group', unique_name('sg'), '--tag', tag,
                   '--project', project['id'])['id']
              for _ in range(COUNT)}

    result = openstack('security', 'group', 'list', '--tags', tag,
                       '--limit', '5', '--timing', '-f', 'json')
    rows, urls = split_timing(result.stdout)
    ids = [row['ID'] for row in rows]
    assert sorted(ids) == sorted(groups)          # each exactly once
    asked = queries(urls, '/security-groups')
    assert 3 <= len(asked) <= 4, urls             # 5 + 5 + 2 (+ empty)
    assert all(q['limit'] == ['5'] and q['tags'] == [tag] for q in asked)
    markers = [q.get('marker', [None])[0] for q in asked]
    assert markers[0] is None
    assert len(set(markers)) == len(markers), urls   # no page twice
    assert markers[1:3] == [ids[4], ids[9]]

    # --max-items caps the total over the pages; --marker starts after one.
    capped = openstack('security', 'group', 'list', '--tags', tag,
                       '--limit', '5', '--max-items', '7',
                       parse_json=True).json
    assert [row['ID'] for row in capped] == ids[:7]
    after = openstack('security', 'group', 'list', '--tags', tag,
                      '--limit', '4', '--marker', ids[5],
                      parse_json=True).json
    assert [row['ID'] for row in after] == ids[6:]

    # Without --limit, Neutron answers in one page (the devcloud sets no
    # pagination_max_limit).
    whole = openstack('security', 'group', 'list', '--tags', tag,
                      '--timing', '-f', 'json')
    rows, urls = split_timing(whole.stdout)
    assert sorted(row['ID'] for row in rows) == sorted(groups)
    assert len(queries(urls, '/security-groups')) == 1


def test_network_list_follows_pages(openstack, made, unique_name):
    tag = unique_name('page')
    nets = {made('network', unique_name('net'), '--tag', tag)['id']
            for _ in range(5)}
    result = openstack('network', 'list', '--tags', tag, '--limit', '2',
                       '--timing', '-f', 'json')
    rows, urls = split_timing(result.stdout)
    assert sorted(row['ID'] for row in rows) == sorted(nets)
    asked = queries(urls, '/networks')
    markers = [q.get('marker', [None])[0] for q in asked]
    assert 3 <= len(asked) <= 4 and len(set(markers)) == len(markers), urls


def test_collections_neutron_does_not_page(openstack):
    """RBAC policies and QoS rule types are asked for whole: Neutron
    ignores ``limit`` on the one and answers it with HTTP 500 on the
    other. ``--marker`` and ``--max-items`` still apply."""
    types = openstack('network', 'qos', 'rule', 'type', 'list',
                      parse_json=True).json
    paged = openstack('network', 'qos', 'rule', 'type', 'list', '--limit',
                      '1', parse_json=True).json
    assert paged == types and len(types) > 1
    after = openstack('network', 'qos', 'rule', 'type', 'list', '--marker',
                      types[0]['Type'], '--max-items', '1',
                      parse_json=True).json
    assert after == types[1:2]

    policies = openstack('network', 'rbac', 'list', parse_json=True).json
    result = openstack('network', 'rbac', 'list', '--limit', '1',
                       '--timing', '-f', 'json')
    rows, urls = split_timing(result.stdout)
    assert rows == policies
    assert queries(urls, '/rbac-policies') == [{}]
