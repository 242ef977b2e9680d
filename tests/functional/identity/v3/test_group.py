"""Functional tests: group commands against the devcloud's Keystone."""

import pytest

from tests.functional.identity.v3.actor_fixtures import (  # noqa: F401
    assert_one_line_error, osc_json, two_domains)

# OSC 10.5.0's keys on the devcloud, in its order.
SHOW_KEYS = ['description', 'domain_id', 'id', 'name']
LONG_KEYS = ['ID', 'Name', 'Domain ID', 'Description']


@pytest.fixture
def group(openstack, unique_name):
    """A new group; deleted afterwards."""
    made = openstack('group', 'create', unique_name('group'),
                     '--description', 'fn test', parse_json=True).json
    yield made
    openstack('group', 'delete', made['id'], check=False)


@pytest.fixture
def users(openstack, unique_name):
    """Two new users; deleted afterwards."""
    made = [openstack('user', 'create', unique_name('user'),
                      parse_json=True).json for _ in range(2)]
    yield made
    openstack('user', 'delete', *[u['id'] for u in made], check=False)


def test_create_show_list(openstack, group, osc_json):
    assert list(group) == SHOW_KEYS
    assert group['domain_id'] == 'default'
    shown = openstack('group', 'show', group['name'], parse_json=True).json
    assert shown == group
    assert list(osc_json('group', 'show', group['id'])) == SHOW_KEYS
    listed = openstack('group', 'list', '--long', '--domain', 'default',
                       parse_json=True).json
    ours = [g for g in listed if g['ID'] == group['id']]
    assert ours == [{'ID': group['id'], 'Name': group['name'],
                     'Domain ID': 'default', 'Description': 'fn test'}]
    assert list(ours[0]) == LONG_KEYS
    short = openstack('group', 'list', parse_json=True).json
    assert {'ID': group['id'], 'Name': group['name']} in short


def test_create_or_show(openstack, group):
    again = openstack('group', 'create', group['name'], '--or-show',
                      parse_json=True).json
    assert again == group
    clash = openstack('group', 'create', group['name'], check=False)
    assert_one_line_error(clash, 6)


def test_set(openstack, group):
    openstack('group', 'set', group['name'], '--name', group['name'] + 'r',
              '--description', 'changed')
    shown = openstack('group', 'show', group['id'], parse_json=True).json
    assert shown['name'] == group['name'] + 'r'
    assert shown['description'] == 'changed'


def test_membership(openstack, group, users):
    first, second = users
    openstack('group', 'add', 'user', group['name'], first['name'],
              second['id'])
    yes = openstack('group', 'contains', 'user', group['name'],
                    first['name'])
    assert (yes.rc, yes.stdout, yes.stderr) == (
        0, f"{first['name']} in group {group['name']}\n", '')
    members = openstack('user', 'list', '--group', group['id'],
                        parse_json=True).json
    assert {u['ID'] for u in members} == {first['id'], second['id']}
    groups = openstack('group', 'list', '--user', second['name'],
                       parse_json=True).json
    assert groups == [{'ID': group['id'], 'Name': group['name']}]

    partly = openstack('group', 'remove', 'user', group['id'], first['id'],
                       'fn-no-such-user', check=False)
    assert partly.rc == 5
    assert "Failed to remove user 'fn-no-such-user'" in partly.stderr
    assert '1 of 2 users failed to remove' in partly.stderr
    no = openstack('group', 'contains', 'user', group['id'], first['id'])
    # As OSC: not a member is reported on stderr, with exit code 0.
    assert (no.rc, no.stdout, no.stderr) == (
        0, '', f"{first['id']} not in group {group['id']}\n")
    unknown = openstack('group', 'add', 'user', 'fn-no-such-group',
                        first['id'], check=False)
    assert_one_line_error(unknown, 5, 'fn-no-such-group')


def test_same_name_in_two_domains(openstack, two_domains, unique_name):
    name = unique_name('group')
    user_name = unique_name('user')
    groups = [openstack('group', 'create', name, '--domain', domain['name'],
                        parse_json=True).json for domain in two_domains]
    user_list = [openstack('user', 'create', user_name, '--domain',
                           domain['id'], parse_json=True).json
                 for domain in two_domains]
    clash = openstack('group', 'show', name, check=False)
    assert_one_line_error(clash, 1, 'More than one group', name)
    shown = openstack('group', 'show', name, '--domain',
                      two_domains[1]['id'], parse_json=True).json
    assert shown['id'] == groups[1]['id']
    unclear = openstack('group', 'add', 'user', name, user_name,
                        '--group-domain', two_domains[0]['id'], check=False)
    assert_one_line_error(unclear, 1, 'More than one user', user_name)
    openstack('group', 'add', 'user', name, user_name, '--group-domain',
              two_domains[0]['name'], '--user-domain', two_domains[1]['name'])
    member = openstack('group', 'contains', 'user', name, user_name,
                       '--group-domain', two_domains[0]['id'],
                       '--user-domain', two_domains[1]['id'])
    assert member.stdout == f'{user_name} in group {name}\n'
    listed = openstack('group', 'list', '--user', user_list[1]['id'],
                       parse_json=True).json
    assert listed == [{'ID': groups[0]['id'], 'Name': name}]
    openstack('group', 'set', name, '--domain', two_domains[1]['id'],
              '--description', 'second')
    in_domain = openstack('group', 'list', '--long', '--domain',
                          two_domains[1]['id'], parse_json=True).json
    assert in_domain == [{'ID': groups[1]['id'], 'Name': name,
                          'Domain ID': two_domains[1]['id'],
                          'Description': 'second'}]
    openstack('group', 'delete', name, '--domain', two_domains[0]['name'])
    left = openstack('group', 'show', name, parse_json=True).json
    assert left['id'] == groups[1]['id']


def test_delete_reports_each_failure(openstack, unique_name):
    made = openstack('group', 'create', unique_name('group'),
                     parse_json=True).json
    result = openstack('group', 'delete', made['id'], 'fn-no-such-group',
                       check=False)
    assert result.rc == 5
    assert "Failed to delete group 'fn-no-such-group'" in result.stderr
    assert '1 of 2 groups failed to delete' in result.stderr
    assert openstack('group', 'show', made['id'], check=False).rc == 5
