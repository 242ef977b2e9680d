"""Unit tests: network list commands follow Neutron's pages (``--limit``,
``--marker``, ``--max-items``), on a real SDK proxy with Neutron's paged
answers mocked: every page is asked for once, no page twice, and every
item is listed exactly once."""

import pytest

from openstackclient.network.v2 import network as network_cmd
from openstackclient.network.v2 import security_group
from tests.unit import fakes
from tests.unit.network.v2.conftest import NEUTRON

GROUPS = [{'id': f'sg{n:02d}', 'name': f'g{n}', 'description': '',
           'project_id': 'p', 'tags': []} for n in range(11)]


class PagedNeutron:
    """Answers ``GET <collection>`` as Neutron does with ``limit``: a page
    after ``marker``, with a ``next`` link while the page is full."""

    def __init__(self, key, items, path):
        self.key, self.items, self.path = key, items, path
        self.asked = []   # (marker, limit) of each request

    def __call__(self, request, context):
        marker = request.qs.get('marker', [None])[0]
        limit = request.qs.get('limit', [None])[0]
        self.asked.append((marker, limit))
        start = 0
        if marker is not None:
            start = [i['id'] for i in self.items].index(marker) + 1
        if limit is None:
            return {self.key: self.items[start:]}
        page = self.items[start:start + int(limit)]
        body = {self.key: page}
        if len(page) == int(limit):
            body[self.key + '_links'] = [{
                'rel': 'next',
                'href': f'{NEUTRON}{self.path}?limit={limit}'
                        f'&marker={page[-1]["id"]}'}]
        return body


def run(cls, argv, network):
    return fakes.run_command(cls, argv, network=network)


@pytest.mark.parametrize('limit', [1, 2, 3, 4, 11, 20])
def test_every_page_once(http_network, requests_mock, limit):
    neutron = PagedNeutron('security_groups', GROUPS, '/security-groups')
    requests_mock.get(NEUTRON + '/security-groups', json=neutron)
    _, (_, rows) = run(security_group.ListSecurityGroup,
                       ['--limit', str(limit)], http_network)
    assert [row[0] for row in rows] == [g['id'] for g in GROUPS]
    markers = [marker for marker, _ in neutron.asked]
    assert len(markers) == len(set(markers)), neutron.asked
    assert all(asked_limit == str(limit) for _, asked_limit in neutron.asked)
    pages = -(-len(GROUPS) // limit)
    # After the last page the SDK may ask once more (from the last item),
    # and gets nothing: never a page it had.
    assert pages <= len(neutron.asked) <= pages + 1
    expected = [None] + [GROUPS[n * limit - 1]['id']
                         for n in range(1, pages)]
    assert markers[:pages] == expected


def test_without_limit_one_request(http_network, requests_mock):
    neutron = PagedNeutron('security_groups', GROUPS, '/security-groups')
    requests_mock.get(NEUTRON + '/security-groups', json=neutron)
    _, (_, rows) = run(security_group.ListSecurityGroup, [], http_network)
    assert len(rows) == len(GROUPS)
    assert neutron.asked == [(None, None)]


def test_marker_and_max_items(http_network, requests_mock):
    nets = [{'id': f'n{n:02d}', 'name': f'net{n}', 'subnets': []}
            for n in range(9)]
    neutron = PagedNeutron('networks', nets, '/networks')
    requests_mock.get(NEUTRON + '/networks', json=neutron)
    _, (_, rows) = run(network_cmd.ListNetwork,
                       ['--marker', 'n01', '--limit', '2', '--max-items',
                        '5'], http_network)
    assert [row[0] for row in rows] == ['n02', 'n03', 'n04', 'n05', 'n06']
    assert neutron.asked == [('n01', '2'), ('n03', '2'), ('n05', '2')]


def test_max_items_alone_is_the_page_size(http_network, requests_mock):
    nets = [{'id': f'n{n:02d}', 'name': f'net{n}', 'subnets': []}
            for n in range(9)]
    neutron = PagedNeutron('networks', nets, '/networks')
    requests_mock.get(NEUTRON + '/networks', json=neutron)
    _, (_, rows) = run(network_cmd.ListNetwork, ['--max-items', '3'],
                       http_network)
    assert [row[0] for row in rows] == ['n00', 'n01', 'n02']
    # openstacksdk checks the cap when the next page comes: one request
    # past it, none twice.
    assert neutron.asked == [(None, '3'), ('n02', '3')]


def test_negative_limit_is_usage_error(http_network):
    with pytest.raises(SystemExit):
        run(security_group.ListSecurityGroup, ['--limit', '-1'],
            http_network)


def test_rbac_is_not_paged_by_neutron(http_network, requests_mock):
    from openstackclient.network.v2 import network_rbac
    policies = [{'id': f'r{n}', 'object_type': 'network',
                 'object_id': 'n', 'action': 'access_as_shared',
                 'target_tenant': '*'} for n in range(4)]
    # Neutron ignores limit and marker on RBAC policies.
    requests_mock.get(NEUTRON + '/rbac-policies',
                      json={'rbac_policies': policies})
    _, (_, rows) = run(network_rbac.ListNetworkRBAC,
                       ['--limit', '1', '--marker', 'r0', '--max-items',
                        '2'], http_network)
    assert [row[0] for row in rows] == ['r1', 'r2']
    assert [r.qs for r in requests_mock.request_history] == [{}]
    _, (_, rows) = run(network_rbac.ListNetworkRBAC, ['--limit', '1'],
                       http_network)
    assert [row[0] for row in rows] == ['r0', 'r1', 'r2', 'r3']
    _, (_, rows) = run(network_rbac.ListNetworkRBAC,
                       ['--marker', 'gone'], http_network)
    assert rows == []


def test_qos_rule_types_are_not_paged(http_network, requests_mock):
    from openstackclient.network.v2 import network_qos_rule_type
    requests_mock.get(NEUTRON + '/qos/rule-types', json={'rule_types': [
        {'type': 'bandwidth_limit'}, {'type': 'dscp_marking'},
        {'type': 'minimum_bandwidth'}]})
    _, (_, rows) = run(network_qos_rule_type.ListNetworkQosRuleType,
                       ['--limit', '1', '--marker', 'bandwidth_limit'],
                       http_network)
    assert [row[0] for row in rows] == ['dscp_marking', 'minimum_bandwidth']
    assert requests_mock.last_request.qs == {}
