"""Fixtures the federation functional tests share (import them by name).

Identity providers are always made with ``--domain`` of a domain made here:
without it Keystone creates a domain of its own that outlives the identity
provider.
"""

import json

import pytest

#: Rules mapping a remote user to a local user of the same name.
RULES = [{'local': [{'user': {'name': '{0}'}}],
          'remote': [{'type': 'REMOTE_USER'}]}]


def write_rules(path, rules=RULES):
    """Write ``rules`` as JSON to ``path``; return it as a string."""
    path.write_text(json.dumps(rules))
    return str(path)


def delete_domain(openstack, domain_id):
    """Disable, then delete, a domain made by a test."""
    openstack('domain', 'set', domain_id, '--disable', check=False)
    openstack('domain', 'delete', domain_id, check=False)


@pytest.fixture
def fed_domain(openstack, unique_name):
    """A new domain for identity providers; deleted afterwards."""
    made = openstack('domain', 'create', unique_name('domain'),
                     parse_json=True).json
    yield made
    delete_domain(openstack, made['id'])


@pytest.fixture
def rules_file(tmp_path):
    """Path of a temporary JSON rules file holding ``RULES``."""
    return write_rules(tmp_path / 'rules.json')


@pytest.fixture
def make_mapping(openstack, unique_name, rules_file):
    """make_mapping() -> a new mapping (JSON of create); deleted after."""
    made = []

    def make():
        mapping = openstack('mapping', 'create', unique_name('mapping'),
                            '--rules', rules_file, parse_json=True).json
        made.append(mapping['id'])
        return mapping

    yield make
    for mapping_id in made:
        openstack('mapping', 'delete', mapping_id, check=False)


@pytest.fixture
def mapping(make_mapping):
    """A new mapping (JSON of create)."""
    return make_mapping()


@pytest.fixture
def idp(openstack, unique_name, fed_domain):
    """A new identity provider in ``fed_domain``; deleted afterwards."""
    made = openstack('identity', 'provider', 'create', unique_name('idp'),
                     '--domain', fed_domain['name'], '--remote-id',
                     unique_name('remote'), '--description', 'fn test',
                     parse_json=True).json
    yield made
    openstack('identity', 'provider', 'delete', made['id'], check=False)
