"""Functional tests: router NDP proxies against the devcloud's Neutron
(ndp_proxy service plugin; routers without an L3 agent).

The devcloud's shared ``public`` network has no IPv6 subnet, so each test
makes its own: an IPv6 address scope and subnet pool, an external VLAN
network on physnet1 (Neutron picks the VLAN) and an internal network, each
with an IPv6 subnet from the pool, a router between them with NDP proxy
enabled, and a port on the internal network. Everything is deleted when
the test ends, NDP proxies first, then the router's interfaces and gateway.
"""

import uuid

import pytest

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    one_line_error)
from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    admin_network, listed, show)

KIND = 'router ndp proxy'
SHOW_KEYS = {'created_at', 'description', 'id', 'ip_address', 'name',
             'port_id', 'project_id', 'revision_number', 'router_id',
             'updated_at'}
LIST_KEYS = {'ID', 'Name', 'Router ID', 'IP Address', 'Project'}


class Topology:
    """What an NDP proxy needs, made with the SDK as the admin."""

    def __init__(self, network, unique_name):
        self.net = network
        self.made = []
        self.router = None
        prefix = '2001:db8:%04x::/48' % (uuid.uuid4().int & 0xffff)
        self.scope = self._make('address_scope', name=unique_name('scope'),
                                ip_version=6)
        self.pool = self._make('subnet_pool', name=unique_name('pool'),
                               prefixes=[prefix], default_prefixlen=64,
                               address_scope_id=self.scope.id)
        self.external = self._make(
            'network', name=unique_name('ext'), is_router_external=True,
            provider_network_type='vlan',
            provider_physical_network='physnet1')
        self._make('subnet', network_id=self.external.id, ip_version=6,
                   subnetpool_id=self.pool.id, name=unique_name('extsub'))
        self.internal = self._make('network', name=unique_name('int'))
        self.subnet = self._make('subnet', network_id=self.internal.id,
                                 ip_version=6, subnetpool_id=self.pool.id,
                                 name=unique_name('intsub'))
        self.router = network.create_router(
            name=unique_name('router'),
            external_gateway_info={'network_id': self.external.id},
            enable_ndp_proxy=True)
        self.interfaces = []
        self.add_interface(self.subnet)
        self.port = self._make('port', network_id=self.internal.id,
                               name=unique_name('port'))

    def _make(self, kind, **attrs):
        resource = getattr(self.net, 'create_' + kind)(**attrs)
        self.made.append((kind, resource))
        return resource

    def add_interface(self, subnet):
        self.net.add_interface_to_router(self.router, subnet=subnet.id)
        self.interfaces.append(subnet)

    def port_address(self, port=None):
        return (port or self.port).fixed_ips[0]['ip_address']

    def delete(self):
        failed = []

        def attempt(what, call, *args, **kw):
            try:
                call(*args, **kw)
            except Exception as exc:  # go on: delete all that can go
                failed.append(f'{what}: {exc}')

        if self.router is not None:
            for proxy in list(self.net.ndp_proxies()):
                if proxy.router_id == self.router.id:
                    attempt('ndp proxy', self.net.delete_ndp_proxy, proxy)
        made = list(self.made)
        ports = [r for kind, r in made if kind == 'port']
        for port in ports:
            attempt('port', self.net.delete_port, port)
        if self.router is not None:
            for subnet in reversed(self.interfaces):
                attempt('interface', self.net.remove_interface_from_router,
                        self.router, subnet=subnet.id)
            attempt('router', self.net.delete_router, self.router)
        for kind, resource in reversed(made):
            if kind != 'port':
                attempt(kind, getattr(self.net, 'delete_' + kind), resource,
                        ignore_missing=True)
        assert not failed, failed


@pytest.fixture
def topology(admin_network, unique_name):
    topo = Topology(admin_network, unique_name)
    yield topo
    topo.delete()


def ndp(openstack, action, *args, **kw):
    return openstack('router', 'ndp', 'proxy', action, *args, **kw)


def test_ndp_proxy_lifecycle(openstack, topology, unique_name):
    router, port = topology.router, topology.port
    assert show(openstack, 'router', router.id)['enable_ndp_proxy'] is True
    name = unique_name('ndp')
    made = ndp(openstack, 'create', router.name, '--port', port.name,
               '--name', name, '--description', 'fn web',
               parse_json=True).json
    assert set(made) == SHOW_KEYS
    assert (made['router_id'], made['port_id'], made['name'],
            made['description']) == (router.id, port.id, name, 'fn web')
    # No --ip-address: Neutron picks the port's address on the router's
    # subnet.
    assert made['ip_address'] == topology.port_address()

    rows = listed(openstack, KIND, '--router', router.id)
    assert [r['ID'] for r in rows] == [made['id']]
    assert set(rows[0]) == LIST_KEYS
    assert rows[0]['IP Address'] == made['ip_address']
    for option, value in (('--name', name), ('--port', port.id),
                          ('--ip-address', made['ip_address']),
                          ('--project', made['project_id'])):
        ids = [r['ID'] for r in listed(openstack, KIND, option, value)]
        assert made['id'] in ids, option
    assert listed(openstack, KIND, '--name', name, '--ip-address',
                  '2001:db8::dead') == []

    ndp(openstack, 'set', name, '--name', name + '-2', '--description', '')
    shown = show(openstack, KIND, made['id'])
    assert (shown['name'], shown['description']) == (name + '-2', '')
    assert shown['revision_number'] > made['revision_number']

    again = ndp(openstack, 'create', router.id, '--port', port.id,
                check=False)
    assert 'duplicate' in one_line_error(again, 6)

    result = ndp(openstack, 'delete', made['id'], 'fn-no-such', check=False)
    assert result.rc == 5
    assert ("Failed to delete NDP proxy 'fn-no-such'" in result.stderr)
    assert '1 of 2 NDP proxies failed to delete: fn-no-such' in result.stderr
    missing = ndp(openstack, 'show', made['id'], check=False)
    assert one_line_error(missing, 5) == (
        f"openstack: No NDP proxy with a name or ID of '{made['id']}' "
        "exists.")


def test_ndp_proxy_with_ip_address(openstack, topology):
    net = topology.net
    port = net.create_port(network_id=topology.internal.id, fixed_ips=[
        {'subnet_id': topology.subnet.id}, {'subnet_id': topology.subnet.id}])
    topology.made.append(('port', port))
    second = port.fixed_ips[1]['ip_address']
    made = ndp(openstack, 'create', topology.router.id, '--port', port.id,
               '--ip-address', second, parse_json=True).json
    assert made['ip_address'] == second
    bad = ndp(openstack, 'create', topology.router.id, '--port', port.id,
              '--ip-address', '2001:db8::1', check=False)
    assert 'not belong to the port' in one_line_error(bad, 2)
    ndp(openstack, 'delete', made['id'])
    assert listed(openstack, KIND, '--port', port.id) == []


def test_neutron_rules(openstack, topology, unique_name):
    """Neutron's conditions, each refused with one line."""
    net = topology.net
    router = topology.router
    # An internal IPv6 subnet outside the external network's address scope.
    other = net.create_network(name=unique_name('net'))
    topology.made.append(('network', other))
    subnet = net.create_subnet(network_id=other.id, ip_version=6,
                               cidr='fd00:%04x::/64' % (
                                   uuid.uuid4().int & 0xffff),
                               name=unique_name('sub'))
    topology.made.append(('subnet', subnet))
    topology.add_interface(subnet)
    outside = net.create_port(network_id=other.id, name=unique_name('port'))
    topology.made.append(('port', outside))
    result = ndp(openstack, 'create', router.id, '--port', outside.id,
                 check=False)
    assert 'address scope' in one_line_error(result, 6)

    # A port on a network the router has no interface on.
    lone = net.create_network(name=unique_name('net'))
    topology.made.append(('network', lone))
    stray = net.create_port(network_id=lone.id, name=unique_name('port'))
    topology.made.append(('port', stray))
    result = ndp(openstack, 'create', router.id, '--port', stray.id,
                 check=False)
    assert 'cannot reach the router' in one_line_error(result, 6)

    # A router with NDP proxy disabled.
    openstack('router', 'set', router.id, '--disable-ndp-proxy')
    assert show(openstack, 'router', router.id)['enable_ndp_proxy'] is False
    result = ndp(openstack, 'create', router.id, '--port',
                 topology.port.id, check=False)
    assert 'enable_ndp_proxy' in one_line_error(result, 6)
    openstack('router', 'set', router.id, '--enable-ndp-proxy')
    assert show(openstack, 'router', router.id)['enable_ndp_proxy'] is True


def test_router_create_ndp_proxy_needs_gateway(openstack, unique_name):
    name = unique_name('router')
    result = openstack('router', 'create', name, '--enable-ndp-proxy',
                       check=False)
    if result.rc == 0:
        openstack('router', 'delete', name)
    assert '--external-gateway' in one_line_error(result, 2)


def test_unknown_names(openstack):
    result = ndp(openstack, 'create', 'fn-no-such-router', '--port', 'x',
                 check=False)
    assert one_line_error(result, 5) == (
        "openstack: No router with a name or ID of 'fn-no-such-router' "
        "exists.")
    result = ndp(openstack, 'set', 'fn-no-such', '--name', 'x', check=False)
    assert 'No NDP proxy' in one_line_error(result, 5)
