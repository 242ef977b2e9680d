"""Fixtures the network, subnet, port, router, floating IP and security
group functional tests share (import them by name).

``made`` makes through the CLI and deletes, newest first, whatever the
test's outcome; a router is emptied first (its interfaces removed), since
Neutron refuses to delete a router that still has some.
"""

import pytest

from tests.functional.network.v2.resource_fixtures import (  # noqa: F401
    check_delete_many, listed, show)


def _empty_router(openstack, router_id, cloud):
    result = openstack('router', 'show', router_id, parse_json=True,
                       check=False, cloud=cloud)
    if result.rc != 0:
        return
    for interface in result.json.get('interfaces_info') or ():
        openstack('router', 'remove', 'port', router_id,
                  interface['port_id'], check=False, cloud=cloud)


@pytest.fixture
def made(openstack):
    """made(kind, *args, cloud=...) -> JSON of ``<kind> create *args``,
    deleted (newest first) when the test ends."""
    resources = []

    def make(kind, *args, cloud='devcloud-admin'):
        resource = openstack(*kind.split(), 'create', *args,
                             parse_json=True, cloud=cloud).json
        resources.append((kind, resource['id'], cloud))
        return resource

    yield make
    for kind, resource_id, cloud in reversed(resources):
        if kind == 'router':
            _empty_router(openstack, resource_id, cloud)
        openstack(*kind.split(), 'delete', resource_id, check=False,
                  cloud=cloud)


@pytest.fixture
def net_and_subnet(made, unique_name):
    """net_and_subnet(cidr='10.66.0.0/24', cloud=...) -> (network, subnet)
    made through the CLI (and deleted after the test)."""
    def make(cidr='10.66.0.0/24', cloud='devcloud-admin'):
        net = made('network', unique_name('net'), cloud=cloud)
        sub = made('subnet', unique_name('sub'), '--network', net['id'],
                   '--subnet-range', cidr, cloud=cloud)
        return net, sub
    return make


def one_line_error(result, rc):
    """Assert a failed run: exit ``rc``, one line on stderr, no traceback."""
    assert result.rc == rc, (result.rc, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith('openstack: ')
    assert 'Traceback' not in result.stderr
    return lines[0]
