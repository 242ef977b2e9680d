"""Unit tests: network commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import qos_policy as sdk_qos

from openstackclient.cli import errors
from openstackclient.network.v2 import network
from tests.unit import fakes

NET = sdk_network.Network(id='n1', name='net', subnet_ids=['s1'],
                          is_admin_state_up=True, is_router_external=False,
                          is_shared=False, tags=['a'], status='ACTIVE',
                          project_id='p1', provider_network_type='vxlan',
                          availability_zones=['nova'])


@pytest.fixture
def proxy():
    p = fakes.sdk_proxy('network.v2')
    p.set_tags.side_effect = lambda res, tags: res
    p.find_network.return_value = NET
    p.create_network.return_value = NET
    p.networks.return_value = iter([NET])
    p.find_qos_policy.return_value = sdk_qos.QoSPolicy(id='q1')
    return p


def run(cls, argv, proxy):
    return fakes.run_command(cls, argv, network=proxy)


def test_create_defaults(proxy):
    _, (labels, values) = run(network.CreateNetwork, ['net'], proxy)
    proxy.create_network.assert_called_once_with(name='net',
                                                 is_admin_state_up=True)
    proxy.set_tags.assert_not_called()
    shown = dict(zip(labels, values))
    assert labels == tuple(sorted(labels))
    assert shown['subnets'].human_readable() == 's1'
    assert shown['router:external'].human_readable() == 'Internal'
    assert shown['admin_state_up'].human_readable() == 'UP'
    assert 'tenant_id' not in shown and 'location' not in shown


def test_create_all_options(proxy):
    run(network.CreateNetwork,
        ['net', '--disable', '--share', '--description', 'd', '--mtu', '1400',
         '--disable-port-security', '--external', '--default',
         '--provider-network-type', 'vlan',
         '--provider-physical-network', 'physnet1', '--provider-segment',
         '101', '--transparent-vlan', '--dns-domain', 'x.test.',
         '--availability-zone-hint', 'az1', '--qos-policy', 'gold',
         '--tag', 'b', '--tag', 'a'], proxy)
    proxy.find_qos_policy.assert_called_once_with('gold',
                                                  ignore_missing=False)
    proxy.create_network.assert_called_once_with(
        name='net', is_admin_state_up=False, is_shared=True, description='d',
        mtu=1400, is_port_security_enabled=False, is_router_external=True,
        is_default=True, provider_network_type='vlan',
        provider_physical_network='physnet1', provider_segmentation_id='101',
        is_vlan_transparent=True, dns_domain='x.test.',
        qos_policy_id='q1', availability_zone_hints=['az1'])
    proxy.set_tags.assert_called_once_with(NET, ['a', 'b'])


def test_create_exclusive_options(proxy):
    for argv in (['net', '--share', '--no-share'],
                 ['net', '--tag', 'a', '--no-tag'],
                 ['net', '--external', '--internal']):
        with pytest.raises(SystemExit):
            run(network.CreateNetwork, argv, proxy)


def test_create_with_project():
    identity = fakes.sdk_proxy('identity.v3')
    identity.find_project.return_value = sdk_network.Network(id='p9')
    proxy = fakes.sdk_proxy('network.v2')
    proxy.create_network.return_value = NET
    fakes.run_command(network.CreateNetwork, ['net', '--project', 'demo'],
                      network=proxy, identity=identity)
    identity.find_project.assert_called_once_with('demo',
                                                  ignore_missing=False)
    assert proxy.create_network.call_args.kwargs['project_id'] == 'p9'


def test_list_short_and_filters(proxy):
    _, (labels, rows) = run(
        network.ListNetwork,
        ['--external', '--name', 'net', '--enable', '--share', '--status',
         'ACTIVE', '--provider-network-type', 'vxlan', '--tags', 'a,b',
         '--not-any-tags', 'c'], proxy)
    assert labels == ('ID', 'Name', 'Subnets')
    proxy.networks.assert_called_once_with(
        is_router_external=True, name='net', is_admin_state_up=True,
        is_shared=True, status='ACTIVE', provider_network_type='vxlan',
        tags='a,b', not_any_tags='c')
    assert rows[0][:2] == ('n1', 'net')


def test_list_long(proxy):
    _, (labels, rows) = run(network.ListNetwork, ['--long'], proxy)
    assert labels == ('ID', 'Name', 'Status', 'Project', 'State', 'Shared',
                      'Subnets', 'Network Type', 'Router Type',
                      'Availability Zones', 'Tags')
    row = dict(zip(labels, rows[0]))
    assert row['State'].human_readable() == 'UP'
    assert row['Router Type'].human_readable() == 'Internal'
    assert row['Network Type'] == 'vxlan'


def test_list_internal_status_choices(proxy):
    with pytest.raises(SystemExit):
        run(network.ListNetwork, ['--status', 'weird'], proxy)


def test_set(proxy):
    run(network.SetNetwork,
        ['net', '--name', 'new', '--enable', '--no-share', '--internal',
         '--no-qos-policy', '--tag', 'z'], proxy)
    proxy.update_network.assert_called_once_with(
        NET, name='new', is_admin_state_up=True, is_shared=False,
        is_router_external=False, qos_policy_id=None)
    proxy.set_tags.assert_called_once_with(NET, ['a', 'z'])


def test_set_nothing_calls_nothing(proxy):
    run(network.SetNetwork, ['net'], proxy)
    proxy.update_network.assert_not_called()
    proxy.set_tags.assert_not_called()


def test_unset_tags(proxy):
    run(network.UnsetNetwork, ['net', '--all-tag'], proxy)
    proxy.set_tags.assert_called_once_with(NET, [])


def test_show_not_found(proxy):
    proxy.find_network.side_effect = sdk_exc.ResourceNotFound('x')
    with pytest.raises(errors.NotFoundError) as info:
        run(network.ShowNetwork, ['nope'], proxy)
    assert "No network with a name or ID of 'nope'" in str(info.value)


def test_delete_many(proxy):
    run(network.DeleteNetwork, ['a', 'b'], proxy)
    assert proxy.delete_network.call_count == 2
    proxy.delete_network.assert_called_with(NET, ignore_missing=False)
