"""Unit tests: identity v3 user commands parse and call the SDK right."""

import io
import logging
from unittest import mock

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import group as sdk_group
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import role_assignment as sdk_assignment
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.cli import redact
from openstackclient.identity.v3 import user
from tests.unit import fakes

DOMAIN = sdk_domain.Domain(id='d1', name='dom')
PROJECT = sdk_project.Project(id='p1', name='proj')
GROUP = sdk_group.Group(id='g1', name='grp')
USER = sdk_user.User(id='u1', name='alice', domain_id='d1',
                     default_project_id='p1', email='a@example.org',
                     is_enabled=True, description='desc', options={},
                     password_expires_at=None)
SHOW_LABELS = ('default_project_id', 'domain_id', 'email', 'enabled', 'id',
               'name', 'description', 'password_expires_at', 'options')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_domain.return_value = DOMAIN
    proxy.find_project.return_value = PROJECT
    proxy.find_group.return_value = GROUP
    proxy.find_user.return_value = USER
    proxy.create_user.return_value = USER
    proxy.get_user_id.return_value = 'me'
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


class Terminal(io.StringIO):
    def isatty(self):
        return True


def run_at_terminal(cls, argv, identity, typed):
    """Run with a terminal on stdin; getpass returns ``typed`` in turn."""
    app = fakes.make_app()
    app.stdin = Terminal()
    app.client_manager = fakes.make_client_manager(identity=identity)
    cmd = cls(app, None)
    parsed = cmd.get_parser('openstack test').parse_args(argv)
    with mock.patch('getpass.getpass', side_effect=typed) as prompt:
        cmd.take_action(parsed)
    return prompt


# create

def test_create_defaults_warns_without_password(identity, caplog):
    with caplog.at_level(logging.WARNING):
        _, (labels, values) = run(user.CreateUser, ['alice'], identity)
    identity.create_user.assert_called_once_with(name='alice',
                                                 is_enabled=True)
    assert labels == SHOW_LABELS
    assert dict(zip(labels, values))['enabled'] is True
    assert user.NO_PASSWORD in caplog.text


def test_create_all_options(identity):
    run(user.CreateUser,
        ['alice', '--domain', 'dom', '--project', 'proj', '--project-domain',
         'dom', '--password', 'pw-create-1', '--email', 'a@example.org',
         '--description', 'd', '--disable',
         '--ignore-lockout-failure-attempts', '--no-ignore-password-expiry',
         '--ignore-change-password-upon-first-use',
         '--enable-lock-password', '--disable-multi-factor-auth',
         '--multi-factor-auth-rule', 'password,totp',
         '--multi-factor-auth-rule', 'password'],
        identity)
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')
    identity.create_user.assert_called_once_with(
        name='alice', is_enabled=False, domain_id='d1',
        default_project_id='p1', description='d', email='a@example.org',
        password='pw-create-1',
        options={
            'ignore_lockout_failure_attempts': True,
            'ignore_password_expiry': False,
            'ignore_change_password_upon_first_use': True,
            'lock_password': True,
            'multi_factor_auth_enabled': False,
            'multi_factor_auth_rules': [['password', 'totp'], ['password']],
        })
    assert redact.redact('x pw-create-1 y') == 'x *** y'


def test_create_option_pair_exclusive(identity):
    with pytest.raises(SystemExit):
        run(user.CreateUser, ['alice', '--enable-lock-password',
                              '--disable-lock-password'], identity)


def test_create_password_prompt(identity):
    prompt = run_at_terminal(user.CreateUser, ['alice', '--password-prompt'],
                             identity, ['pw-typed-1', 'pw-typed-1'])
    assert prompt.call_count == 2
    identity.create_user.assert_called_once_with(
        name='alice', is_enabled=True, password='pw-typed-1')


def test_create_password_prompt_mismatch(identity):
    with pytest.raises(errors.UsageError, match='do not match'):
        run_at_terminal(user.CreateUser, ['alice', '--password-prompt'],
                        identity, ['pw-typed-1', 'pw-typed-2'])
    identity.create_user.assert_not_called()


def test_create_password_prompt_without_terminal(identity):
    with pytest.raises(errors.UsageError, match='not a terminal'):
        run(user.CreateUser, ['alice', '--password-prompt'], identity)
    identity.create_user.assert_not_called()


def test_create_or_show_in_domain(identity):
    identity.create_user.side_effect = sdk_exc.ConflictException('dup')
    _, (labels, values) = run(user.CreateUser,
                              ['alice', '--domain', 'dom', '--or-show'],
                              identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    assert dict(zip(labels, values))['id'] == 'u1'


def test_create_conflict_without_or_show_fails(identity):
    identity.create_user.side_effect = sdk_exc.ConflictException('dup')
    with pytest.raises(sdk_exc.ConflictException):
        run(user.CreateUser, ['alice'], identity)


# delete

def test_delete_many_within_domain(identity):
    run(user.DeleteUser, ['alice', 'bob', '--domain', 'dom'], identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    identity.find_user.assert_called_with('bob', ignore_missing=False,
                                          domain_id='d1')
    assert identity.delete_user.call_count == 2
    identity.delete_user.assert_called_with('u1')


def test_delete_ambiguous(identity):
    identity.find_user.side_effect = sdk_exc.DuplicateResource('many')
    with pytest.raises(errors.AmbiguousError, match="'alice'"):
        run(user.DeleteUser, ['alice'], identity)
    identity.delete_user.assert_not_called()


# list

def test_list_default(identity):
    identity.users.return_value = [USER]
    _, (labels, rows) = run(user.ListUser, [], identity)
    identity.users.assert_called_once_with()
    assert labels == ('ID', 'Name')
    assert rows == [('u1', 'alice')]


def test_list_long_domain_enabled_paged(identity):
    identity.users.return_value = [USER]
    _, (labels, rows) = run(
        user.ListUser,
        ['--long', '--domain', 'dom', '--disabled', '--limit', '2',
         '--marker', 'm', '--max-items', '3'],
        identity)
    identity.users.assert_called_once_with(
        domain_id='d1', is_enabled=False, limit=2, marker='m', max_items=3)
    assert labels == ('ID', 'Name', 'Project', 'Domain', 'Description',
                      'Email', 'Enabled')
    assert rows == [('u1', 'alice', 'p1', 'd1', 'desc', 'a@example.org',
                     True)]


def test_list_group_in_domain(identity):
    identity.group_users.return_value = [USER]
    run(user.ListUser, ['--group', 'grp', '--domain', 'dom'], identity)
    identity.find_group.assert_called_once_with(
        'grp', ignore_missing=False, domain_id='d1')
    identity.group_users.assert_called_once_with('g1')
    identity.users.assert_not_called()


def test_list_project_each_user_once(identity):
    identity.role_assignments.return_value = [
        sdk_assignment.RoleAssignment(user={'id': 'u1'}),
        sdk_assignment.RoleAssignment(group={'id': 'g1'}),
        sdk_assignment.RoleAssignment(user={'id': 'u1'}),
        sdk_assignment.RoleAssignment(user={'id': 'u2'}),
    ]
    identity.get_user.side_effect = lambda uid: sdk_user.User(id=uid,
                                                              name=uid)
    _, (_, rows) = run(user.ListUser, ['--project', 'proj'], identity)
    identity.role_assignments.assert_called_once_with(scope_project_id='p1')
    assert identity.get_user.call_args_list == [mock.call('u1'),
                                                mock.call('u2')]
    assert rows == [('u1', 'u1'), ('u2', 'u2')]


def test_list_project_with_limit_is_usage_error(identity):
    with pytest.raises(errors.UsageError, match='--project'):
        run(user.ListUser, ['--project', 'proj', '--limit', '1'], identity)
    identity.role_assignments.assert_not_called()


def test_list_group_and_project_exclusive(identity):
    with pytest.raises(SystemExit):
        run(user.ListUser, ['--group', 'g', '--project', 'p'], identity)


# set

def test_set_fields(identity):
    run(user.SetUser,
        ['alice', '--domain', 'dom', '--name', 'bob', '--email', 'b@x',
         '--description', '', '--password', 'pw-set-1', '--project', 'proj',
         '--disable', '--enable-multi-factor-auth'],
        identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    identity.find_project.assert_called_once_with('proj',
                                                  ignore_missing=False)
    identity.update_user.assert_called_once_with(
        'u1', name='bob', email='b@x', description='', password='pw-set-1',
        default_project_id='p1', is_enabled=False,
        options={'multi_factor_auth_enabled': True})


def test_set_empty_password_warns_and_is_not_sent(identity, caplog):
    with caplog.at_level(logging.WARNING):
        run(user.SetUser, ['alice', '--password', ''], identity)
    identity.update_user.assert_not_called()
    assert user.NO_PASSWORD in caplog.text


def test_set_nothing_makes_no_request(identity):
    run(user.SetUser, ['alice'], identity)
    identity.update_user.assert_not_called()


def test_set_enable_and_disable_exclusive(identity):
    with pytest.raises(SystemExit):
        run(user.SetUser, ['alice', '--enable', '--disable'], identity)


# password set

def test_password_set_with_options(identity):
    run(user.SetUserPassword,
        ['--original-password', 'pw-old-1', '--password', 'pw-new-1'],
        identity)
    identity.update_password.assert_called_once_with(
        'me', current_password='pw-old-1', password='pw-new-1')
    assert redact.redact('pw-old-1 pw-new-1') == '*** ***'


def test_password_set_wrong_original(identity):
    identity.update_password.side_effect = sdk_exc.HttpException(
        'no', http_status=401)
    with pytest.raises(errors.AuthError, match='original password'):
        run(user.SetUserPassword,
            ['--original-password', 'pw-bad-1', '--password', 'pw-new-1'],
            identity)


def test_password_set_prompts_at_terminal(identity):
    prompt = run_at_terminal(user.SetUserPassword, [], identity,
                             ['pw-old-2', 'pw-new-2', 'pw-new-2'])
    assert [c.args[0] for c in prompt.call_args_list] == [
        'Current Password:', 'New Password:', 'Repeat New Password:']
    identity.update_password.assert_called_once_with(
        'me', current_password='pw-old-2', password='pw-new-2')


@pytest.mark.parametrize('argv, option', [
    ([], '--original-password'),
    (['--original-password', 'pw-old-3'], '--password'),
])
def test_password_set_without_terminal_fails(identity, argv, option):
    with pytest.raises(errors.UsageError, match=option) as exc:
        run(user.SetUserPassword, argv, identity)
    assert '\n' not in str(exc.value)
    identity.update_password.assert_not_called()


# show

def test_show_in_domain(identity):
    _, (labels, values) = run(user.ShowUser, ['alice', '--domain', 'dom'],
                              identity)
    identity.find_user.assert_called_once_with(
        'alice', ignore_missing=False, domain_id='d1')
    assert labels == SHOW_LABELS
    assert values == ('p1', 'd1', 'a@example.org', True, 'u1', 'alice',
                      'desc', None, {})


def test_show_unknown(identity):
    identity.find_user.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nobody'"):
        run(user.ShowUser, ['nobody'], identity)
