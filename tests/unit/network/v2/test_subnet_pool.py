"""Unit tests: subnet pool create/delete/list/set/show/unset."""

import pytest
from openstack.network.v2 import address_scope as sdk_scope
from openstack.network.v2 import subnet_pool as sdk_pool

from openstackclient.network.v2 import subnet_pool
from tests.unit import fakes

SHOW_KEYS = ('address_scope_id', 'created_at', 'default_prefixlen',
             'default_quota', 'description', 'id', 'ip_version',
             'is_default', 'max_prefixlen', 'min_prefixlen', 'name',
             'prefixes', 'project_id', 'revision_number', 'shared', 'tags',
             'updated_at')


def make_pool(**kw):
    attrs = dict(id='sp1', name='pool', prefixes=['10.0.0.0/16'],
                 default_prefixlen=24, shared=False, is_default=False,
                 address_scope_id=None, tags=['a'])
    attrs.update(kw)
    return sdk_pool.SubnetPool(**attrs)


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_subnet_pool.return_value = make_pool()
    proxy.find_address_scope.return_value = sdk_scope.AddressScope(id='as1')
    return proxy


def test_create_with_everything(net):
    pool = make_pool(tags=[])
    net.create_subnet_pool.return_value = pool
    net.set_tags.return_value = make_pool(tags=['t1', 't2'])
    _, (labels, values) = fakes.run_command(
        subnet_pool.CreateSubnetPool,
        ['pool', '--pool-prefix', '10.0.0.0/16', '--pool-prefix',
         '10.1.0.0/16', '--default-prefix-length', '24',
         '--min-prefix-length', '20', '--max-prefix-length', '28',
         '--address-scope', 'scope', '--share', '--default',
         '--description', 'd', '--default-quota', '100',
         '--tag', 't2', '--tag', 't1'], network=net)
    net.create_subnet_pool.assert_called_once_with(
        name='pool', prefixes=['10.0.0.0/16', '10.1.0.0/16'],
        default_prefix_length=24, minimum_prefix_length=20,
        maximum_prefix_length=28, description='d', default_quota=100,
        is_default=True, shared=True, address_scope_id='as1')
    net.set_tags.assert_called_once_with(pool, ['t1', 't2'])
    assert labels == SHOW_KEYS
    shown = dict(zip(labels, values))
    assert shown['tags'].machine_readable() == ['t1', 't2']
    assert shown['prefixes'].human_readable() == '10.0.0.0/16'


def test_create_needs_a_prefix(net):
    with pytest.raises(SystemExit):
        fakes.run_command(subnet_pool.CreateSubnetPool, ['pool'],
                          network=net)


def test_list_long_and_filters(net):
    net.subnet_pools.return_value = [make_pool()]
    _, (labels, rows) = fakes.run_command(
        subnet_pool.ListSubnetPool,
        ['--long', '--share', '--no-default', '--name', 'pool',
         '--address-scope', 'scope', '--tags', 'a,b', '--not-any-tags', 'c'],
        network=net)
    net.subnet_pools.assert_called_once_with(
        is_shared=True, is_default=False, name='pool',
        address_scope_id='as1', tags='a,b', not_any_tags='c')
    assert labels == ('ID', 'Name', 'Prefixes', 'Default Prefix Length',
                      'Address Scope', 'Default Subnet Pool', 'Shared',
                      'Tags')
    assert rows[0][0] == 'sp1'
    assert rows[0][3] == 24


def test_list_short(net):
    net.subnet_pools.return_value = [make_pool()]
    _, (labels, rows) = fakes.run_command(subnet_pool.ListSubnetPool, [],
                                          network=net)
    assert labels == ('ID', 'Name', 'Prefixes')


def test_set_adds_prefixes_and_clears_scope(net):
    updated = make_pool(prefixes=['10.0.0.0/16', '10.2.0.0/16'])
    net.update_subnet_pool.return_value = updated
    fakes.run_command(
        subnet_pool.SetSubnetPool,
        ['pool', '--pool-prefix', '10.2.0.0/16', '--no-address-scope',
         '--name', 'new', '--no-default'], network=net)
    net.update_subnet_pool.assert_called_once_with(
        net.find_subnet_pool.return_value, is_default=False, name='new',
        prefixes=['10.0.0.0/16', '10.2.0.0/16'], address_scope_id=None)
    net.set_tags.assert_not_called()


def test_set_tags_only(net):
    fakes.run_command(subnet_pool.SetSubnetPool,
                      ['pool', '--no-tag', '--tag', 'b'], network=net)
    net.update_subnet_pool.assert_not_called()
    net.set_tags.assert_called_once_with(
        net.find_subnet_pool.return_value, ['b'])


def test_unset_tag(net):
    fakes.run_command(subnet_pool.UnsetSubnetPool, ['pool', '--tag', 'a'],
                      network=net)
    net.set_tags.assert_called_once_with(
        net.find_subnet_pool.return_value, [])


def test_show(net):
    _, (labels, _) = fakes.run_command(subnet_pool.ShowSubnetPool, ['pool'],
                                       network=net)
    assert labels == SHOW_KEYS


def test_add_network(net):
    from openstack.network.v2 import network as sdk_network
    net.find_network.return_value = sdk_network.Network(id='n1')
    result = fakes.run_command(subnet_pool.AddNetworkSubnetPool,
                               ['netname', 'pool'], network=net)
    net.find_subnet_pool.assert_called_once_with('pool',
                                                 ignore_missing=False)
    net.find_network.assert_called_once_with('netname', ignore_missing=False)
    net.onboard_network_subnets.assert_called_once_with(
        net.find_subnet_pool.return_value, net.find_network.return_value)
    assert result[1] is None


def test_add_network_needs_both(net):
    with pytest.raises(SystemExit):
        fakes.run_command(subnet_pool.AddNetworkSubnetPool, ['netname'],
                          network=net)
    net.onboard_network_subnets.assert_not_called()


def test_onboard_subnet_is_deprecated_alias(net, caplog):
    import logging

    from openstackclient.network.v2 import subnet_onboard
    from openstack.network.v2 import network as sdk_network
    net.find_network.return_value = sdk_network.Network(id='n1')
    with caplog.at_level(logging.WARNING):
        fakes.run_command(subnet_onboard.NetworkOnboardSubnets,
                          ['netname', 'pool'], network=net)
    net.onboard_network_subnets.assert_called_once_with(
        net.find_subnet_pool.return_value, net.find_network.return_value)
    assert any('deprecated' in r.getMessage() for r in caplog.records
               if r.levelno == logging.WARNING)
