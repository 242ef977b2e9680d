"""Unit tests: identity v3 group commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import group as sdk_group
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import group
from tests.unit import fakes

DOMAIN = sdk_domain.Domain(id='d1', name='dom')
GROUP = sdk_group.Group(id='g1', name='grp', domain_id='d1',
                        description='desc')
USER = sdk_user.User(id='u1', name='alice')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_domain.return_value = DOMAIN
    proxy.find_group.return_value = GROUP
    proxy.find_user.return_value = USER
    proxy.create_group.return_value = GROUP
    return proxy


def run(cls, argv, identity):
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(identity=identity)
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack test').parse_args(argv)
    result = cmd.take_action(parsed)
    if isinstance(result, tuple) and not isinstance(result[1], tuple):
        result = (result[0], list(result[1]))
    return app, result


# create

def test_create(identity):
    _, (labels, values) = run(
        group.CreateGroup, ['grp', '--domain', 'dom', '--description', 'd'],
        identity)
    identity.create_group.assert_called_once_with(
        name='grp', description='d', domain_id='d1')
    assert labels == ('description', 'domain_id', 'id', 'name')
    assert values == ('desc', 'd1', 'g1', 'grp')


def test_create_defaults(identity):
    run(group.CreateGroup, ['grp'], identity)
    identity.create_group.assert_called_once_with(name='grp')


def test_create_or_show_in_domain(identity):
    identity.create_group.side_effect = sdk_exc.ConflictException('dup')
    _, (_, values) = run(group.CreateGroup,
                         ['grp', '--domain', 'dom', '--or-show'], identity)
    identity.find_group.assert_called_once_with(
        'grp', ignore_missing=False, domain_id='d1')
    assert values[2] == 'g1'


def test_create_conflict_without_or_show_fails(identity):
    identity.create_group.side_effect = sdk_exc.ConflictException('dup')
    with pytest.raises(sdk_exc.ConflictException):
        run(group.CreateGroup, ['grp'], identity)


# delete

def test_delete_many_within_domain(identity):
    run(group.DeleteGroup, ['a', 'b', '--domain', 'dom'], identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    identity.find_group.assert_called_with('b', ignore_missing=False,
                                           domain_id='d1')
    assert identity.delete_group.call_count == 2
    identity.delete_group.assert_called_with('g1')


def test_delete_unknown(identity):
    identity.find_group.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(group.DeleteGroup, ['nope'], identity)


# list

def test_list_default(identity):
    identity.groups.return_value = [GROUP]
    _, (labels, rows) = run(group.ListGroup, [], identity)
    identity.groups.assert_called_once_with()
    assert labels == ('ID', 'Name')
    assert rows == [('g1', 'grp')]


def test_list_long_in_domain(identity):
    identity.groups.return_value = [GROUP]
    _, (labels, rows) = run(group.ListGroup, ['--long', '--domain', 'dom'],
                            identity)
    identity.groups.assert_called_once_with(domain_id='d1')
    assert labels == ('ID', 'Name', 'Domain ID', 'Description')
    assert rows == [('g1', 'grp', 'd1', 'desc')]


def test_list_user(identity):
    identity.user_groups.return_value = [GROUP]
    _, (_, rows) = run(group.ListGroup,
                       ['--user', 'alice', '--user-domain', 'dom'], identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    identity.user_groups.assert_called_once_with('u1')
    identity.groups.assert_not_called()
    assert rows == [('g1', 'grp')]


def test_list_user_keeps_groups_of_domain(identity):
    other = sdk_group.Group(id='g2', name='other', domain_id='d2')
    identity.user_groups.return_value = [GROUP, other]
    _, (_, rows) = run(group.ListGroup, ['--user', 'alice', '--domain',
                                         'dom'], identity)
    assert rows == [('g1', 'grp')]


# set

def test_set(identity):
    run(group.SetGroup,
        ['grp', '--domain', 'dom', '--name', 'new', '--description', ''],
        identity)
    identity.find_group.assert_called_once_with(
        'grp', ignore_missing=False, domain_id='d1')
    identity.update_group.assert_called_once_with('g1', name='new',
                                                  description='')


def test_set_nothing_makes_no_request(identity):
    run(group.SetGroup, ['grp'], identity)
    identity.update_group.assert_not_called()


# show

def test_show(identity):
    _, (labels, values) = run(group.ShowGroup, ['grp'], identity)
    identity.find_group.assert_called_once_with('grp', ignore_missing=False)
    assert dict(zip(labels, values))['name'] == 'grp'


def test_show_ambiguous(identity):
    identity.find_group.side_effect = sdk_exc.DuplicateResource('many')
    with pytest.raises(errors.AmbiguousError, match="'grp'"):
        run(group.ShowGroup, ['grp'], identity)


# membership

def test_add_users_scoped(identity):
    parsed, _ = run(group.AddUserToGroup,
                    ['grp', 'alice', 'bob', '--group-domain', 'dom',
                     '--user-domain', 'dom', '--parallel', '1'], identity)
    identity.find_group.assert_called_once_with(
        'grp', ignore_missing=False, domain_id='d1')
    identity.find_user.assert_called_with('bob', ignore_missing=False,
                                          domain_id='d1')
    assert identity.add_user_to_group.call_count == 2
    identity.add_user_to_group.assert_called_with('u1', 'g1')


def test_add_needs_a_user(identity):
    with pytest.raises(SystemExit):
        run(group.AddUserToGroup, ['grp'], identity)


def test_add_reports_each_failure(identity):
    identity.find_user.side_effect = [USER, sdk_exc.NotFoundException('no')]
    with pytest.raises(errors.CommandError,
                       match='1 of 2 users failed to add: nope') as exc:
        run(group.AddUserToGroup, ['grp', 'alice', 'nope', '--parallel', '1'],
            identity)
    assert exc.value.exit_code == errors.NOT_FOUND
    identity.add_user_to_group.assert_called_once_with('u1', 'g1')


def test_add_unknown_group_adds_nobody(identity):
    identity.find_group.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nogroup'"):
        run(group.AddUserToGroup, ['nogroup', 'alice'], identity)
    identity.add_user_to_group.assert_not_called()


def test_remove_users(identity):
    run(group.RemoveUserFromGroup, ['grp', 'alice'], identity)
    identity.find_user.assert_called_once_with('alice', ignore_missing=False)
    identity.remove_user_from_group.assert_called_once_with('u1', 'g1')


def test_contains_user_yes(identity):
    identity.check_user_in_group.return_value = True
    app, result = run(group.CheckUserInGroup,
                      ['grp', 'alice', '--group-domain', 'dom'], identity)
    identity.find_group.assert_called_once_with(
        'grp', ignore_missing=False, domain_id='d1')
    identity.check_user_in_group.assert_called_once_with('u1', 'g1')
    assert result is None
    assert app.stdout.getvalue() == 'alice in group grp\n'
    assert app.stderr.getvalue() == ''


def test_contains_user_no(identity):
    identity.check_user_in_group.return_value = False
    app, result = run(group.CheckUserInGroup, ['grp', 'alice'], identity)
    assert result is None
    assert app.stdout.getvalue() == ''
    assert app.stderr.getvalue() == 'alice not in group grp\n'


def test_contains_user_forbidden_lookups_use_given_ids(identity):
    identity.find_user.side_effect = sdk_exc.ForbiddenException('no')
    identity.find_group.side_effect = sdk_exc.ForbiddenException('no')
    identity.check_user_in_group.side_effect = sdk_exc.ForbiddenException(
        'no')
    app, _ = run(group.CheckUserInGroup, ['gid', 'uid'], identity)
    identity.check_user_in_group.assert_called_once_with('uid', 'gid')
    assert app.stderr.getvalue() == 'uid not in group gid\n'


def test_contains_unknown_user(identity):
    identity.find_user.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nobody'"):
        run(group.CheckUserInGroup, ['grp', 'nobody'], identity)
    identity.check_user_in_group.assert_not_called()
