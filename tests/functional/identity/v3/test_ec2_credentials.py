"""Functional tests: EC2 credentials commands against the devcloud."""

from tests.functional.identity.v3.delegation_fixtures import (  # noqa: F401
    as_user, error_line, realm)

# OSC 10.5.0's keys (checked on the devcloud).
SHOW_KEYS = {'access', 'links', 'project_id', 'secret', 'trust_id',
             'user_id'}
LIST_KEYS = {'Access', 'Secret', 'Project ID', 'User ID'}


def test_member_own_credentials(as_user, realm):
    env = realm.member_env
    made = as_user(env, 'ec2', 'credentials', 'create',
                   parse_json=True).json
    try:
        assert set(made) == SHOW_KEYS
        assert made['user_id'] == realm.member['id']
        assert made['project_id'] == realm.project['id']
        shown = as_user(env, 'ec2', 'credentials', 'show', made['access'],
                        parse_json=True).json
        assert shown == made
        listed = as_user(env, 'ec2', 'credentials', 'list',
                         parse_json=True).json
        assert listed == [{'Access': made['access'],
                           'Secret': made['secret'],
                           'Project ID': realm.project['id'],
                           'User ID': realm.member['id']}]
        assert set(listed[0]) == LIST_KEYS
    finally:
        as_user(env, 'ec2', 'credentials', 'delete', made['access'])
    assert as_user(env, 'ec2', 'credentials', 'list',
                   parse_json=True).json == []


def test_admin_for_another_user(openstack, realm):
    made = openstack('ec2', 'credentials', 'create', '--user',
                     realm.member['name'], '--user-domain',
                     realm.domain['name'], '--project',
                     realm.project['name'], '--project-domain',
                     realm.domain['id'], parse_json=True).json
    user = ('--user', realm.member['id'])
    try:
        assert made['user_id'] == realm.member['id']
        assert made['project_id'] == realm.project['id']
        shown = openstack('ec2', 'credentials', 'show', made['access'],
                          *user, parse_json=True).json
        assert shown['secret'] == made['secret']
        listed = openstack('ec2', 'credentials', 'list', *user,
                           parse_json=True).json
        assert [c['Access'] for c in listed] == [made['access']]
        own = openstack('ec2', 'credentials', 'list', parse_json=True).json
        assert made['access'] not in {c['Access'] for c in own}
    finally:
        openstack('ec2', 'credentials', 'delete', made['access'], *user)
    gone = openstack('ec2', 'credentials', 'show', made['access'], *user,
                     check=False)
    assert 'EC2 credentials' in error_line(gone, 5)


def test_delete_reports_each_failure(as_user, realm):
    env = realm.member_env
    made = as_user(env, 'ec2', 'credentials', 'create',
                   parse_json=True).json
    result = as_user(env, 'ec2', 'credentials', 'delete', made['access'],
                     'fn-no-such-key', check=False)
    assert result.rc == 5
    assert "Failed to delete EC2 credentials 'fn-no-such-key'" in \
        result.stderr
    assert as_user(env, 'ec2', 'credentials', 'list',
                   parse_json=True).json == []


def test_secret_never_in_debug(openstack, realm):
    # As admin, whose devcloud password ("secret") is a key word too.
    result = openstack('--debug', 'ec2', 'credentials', 'create', '--user',
                       realm.member['id'], '--project', realm.project['id'],
                       '-f', 'value', '-c', 'access', '-c', 'secret')
    access, secret = result.stdout.split()
    openstack('ec2', 'credentials', 'delete', access, '--user',
              realm.member['id'])
    assert 'OS-EC2' in result.stderr  # the debug log
    assert secret not in result.stderr
