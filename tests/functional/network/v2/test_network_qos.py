"""Functional tests: QoS policies, rules and rule types against the
devcloud's Neutron (QoS plugin with the openvswitch driver)."""

import pytest

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

POLICY_KEYS = {'description', 'id', 'is_default', 'name', 'project_id',
               'rules', 'shared', 'tags'}
POLICY_LIST_KEYS = {'ID', 'Name', 'Shared', 'Default', 'Project'}
RULE_LIST_KEYS = {'ID', 'QoS Policy ID', 'Type', 'Max Kbps',
                  'Max Burst Kbits', 'Min Kbps', 'Min Kpps', 'DSCP mark',
                  'Direction'}


@pytest.fixture
def policy(made, unique_name):
    return made('network qos policy', unique_name('qos'), '--description',
                'fn qos')


def test_policy_create_list_set_show_delete(openstack, policy, unique_name):
    assert POLICY_KEYS <= set(policy)
    assert policy['rules'] == [] and policy['shared'] is False
    rows = [r for r in listed(openstack, 'network qos policy')
            if r['ID'] == policy['id']]
    assert len(rows) == 1 and set(rows[0]) == POLICY_LIST_KEYS
    new = unique_name('qos')
    openstack('network', 'qos', 'policy', 'set', policy['name'], '--name',
              new, '--share', '--description', 'changed')
    shown = show(openstack, 'network qos policy', new)
    assert (shown['shared'], shown['description']) == (True, 'changed')
    assert policy['id'] in [r['ID'] for r in listed(
        openstack, 'network qos policy', '--share')]
    assert policy['id'] not in [r['ID'] for r in listed(
        openstack, 'network qos policy', '--no-share')]
    check_delete_many(openstack, 'network qos policy', policy['id'],
                      'QoS policies', label='QoS policy')


def test_rules_of_every_type(openstack, policy):
    pid = policy['id']

    def create(*args):
        return openstack('network', 'qos', 'rule', 'create', pid, *args,
                         parse_json=True).json

    limit = create('--type', 'bandwidth-limit', '--max-kbps', '2000',
                   '--max-burst-kbits', '200', '--ingress')
    assert limit == {'direction': 'ingress', 'id': limit['id'],
                     'max_burst_kbps': 200, 'max_kbps': 2000,
                     'qos_policy_id': pid, 'type': 'bandwidth_limit'}
    dscp = create('--type', 'dscp-marking', '--dscp-mark', '10')
    assert dscp['dscp_mark'] == 10 and dscp['type'] == 'dscp_marking'
    minimum = create('--type', 'minimum-bandwidth', '--min-kbps', '500',
                     '--egress')
    assert minimum['min_kbps'] == 500
    packets = create('--type', 'minimum-packet-rate', '--min-kpps', '5',
                     '--any')
    assert packets['direction'] == 'any'

    rows = listed(openstack, 'network qos rule', pid)
    assert set(rows[0]) == RULE_LIST_KEYS
    assert sorted(r['Type'] for r in rows) == [
        'bandwidth_limit', 'dscp_marking', 'minimum_bandwidth',
        'minimum_packet_rate']

    openstack('network', 'qos', 'rule', 'set', pid, limit['id'],
              '--max-kbps', '3000', '--egress')
    shown = show(openstack, 'network qos rule', pid, limit['id'])
    assert (shown['max_kbps'], shown['direction']) == (3000, 'egress')
    assert show(openstack, 'network qos policy', pid)['rules']

    openstack('network', 'qos', 'rule', 'delete', pid, dscp['id'])
    missing = openstack('network', 'qos', 'rule', 'show', pid, dscp['id'],
                        check=False)
    assert missing.rc == 5
    assert len(missing.stderr.strip().splitlines()) == 1


def test_rule_options_checked_against_the_type(openstack, policy):
    wrong = openstack('network', 'qos', 'rule', 'create', policy['id'],
                      '--type', 'dscp-marking', '--max-kbps', '1',
                      check=False)
    assert wrong.rc == 2
    assert wrong.stderr.strip() == (
        'openstack: A dscp-marking rule does not take --max-kbps')
    missing = openstack('network', 'qos', 'rule', 'create', policy['id'],
                        '--type', 'bandwidth-limit', check=False)
    assert missing.rc == 2
    assert 'needs --max-kbps' in missing.stderr
    assert listed(openstack, 'network qos rule', policy['id']) == []


def test_neutron_refusal_is_one_line(openstack, policy):
    bad = openstack('network', 'qos', 'rule', 'create', policy['id'],
                    '--type', 'dscp-marking', '--dscp-mark', '7',
                    check=False)
    assert bad.rc != 0
    assert len(bad.stderr.strip().splitlines()) == 1
    assert 'Traceback' not in bad.stderr


def test_rule_types(openstack):
    types = listed(openstack, 'network qos rule type')
    assert types and set(types[0]) == {'Type'}
    names = {row['Type'] for row in types}
    assert 'bandwidth_limit' in names
    assert {row['Type'] for row in listed(
        openstack, 'network qos rule type', '--all-rules')} >= names
    shown = show(openstack, 'network qos rule type', 'bandwidth_limit')
    assert set(shown) == {'drivers', 'type'}
    assert shown['type'] == 'bandwidth_limit'
    assert shown['drivers'][0]['name'] == 'openvswitch'
    missing = openstack('network', 'qos', 'rule', 'type', 'show',
                        'fn-no-such-type', check=False)
    assert missing.rc == 5
