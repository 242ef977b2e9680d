"""Functional tests: local IPs and their port associations against the
devcloud's Neutron (local_ip plugin)."""

import pytest

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, check_delete_many, listed, made, sdk_made, show)

LIST_KEYS = {'ID', 'Name', 'Description', 'Project', 'Local Port ID',
             'Network', 'Local IP address', 'IP mode'}
ASSOCIATION_KEYS = {'fixed_ip', 'fixed_port_id', 'host', 'local_ip_address',
                    'local_ip_id'}


@pytest.fixture
def subnet_net(sdk_made, unique_name):
    net = sdk_made('network', name=unique_name('net'))
    sdk_made('subnet', network_id=net.id, ip_version=4,
             cidr='10.78.0.0/24', name=unique_name('subnet'))
    return net


def test_local_ip_lifecycle(openstack, subnet_net, sdk_made, made,
                            unique_name):
    name = unique_name('lip')
    local_ip = made('local ip', '--name', name, '--network', subnet_net.name,
                    '--description', 'fn local ip')
    assert {'description', 'id', 'ip_mode', 'local_ip_address',
            'local_port_id', 'name', 'network_id',
            'project_id'} <= set(local_ip)
    assert local_ip['network_id'] == subnet_net.id
    assert local_ip['local_ip_address'].startswith('10.78.0.')
    rows = listed(openstack, 'local ip', '--network', subnet_net.id)
    assert [r['ID'] for r in rows] == [local_ip['id']]
    assert set(rows[0]) == LIST_KEYS
    assert listed(openstack, 'local ip', '--name', name,
                  '--ip-mode', local_ip['ip_mode'])[0]['ID'] == local_ip['id']
    openstack('local', 'ip', 'set', name, '--name', name + '-2',
              '--description', 'changed')
    assert show(openstack, 'local ip', name + '-2')['description'] == (
        'changed')

    port = sdk_made('port', network_id=subnet_net.id,
                    name=unique_name('port'))
    association = openstack('local', 'ip', 'association', 'create',
                            local_ip['id'], port.name,
                            parse_json=True).json
    assert set(association) == ASSOCIATION_KEYS
    assert (association['local_ip_id'], association['fixed_port_id'],
            association['fixed_ip']) == (
        local_ip['id'], port.id, port.fixed_ips[0]['ip_address'])
    rows = listed(openstack, 'local ip association', local_ip['id'])
    assert rows == [{'Local IP ID': local_ip['id'],
                     'Local IP Address': local_ip['local_ip_address'],
                     'Fixed port ID': port.id,
                     'Fixed IP': port.fixed_ips[0]['ip_address'],
                     'Host': association['host']}]
    assert listed(openstack, 'local ip association', local_ip['id'],
                  '--fixed-ip', '10.99.99.99') == []
    result = openstack('local', 'ip', 'association', 'delete',
                       local_ip['id'], port.id, 'fn-no-such-port',
                       check=False)
    assert result.rc == 5
    assert ('1 of 2 local IP associations failed to delete: '
            'fn-no-such-port') in result.stderr
    assert listed(openstack, 'local ip association', local_ip['id']) == []
    check_delete_many(openstack, 'local ip', local_ip['id'], 'local IPs',
                      label='local IP')


def test_missing_local_ip(openstack):
    result = openstack('local', 'ip', 'association', 'list',
                       'fn-no-such-lip', check=False)
    assert result.rc == 5
    assert result.stderr.strip() == (
        "openstack: No local IP with a name or ID of 'fn-no-such-lip' "
        "exists.")
