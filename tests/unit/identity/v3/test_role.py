"""Unit tests: identity v3 role commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import group as sdk_group
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import role as sdk_role
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import role
from tests.unit import fakes
from tests.unit.identity.v3 import rest_fakes

ROLE = sdk_role.Role(id='r1', name='reader', domain_id=None,
                     description='read', options={})
DOMAIN = sdk_domain.Domain(id='d1', name='dom')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_role.return_value = ROLE
    proxy.find_domain.return_value = DOMAIN
    proxy.find_user.return_value = sdk_user.User(id='u1', name='alice')
    proxy.find_group.return_value = sdk_group.Group(id='g1', name='ops')
    proxy.find_project.return_value = sdk_project.Project(id='p1',
                                                          name='prj')
    proxy.put.return_value = rest_fakes.response(204)
    proxy.delete.return_value = rest_fakes.response(204)
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


# -- create ------------------------------------------------------------------

def test_create_defaults(identity):
    identity.create_role.return_value = ROLE
    _, (labels, values) = run(role.CreateRole, ['reader'], identity)
    identity.create_role.assert_called_once_with(name='reader')
    assert labels == ('id', 'name', 'domain_id', 'description')
    assert values == ('r1', 'reader', None, 'read')


def test_create_domain_specific_immutable(identity):
    identity.create_role.return_value = ROLE
    run(role.CreateRole,
        ['reader', '--domain', 'dom', '--description', 'x', '--immutable'],
        identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    identity.create_role.assert_called_once_with(
        name='reader', description='x', domain_id='d1',
        options={'immutable': True})


def test_create_mutable(identity):
    identity.create_role.return_value = ROLE
    run(role.CreateRole, ['reader', '--no-immutable'], identity)
    identity.create_role.assert_called_once_with(
        name='reader', options={'immutable': False})


def test_create_immutable_flags_exclusive(identity):
    with pytest.raises(SystemExit):
        run(role.CreateRole, ['r', '--immutable', '--no-immutable'],
            identity)
    identity.create_role.assert_not_called()


def test_create_or_show_returns_existing(identity):
    identity.create_role.side_effect = sdk_exc.ConflictException('dup')
    _, (_, values) = run(role.CreateRole,
                         ['reader', '--or-show', '--domain', 'dom'],
                         identity)
    identity.find_role.assert_called_once_with(
        'reader', ignore_missing=False, domain_id='d1')
    assert values[0] == 'r1'


def test_create_conflict_without_or_show_fails(identity):
    identity.create_role.side_effect = sdk_exc.ConflictException('dup')
    with pytest.raises(sdk_exc.ConflictException):
        run(role.CreateRole, ['reader'], identity)


# -- delete ------------------------------------------------------------------

def test_delete_many(identity):
    run(role.DeleteRole, ['a', 'b'], identity)
    assert identity.find_role.call_count == 2
    identity.find_role.assert_called_with('b', ignore_missing=False)
    identity.delete_role.assert_called_with('r1', ignore_missing=False)
    assert identity.delete_role.call_count == 2


def test_delete_in_domain_looks_domain_up_once(identity):
    run(role.DeleteRole, ['a', 'b', '--domain', 'dom'], identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    identity.find_role.assert_called_with('b', ignore_missing=False,
                                          domain_id='d1')


def test_delete_unknown_is_not_found(identity):
    identity.find_role.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(role.DeleteRole, ['nope'], identity)
    identity.delete_role.assert_not_called()


# -- list --------------------------------------------------------------------

def test_list(identity):
    identity.roles.return_value = [ROLE]
    _, (labels, rows) = run(role.ListRole, [], identity)
    identity.roles.assert_called_once_with()
    assert labels == ('ID', 'Name')
    assert rows == [('r1', 'reader')]


def test_list_domain_adds_its_name(identity):
    identity.roles.return_value = [ROLE]
    _, (labels, rows) = run(role.ListRole, ['--domain', 'dom'], identity)
    identity.roles.assert_called_once_with(domain_id='d1')
    assert labels == ('ID', 'Name', 'Domain')
    assert rows == [('r1', 'reader', 'dom')]


# -- set / show --------------------------------------------------------------

def test_set_only_given_fields(identity):
    run(role.SetRole, ['reader', '--name', 'n', '--description', ''],
        identity)
    identity.find_role.assert_called_once_with('reader',
                                               ignore_missing=False)
    identity.update_role.assert_called_once_with('r1', name='n',
                                                 description='')


def test_set_immutable_in_domain(identity):
    run(role.SetRole, ['reader', '--domain', 'dom', '--immutable'],
        identity)
    identity.find_role.assert_called_once_with(
        'reader', ignore_missing=False, domain_id='d1')
    identity.update_role.assert_called_once_with(
        'r1', options={'immutable': True})


def test_set_nothing_makes_no_request(identity):
    run(role.SetRole, ['reader'], identity)
    identity.update_role.assert_not_called()


def test_show_in_domain(identity):
    _, (labels, values) = run(role.ShowRole, ['reader', '--domain', 'dom'],
                              identity)
    identity.find_role.assert_called_once_with(
        'reader', ignore_missing=False, domain_id='d1')
    assert dict(zip(labels, values)) == {
        'id': 'r1', 'name': 'reader', 'domain_id': None,
        'description': 'read'}


def test_show_unknown_is_not_found(identity):
    identity.find_role.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError):
        run(role.ShowRole, ['nope'], identity)


# -- add / remove ------------------------------------------------------------

@pytest.mark.parametrize('argv, path', [
    (['--user', 'alice', '--project', 'prj'],
     '/projects/p1/users/u1/roles/r1'),
    (['--group', 'ops', '--project', 'prj'],
     '/projects/p1/groups/g1/roles/r1'),
    (['--user', 'alice', '--domain', 'dom'],
     '/domains/d1/users/u1/roles/r1'),
    (['--group', 'ops', '--domain', 'dom'],
     '/domains/d1/groups/g1/roles/r1'),
    (['--user', 'alice', '--system', 'all'],
     '/system/users/u1/roles/r1'),
    (['--group', 'ops', '--system', 'all'],
     '/system/groups/g1/roles/r1'),
    (['--user', 'alice', '--project', 'prj', '--inherited'],
     '/OS-INHERIT/projects/p1/users/u1/roles/r1/inherited_to_projects'),
    (['--group', 'ops', '--domain', 'dom', '--inherited'],
     '/OS-INHERIT/domains/d1/groups/g1/roles/r1/inherited_to_projects'),
    # As OSC: --inherited is ignored (with a warning) on the system.
    (['--user', 'alice', '--system', 'all', '--inherited'],
     '/system/users/u1/roles/r1'),
])
@pytest.mark.parametrize('cls, method', [
    (role.AddRole, 'put'), (role.RemoveRole, 'delete')])
def test_grant_paths(identity, cls, method, argv, path):
    run(cls, ['reader', *argv], identity)
    getattr(identity, method).assert_called_once_with(path)


def test_add_scopes_names_by_domain(identity):
    run(role.AddRole,
        ['reader', '--role-domain', 'dom', '--user', 'alice',
         '--user-domain', 'dom', '--project', 'prj',
         '--project-domain', 'dom'], identity)
    identity.find_role.assert_called_once_with(
        'reader', ignore_missing=False, domain_id='d1')
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    identity.find_project.assert_called_once_with(
        'prj', ignore_missing=False, domain_id='d1')
    identity.put.assert_called_once_with('/projects/p1/users/u1/roles/r1')


def test_add_group_domain(identity):
    run(role.AddRole, ['reader', '--group', 'ops', '--group-domain', 'dom',
                       '--domain', 'dom'], identity)
    identity.find_group.assert_called_once_with(
        'ops', ignore_missing=False, domain_id='d1')


@pytest.mark.parametrize('cls', [role.AddRole, role.RemoveRole])
@pytest.mark.parametrize('argv', [
    ['--user', 'alice'],
    ['--project', 'prj'],
    [],
])
def test_grant_needs_actor_and_target(identity, cls, argv):
    with pytest.raises(errors.UsageError, match='--user or --group'):
        run(cls, ['reader', *argv], identity)
    identity.put.assert_not_called()
    identity.delete.assert_not_called()


@pytest.mark.parametrize('cls', [role.AddRole, role.RemoveRole])
@pytest.mark.parametrize('argv, message', [
    (['--user', 'a', '--group', 'g', '--project', 'p'], 'not allowed with'),
    (['--user', 'a', '--project', 'p', '--domain', 'd'], 'not allowed with'),
    (['--user', 'a', '--project', 'p', '--system', 'all'],
     'not allowed with'),
    (['--user', 'a', '--domain', 'd', '--system', 'all'],
     'not allowed with'),
    (['--user', 'a', '--system', 'everything'], 'invalid choice'),
])
def test_grant_exclusive_options(identity, capsys, cls, argv, message):
    with pytest.raises(SystemExit):
        run(cls, ['reader', *argv], identity)
    assert message in capsys.readouterr().err


@pytest.mark.parametrize('cls', [role.AddRole, role.RemoveRole])
def test_grant_needs_role(identity, cls):
    with pytest.raises(SystemExit):
        run(cls, ['--user', 'a', '--project', 'p'], identity)


def test_add_forbidden_lookup_passes_name(identity):
    identity.find_user.side_effect = sdk_exc.ForbiddenException('no')
    run(role.AddRole, ['reader', '--user', 'alice', '--project', 'prj'],
        identity)
    identity.put.assert_called_once_with(
        '/projects/p1/users/alice/roles/r1')


def test_add_unknown_user_is_not_found(identity):
    identity.find_user.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'alice'"):
        run(role.AddRole, ['reader', '--user', 'alice', '--project', 'p'],
            identity)
    identity.put.assert_not_called()


def test_add_refused_raises_forbidden(identity):
    identity.put.return_value = rest_fakes.response(
        403, {'error': {'message': 'not allowed', 'code': 403}})
    with pytest.raises(sdk_exc.ForbiddenException) as info:
        run(role.AddRole, ['reader', '--user', 'alice', '--project', 'p'],
            identity)
    assert errors.exit_code_for(info.value) == errors.FORBIDDEN
    assert 'not allowed' in errors.one_line(info.value)


def test_remove_unknown_actor_and_target_use_given_ids(identity):
    identity.find_user.side_effect = sdk_exc.NotFoundException('no')
    identity.find_project.side_effect = sdk_exc.NotFoundException('no')
    run(role.RemoveRole, ['reader', '--user', 'gone-id', '--project',
                          'gone-prj'], identity)
    identity.delete.assert_called_once_with(
        '/projects/gone-prj/users/gone-id/roles/r1')


def test_remove_unknown_role_is_not_found(identity):
    identity.find_role.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(role.RemoveRole, ['nope', '--user', 'a', '--project', 'p'],
            identity)
    identity.delete.assert_not_called()


def test_remove_missing_grant_is_not_found(identity):
    identity.delete.return_value = rest_fakes.response(
        404, {'error': {'message': 'Could not find role assignment',
                        'code': 404}})
    with pytest.raises(sdk_exc.NotFoundException):
        run(role.RemoveRole, ['reader', '--group', 'ops', '--domain', 'd'],
            identity)


def test_grant_path_quotes_names():
    assert role.grant_path('r 1', 'users', 'a/b', 'projects', 'p?') == (
        '/projects/p%3F/users/a%2Fb/roles/r%201')


def test_add_refused_lookup_then_not_found_reports_refusal(identity):
    identity.find_role.side_effect = sdk_exc.ForbiddenException('may not')
    identity.put.return_value = rest_fakes.response(
        404, {'error': {'message': 'Could not find role', 'code': 404}})
    with pytest.raises(sdk_exc.ForbiddenException, match='may not'):
        run(role.AddRole, ['reader', '--user', 'alice', '--project', 'p'],
            identity)
    identity.put.assert_called_once_with(
        '/projects/p1/users/u1/roles/reader')
