"""Unit tests: role assignment list parses, filters and formats right."""

import types

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import group as sdk_group
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import role as sdk_role
from openstack.identity.v3 import role_assignment as sdk_ra
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import role_assignment
from tests.unit import fakes

LABELS = ('Role', 'User', 'Group', 'Project', 'Domain', 'System',
          'Inherited')
DEFAULT = {'id': 'default', 'name': 'Default'}

USER_ON_PROJECT = sdk_ra.RoleAssignment(
    role={'id': 'r1', 'name': 'member'},
    user={'id': 'u1', 'name': 'alice', 'domain': DEFAULT},
    scope={'project': {'id': 'p1', 'name': 'prj', 'domain': DEFAULT}})
GROUP_ON_DOMAIN_INHERITED = sdk_ra.RoleAssignment(
    role={'id': 'r2', 'name': 'own', 'domain': DEFAULT},
    group={'id': 'g1', 'name': 'ops', 'domain': DEFAULT},
    scope={'domain': DEFAULT, 'OS-INHERIT:inherited_to': 'projects'})
USER_ON_SYSTEM = sdk_ra.RoleAssignment(
    role={'id': 'r1', 'name': 'member'},
    user={'id': 'u1', 'name': 'alice', 'domain': DEFAULT},
    scope={'system': {'all': True}})


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_role.return_value = sdk_role.Role(id='r1', name='member')
    proxy.find_domain.return_value = sdk_domain.Domain(id='d1', name='dom')
    proxy.find_user.return_value = sdk_user.User(id='u1', name='alice')
    proxy.find_group.return_value = sdk_group.Group(id='g1', name='ops')
    proxy.find_project.return_value = sdk_project.Project(id='p1',
                                                          name='prj')
    proxy.role_assignments.return_value = [
        USER_ON_PROJECT, GROUP_ON_DOMAIN_INHERITED, USER_ON_SYSTEM]
    return proxy


def run(argv, identity, auth_ref=None):
    return fakes.run_command(role_assignment.ListRoleAssignment, argv,
                             identity=identity, auth_ref=auth_ref)


def test_list_all_by_id(identity):
    _, (labels, rows) = run([], identity)
    identity.role_assignments.assert_called_once_with()
    assert labels == LABELS
    assert rows == [
        ('r1', 'u1', '', 'p1', '', '', False),
        ('r2', '', 'g1', '', 'default', '', True),
        ('r1', 'u1', '', '', '', 'all', False),
    ]


def test_list_names_as_name_at_domain(identity):
    _, (labels, rows) = run(['--names'], identity)
    identity.role_assignments.assert_called_once_with(include_names=True)
    assert labels == LABELS
    assert rows == [
        ('member', 'alice@Default', '', 'prj@Default', '', '', False),
        ('own@Default', '', 'ops@Default', '', 'Default', '', True),
        ('member', 'alice@Default', '', '', '', 'all', False),
    ]


def test_list_every_filter(identity):
    run(['--effective', '--role', 'member', '--role-domain', 'dom',
         '--user', 'alice', '--user-domain', 'dom',
         '--project', 'prj', '--project-domain', 'dom', '--inherited'],
        identity)
    identity.find_role.assert_called_once_with(
        'member', ignore_missing=False, domain_id='d1')
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    identity.find_project.assert_called_once_with(
        'prj', ignore_missing=False, domain_id='d1')
    identity.role_assignments.assert_called_once_with(
        role_id='r1', user_id='u1', scope_project_id='p1', effective=True,
        inherited_to='projects')


def test_list_group_on_domain(identity):
    run(['--group', 'ops', '--group-domain', 'dom', '--domain', 'dom'],
        identity)
    identity.find_group.assert_called_once_with(
        'ops', ignore_missing=False, domain_id='d1')
    identity.role_assignments.assert_called_once_with(
        group_id='g1', scope_domain_id='d1')


def test_list_system(identity):
    run(['--system', 'all'], identity)
    identity.role_assignments.assert_called_once_with(scope_system='all')


def test_list_auth_user_and_project_from_token(identity):
    token = types.SimpleNamespace(user_id='me', project_id='mine')
    run(['--auth-user', '--auth-project'], identity, auth_ref=token)
    identity.find_user.assert_not_called()
    identity.role_assignments.assert_called_once_with(
        user_id='me', scope_project_id='mine')


def test_list_user_wins_over_auth_user(identity):
    token = types.SimpleNamespace(user_id='me', project_id='mine')
    run(['--user', 'alice', '--auth-user'], identity, auth_ref=token)
    identity.role_assignments.assert_called_once_with(user_id='u1')


def test_list_auth_project_without_project_token_fails(identity):
    token = types.SimpleNamespace(user_id='me', project_id=None)
    with pytest.raises(errors.CommandError, match='--auth-project'):
        run(['--auth-project'], identity, auth_ref=token)
    identity.role_assignments.assert_not_called()


def test_list_forbidden_lookup_filters_by_given_name(identity):
    identity.find_project.side_effect = sdk_exc.ForbiddenException('no')
    run(['--project', 'prj'], identity)
    identity.role_assignments.assert_called_once_with(
        scope_project_id='prj')


def test_list_unknown_role_is_not_found(identity):
    identity.find_role.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(['--role', 'nope'], identity)


@pytest.mark.parametrize('argv, message', [
    (['--user', 'a', '--group', 'g'], 'not allowed with'),
    (['--project', 'p', '--domain', 'd'], 'not allowed with'),
    (['--project', 'p', '--system', 'all'], 'not allowed with'),
    (['--domain', 'd', '--system', 'all'], 'not allowed with'),
    (['--system', 'some'], 'invalid choice'),
])
def test_list_exclusive_options(identity, capsys, argv, message):
    with pytest.raises(SystemExit):
        run(argv, identity)
    assert message in capsys.readouterr().err
    identity.role_assignments.assert_not_called()
