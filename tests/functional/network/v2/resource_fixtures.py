"""Fixtures the address scope, subnet pool, RBAC, QoS, trunk and address
group functional tests share (import them by name).

Everything is made through the CLI with unique names and deleted, newest
first, when the test ends, whatever its outcome.
"""

import pytest


def show(openstack, kind, *args, **kw):
    """JSON of ``<kind> show *args``."""
    return openstack(*kind.split(), 'show', *args, parse_json=True,
                     **kw).json


def listed(openstack, kind, *args, **kw):
    """Rows of ``<kind> list *args -f json``."""
    return openstack(*kind.split(), 'list', *args, parse_json=True,
                     **kw).json


def check_delete_many(openstack, kind, resource_id, plural, label=None):
    """``<kind> delete <resource_id> <unknown>``: deletes the one, names
    the other on stderr, exits 5."""
    label = label or kind
    result = openstack(*kind.split(), 'delete', resource_id, 'fn-no-such',
                       check=False)
    assert result.rc == 5, result.stderr
    assert f"Failed to delete {label} 'fn-no-such'" in result.stderr
    assert f'1 of 2 {plural} failed to delete: fn-no-such' in result.stderr
    assert len(result.stderr.strip().splitlines()) == 2
    assert openstack(*kind.split(), 'show', resource_id, check=False).rc == 5


@pytest.fixture
def made(openstack):
    """made(kind, *args, cloud=...) -> JSON of ``<kind> create *args``,
    deleted (newest first) when the test ends. ``kind`` may be several
    words."""
    resources = []

    def make(kind, *args, cloud='devcloud-admin'):
        resource = openstack(*kind.split(), 'create', *args,
                             parse_json=True, cloud=cloud).json
        resources.append((kind, resource['id'], cloud))
        return resource

    yield make
    for kind, resource_id, cloud in reversed(resources):
        if kind == 'network trunk':
            # Neutron refuses to delete a disabled trunk.
            openstack('network', 'trunk', 'set', resource_id, '--enable',
                      check=False, cloud=cloud)
        openstack(*kind.split(), 'delete', resource_id, check=False,
                  cloud=cloud)


@pytest.fixture
def admin_network(devcloud):
    """openstacksdk's network proxy as the devcloud admin: makes what a
    test needs but does not test (networks, ports) without depending on
    the CLI's own network commands."""
    import openstack.config
    from openstack import connection

    region = openstack.config.OpenStackConfig(
        config_files=[devcloud.clouds_yaml]).get_one('devcloud-admin')
    return connection.Connection(config=region).network


@pytest.fixture
def sdk_made(admin_network):
    """sdk_made(kind, **attrs) -> ``admin_network.create_<kind>(**attrs)``,
    deleted (newest first) when the test ends. Request it (or
    ``make_port``) before ``made``, so what the CLI made on top of these
    goes first."""
    resources = []

    def make(kind, **attrs):
        resource = getattr(admin_network, 'create_' + kind)(**attrs)
        resources.append((kind, resource))
        return resource

    yield make
    failed = []
    for kind, resource in reversed(resources):
        try:
            getattr(admin_network, 'delete_' + kind)(resource,
                                                     ignore_missing=True)
        except Exception as exc:  # go on: delete all that can go
            failed.append(f'{kind} {resource.id}: {exc}')
    assert not failed, failed


@pytest.fixture
def make_port(sdk_made, unique_name):
    """make_port() -> a new port on a new network of its own."""
    def make():
        net = sdk_made('network', name=unique_name('net'))
        return sdk_made('port', network_id=net.id, name=unique_name('port'))
    return make
