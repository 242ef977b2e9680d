"""Fixtures the catalog, policy and limit functional tests share (import
them by name), and the JSON keys OSC 10.5.0 prints on the devcloud.

Everything is made through the CLI with unique names and deleted, newest
first, when the test ends, whatever its outcome. The devcloud's own
services, endpoints and RegionOne are never touched; endpoint filters are
only set on projects made here (a filter on a shared project would shrink
its token catalog for every other test).
"""

import pytest

#: ``<command> show -f json`` keys, as OSC 10.5.0 prints them.
SHOW_KEYS = {
    'region': {'region', 'description', 'parent_region'},
    'service': {'id', 'name', 'type', 'enabled', 'description'},
    'endpoint': {'enabled', 'id', 'interface', 'region', 'region_id',
                 'service_id', 'url', 'service_name', 'service_type'},
    'endpoint group': {'description', 'filters', 'id', 'name'},
    'policy': {'id', 'rules', 'type'},
    'registered limit': {'default_limit', 'description', 'id', 'region_id',
                         'resource_name', 'service_id'},
    'limit': {'description', 'id', 'project_id', 'region_id',
              'resource_limit', 'resource_name', 'service_id'},
}

#: Keys of each row of ``<command> list -f json`` (without --long).
LIST_KEYS = {
    'region': {'Region', 'Parent Region', 'Description'},
    'service': {'ID', 'Name', 'Type'},
    'endpoint': {'ID', 'Region', 'Service Name', 'Service Type', 'Enabled',
                 'Interface', 'URL'},
    'endpoint group': {'ID', 'Name', 'Description'},
    'policy': {'ID', 'Type'},
    'registered limit': {'ID', 'Service ID', 'Resource Name',
                         'Default Limit', 'Description', 'Region ID'},
    'limit': {'ID', 'Project ID', 'Service ID', 'Resource Name',
              'Resource Limit', 'Description', 'Region ID'},
}


def show(openstack, kind, *args):
    """JSON of ``<kind> show *args``."""
    return openstack(*kind.split(), 'show', *args, parse_json=True).json


def listed(openstack, kind, *args):
    """Rows of ``<kind> list *args -f json``."""
    return openstack(*kind.split(), 'list', *args, parse_json=True).json


def check_delete_many(openstack, kind, resource_id, plural):
    """``<kind> delete <resource_id> <unknown>``: deletes the one, names
    the other on stderr, exits 5."""
    result = openstack(*kind.split(), 'delete', resource_id, 'fn-no-such',
                       check=False)
    assert result.rc == 5
    assert f"Failed to delete {kind} 'fn-no-such'" in result.stderr
    assert f'1 of 2 {plural} failed to delete: fn-no-such' in result.stderr
    assert openstack(*kind.split(), 'show', resource_id, check=False).rc == 5


@pytest.fixture
def made(openstack):
    """made(kind, *args) -> JSON of ``<kind> create *args``, deleted (newest
    first) when the test ends. ``kind`` may be two words."""
    resources = []

    def make(kind, *args):
        resource = openstack(*kind.split(), 'create', *args,
                             parse_json=True).json
        resources.append((kind, resource.get('id') or resource['region']))
        return resource

    yield make
    for kind, resource_id in reversed(resources):
        openstack(*kind.split(), 'delete', resource_id, check=False)


@pytest.fixture
def service(made, unique_name):
    """A new enabled service with a unique type and name."""
    return made('service', unique_name('type'), '--name',
                unique_name('service'), '--description', 'fn test')


@pytest.fixture
def region(made, unique_name):
    """A new top-level region."""
    return made('region', unique_name('region'), '--description', 'fn test')


@pytest.fixture
def project(made, unique_name):
    """A new project of the default domain, for endpoint filters."""
    return made('project', unique_name('project'))


@pytest.fixture
def json_file(tmp_path):
    """json_file(text) -> path of a new file holding ``text``."""
    count = []

    def write(text):
        count.append(1)
        path = tmp_path / f'data-{len(count)}.json'
        path.write_text(text)
        return str(path)
    return write
