"""Functional tests: network meters and meter rules against the devcloud's
Neutron (metering plugin)."""

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, made, show)

METER_KEYS = {'description', 'id', 'name', 'project_id', 'shared'}
RULE_KEYS = {'destination_ip_prefix', 'direction', 'excluded', 'id',
             'metering_label_id', 'project_id', 'remote_ip_prefix',
             'source_ip_prefix'}
RULE_LIST_KEYS = {'ID', 'Excluded', 'Direction', 'Remote IP Prefix',
                  'Source IP Prefix', 'Destination IP Prefix'}


def test_meter_and_rules(openstack, made, unique_name):
    name = unique_name('meter')
    meter = made('network meter', name, '--description', 'fn meter',
                 '--share')
    assert METER_KEYS <= set(meter)
    assert (meter['shared'], meter['description']) == (True, 'fn meter')
    rows = [r for r in listed(openstack, 'network meter')
            if r['ID'] == meter['id']]
    assert rows == [{'ID': meter['id'], 'Name': name,
                     'Description': 'fn meter', 'Shared': True}]
    assert show(openstack, 'network meter', name)['id'] == meter['id']

    default = made('network meter rule', name, '--remote-ip-prefix',
                   '10.0.0.0/8')
    assert RULE_KEYS <= set(default)
    assert (default['direction'], default['excluded'],
            default['metering_label_id']) == ('ingress', False, meter['id'])
    egress = made('network meter rule', meter['id'], '--egress',
                  '--exclude', '--source-ip-prefix', '10.1.0.0/16',
                  '--destination-ip-prefix', '10.2.0.0/16')
    assert (egress['direction'], egress['excluded'],
            egress['source_ip_prefix']) == ('egress', True, '10.1.0.0/16')
    mine = {r['ID']: r for r in listed(openstack, 'network meter rule')
            if r['ID'] in (default['id'], egress['id'])}
    assert set(mine) == {default['id'], egress['id']}
    assert set(mine[egress['id']]) == RULE_LIST_KEYS
    assert mine[egress['id']]['Destination IP Prefix'] == '10.2.0.0/16'
    shown = show(openstack, 'network meter rule', egress['id'])
    assert shown == egress

    check_delete_many(openstack, 'network meter rule', default['id'],
                      'network meter rules')
    check_delete_many(openstack, 'network meter', meter['id'],
                      'network meters')


def test_rule_for_missing_meter(openstack):
    result = openstack('network', 'meter', 'rule', 'create',
                       'fn-no-such-meter', '--remote-ip-prefix',
                       '10.0.0.0/8', check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        "openstack: No network meter with a name or ID of "
        "'fn-no-such-meter' exists.")


def test_bad_prefix_fails_cleanly(openstack, made, unique_name):
    meter = made('network meter', unique_name('meter'))
    result = openstack('network', 'meter', 'rule', 'create', meter['id'],
                       '--remote-ip-prefix', 'not-a-cidr', check=False)
    assert result.rc == 1
    assert len(result.stderr.strip().splitlines()) == 1
