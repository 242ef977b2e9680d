"""Unit tests: identity v3 project commands parse and call the SDK right."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import domain as sdk_domain
from openstack.identity.v3 import project as sdk_project
from openstack.identity.v3 import user as sdk_user

from openstackclient.cli import errors
from openstackclient.identity.v3 import project
from tests.unit import fakes

DOMAIN = sdk_domain.Domain(id='d1', name='dom')
USER = sdk_user.User(id='u1', name='alice')


def make_project(**attrs):
    values = dict(id='p1', name='proj', domain_id='d1', description='desc',
                  is_enabled=True, is_domain=False, parent_id='d1',
                  options={}, tags=['a', 'b'])
    values.update(attrs)
    return sdk_project.Project(**values)


PROJECT = make_project()
SHOW_LABELS = ('description', 'domain_id', 'enabled', 'id', 'is_domain',
               'name', 'options', 'parent_id', 'tags')


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy.find_domain.return_value = DOMAIN
    proxy.find_project.return_value = PROJECT
    proxy.find_user.return_value = USER
    proxy.create_project.return_value = PROJECT
    proxy.get_user_id.return_value = 'me'
    return proxy


def run(cls, argv, identity):
    return fakes.run_command(cls, argv, identity=identity)


# create

def test_create_defaults(identity):
    _, (labels, values) = run(project.CreateProject, ['proj'], identity)
    identity.create_project.assert_called_once_with(name='proj',
                                                    is_enabled=True)
    assert labels == SHOW_LABELS
    shown = dict(zip(labels, values))
    assert shown['enabled'] is True
    assert shown['tags'] == ['a', 'b']


def test_create_all_options(identity):
    run(project.CreateProject,
        ['proj', '--domain', 'dom', '--parent', 'top', '--description', 'd',
         '--disable', '--immutable', '--tag', 'y', '--tag', 'x', '--tag', 'y',
         '--property', 'color=blue', '--property', 'is_domain=false'],
        identity)
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    identity.find_project.assert_called_once_with(
        'top', ignore_missing=False, domain_id='d1')
    identity.create_project.assert_called_once_with(
        name='proj', is_enabled=False, description='d', domain_id='d1',
        parent_id='p1', options={'immutable': True}, tags=['x', 'y'],
        color='blue', is_domain=False)


def test_create_shows_extra_properties(identity):
    identity.create_project.return_value = make_project(color='blue')
    _, (labels, values) = run(project.CreateProject,
                              ['proj', '--property', 'color=blue'], identity)
    assert dict(zip(labels, values))['color'] == 'blue'
    assert labels == tuple(sorted(labels))


def test_create_tag_and_no_tag_exclusive(identity):
    with pytest.raises(SystemExit):
        run(project.CreateProject, ['proj', '--tag', 'a', '--no-tag'],
            identity)


def test_create_bad_property_is_usage_error(identity):
    with pytest.raises(SystemExit):
        run(project.CreateProject, ['proj', '--property', 'novalue'],
            identity)


def test_create_or_show_returns_existing_in_domain(identity):
    identity.create_project.side_effect = sdk_exc.ConflictException('dup')
    _, (labels, values) = run(project.CreateProject,
                              ['proj', '--domain', 'dom', '--or-show'],
                              identity)
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')
    assert dict(zip(labels, values))['id'] == 'p1'


def test_create_conflict_without_or_show_fails(identity):
    identity.create_project.side_effect = sdk_exc.ConflictException('dup')
    with pytest.raises(sdk_exc.ConflictException):
        run(project.CreateProject, ['proj'], identity)


# delete

def test_delete_many_in_order_within_domain(identity):
    parsed, _ = run(project.DeleteProject,
                    ['child', 'parent', '--domain', 'dom'], identity)
    assert parsed.parallel == 1
    identity.find_domain.assert_called_once_with('dom', ignore_missing=False)
    assert [c.args[0] for c in identity.find_project.call_args_list] == [
        'child', 'parent']
    identity.find_project.assert_called_with(
        'parent', ignore_missing=False, domain_id='d1')
    assert identity.delete_project.call_count == 2
    identity.delete_project.assert_called_with('p1')


def test_delete_ambiguous_name(identity):
    identity.find_project.side_effect = sdk_exc.DuplicateResource('many')
    with pytest.raises(errors.AmbiguousError, match="'proj'"):
        run(project.DeleteProject, ['proj'], identity)
    identity.delete_project.assert_not_called()


def test_delete_reports_each_failure(identity):
    identity.find_project.side_effect = [
        PROJECT, sdk_exc.NotFoundException('no')]
    with pytest.raises(errors.CommandError,
                       match='1 of 2 projects failed to delete: nope') as exc:
        run(project.DeleteProject, ['proj', 'nope'], identity)
    assert exc.value.exit_code == errors.NOT_FOUND
    identity.delete_project.assert_called_once_with('p1')


def test_delete_many_finds_them_with_one_listing(identity):
    made = [sdk_project.Project(id=f'id{i}', name=f'p{i}', domain_id='d1')
            for i in range(6)]
    identity.projects.return_value = made
    names = ['p0', 'id1', 'p2', 'p3', 'p4', 'p5']
    run(project.DeleteProject, names, identity)
    identity.projects.assert_called_once_with()
    identity.find_project.assert_not_called()
    assert [c.args[0] for c in identity.delete_project.call_args_list] == [
        f'id{i}' for i in range(6)]


def test_delete_many_looks_up_what_the_listing_lacks(identity):
    identity.projects.return_value = [
        sdk_project.Project(id=f'id{i}', name=f'p{i}') for i in range(4)]
    run(project.DeleteProject,
        ['p0', 'p1', 'p2', 'p3', 'proj', '--domain', 'dom'], identity)
    identity.projects.assert_called_once_with(domain_id='d1')
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')
    assert identity.delete_project.call_count == 5


def test_delete_many_same_name_twice_is_ambiguous(identity):
    identity.projects.return_value = [
        sdk_project.Project(id='a', name='twin'),
        sdk_project.Project(id='b', name='twin'),
        *[sdk_project.Project(id=f'id{i}', name=f'p{i}') for i in range(4)]]
    with pytest.raises(errors.CommandError,
                       match='1 of 5 projects failed to delete: twin'):
        run(project.DeleteProject, ['twin', 'p0', 'p1', 'p2', 'p3'],
            identity)
    assert identity.delete_project.call_count == 4


# list

def test_list_default(identity):
    identity.projects.return_value = [PROJECT]
    _, (labels, rows) = run(project.ListProject, [], identity)
    identity.projects.assert_called_once_with()
    assert labels == ('ID', 'Name')
    assert rows == [('p1', 'proj')]


def test_list_long_and_filters(identity):
    identity.projects.return_value = [PROJECT]
    _, (labels, rows) = run(
        project.ListProject,
        ['--long', '--domain', 'dom', '--parent', 'top', '--disabled',
         '--tags', 'a,b', '--tags-any', 'c', '--not-tags', 'd',
         '--not-tags-any', 'e,f', '--limit', '5', '--marker', 'm',
         '--max-items', '10'],
        identity)
    identity.find_project.assert_called_once_with(
        'top', ignore_missing=False, domain_id='d1')
    identity.projects.assert_called_once_with(
        domain_id='d1', is_enabled=False, parent_id='p1', tags='a,b',
        any_tags='c', not_tags='d', not_any_tags='e,f', limit=5,
        marker='m', max_items=10)
    assert labels == ('ID', 'Name', 'Domain ID', 'Description', 'Enabled')
    assert rows == [('p1', 'proj', 'd1', 'desc', True)]


def test_list_enabled_and_disabled_exclusive(identity):
    with pytest.raises(SystemExit):
        run(project.ListProject, ['--enabled', '--disabled'], identity)


def test_list_negative_limit_is_usage_error(identity):
    with pytest.raises(SystemExit):
        run(project.ListProject, ['--limit', '-1'], identity)


def test_list_user(identity):
    identity.user_projects.return_value = [PROJECT]
    run(project.ListProject, ['--user', 'alice', '--enabled'], identity)
    identity.find_user.assert_called_once_with('alice', ignore_missing=False)
    identity.user_projects.assert_called_once_with('u1', is_enabled=True)
    identity.projects.assert_not_called()


def test_list_my_projects_ignores_other_filters(identity):
    identity.user_projects.return_value = [PROJECT]
    run(project.ListProject, ['--my-projects', '--domain', 'dom'], identity)
    identity.user_projects.assert_called_once_with('me')
    identity.find_domain.assert_not_called()


def test_list_forbidden_without_filters_lists_own(identity):
    identity.projects.side_effect = sdk_exc.ForbiddenException('no')
    identity.user_projects.return_value = [PROJECT]
    _, (_, rows) = run(project.ListProject, [], identity)
    identity.user_projects.assert_called_once_with('me')
    assert rows == [('p1', 'proj')]


def test_list_forbidden_with_filters_fails(identity):
    identity.projects.side_effect = sdk_exc.ForbiddenException('no')
    with pytest.raises(sdk_exc.ForbiddenException):
        run(project.ListProject, ['--enabled'], identity)
    identity.user_projects.assert_not_called()


def test_list_sort(identity):
    identity.projects.return_value = [
        make_project(id='1', name='b'), make_project(id='2', name='a'),
        make_project(id='3', name='b', description=None)]
    _, (_, rows) = run(project.ListProject, ['--sort', 'name:desc,id'],
                       identity)
    assert rows == [('1', 'b'), ('3', 'b'), ('2', 'a')]


def test_list_bad_sort_direction(identity):
    identity.projects.return_value = [PROJECT]
    with pytest.raises(errors.UsageError, match='name:up'):
        run(project.ListProject, ['--sort', 'name:up'], identity)


# set

def test_set_fields(identity):
    run(project.SetProject,
        ['proj', '--domain', 'dom', '--name', 'new', '--description', '',
         '--enable', '--no-immutable', '--property', 'color=red'],
        identity)
    identity.find_project.assert_called_once_with(
        'proj', ignore_missing=False, domain_id='d1')
    identity.update_project.assert_called_once_with(
        'p1', color='red', name='new', description='', is_enabled=True,
        options={'immutable': False})


def test_set_tags_add_and_remove(identity):
    run(project.SetProject,
        ['proj', '--tag', 'c', '--remove-tag', 'a'], identity)
    identity.update_project.assert_called_once_with('p1', tags=['b', 'c'])


@pytest.mark.parametrize('flag', ['--clear-tags', '--no-tag'])
def test_set_clear_tags_then_add(identity, flag):
    run(project.SetProject, ['proj', flag, '--tag', 'z'], identity)
    identity.update_project.assert_called_once_with('p1', tags=['z'])


def test_set_nothing_makes_no_request(identity):
    run(project.SetProject, ['proj'], identity)
    identity.update_project.assert_not_called()


def test_set_unknown_project(identity):
    identity.find_project.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        run(project.SetProject, ['nope', '--name', 'x'], identity)
    identity.update_project.assert_not_called()


# show

def test_show(identity):
    _, (labels, values) = run(project.ShowProject, ['proj'], identity)
    identity.find_project.assert_called_once_with('proj',
                                                  ignore_missing=False)
    assert labels == SHOW_LABELS
    assert dict(zip(labels, values))['name'] == 'proj'


def test_show_parents_and_children(identity):
    identity.find_project.side_effect = [
        PROJECT, make_project(parents={'d1': None}, subtree={'c1': None})]
    _, (labels, values) = run(
        project.ShowProject,
        ['proj', '--domain', 'dom', '--parents', '--children'], identity)
    assert identity.find_project.call_args_list[0].kwargs == {
        'ignore_missing': False, 'domain_id': 'd1'}
    identity.find_project.assert_called_with(
        'p1', ignore_missing=False, parents_as_ids=True, subtree_as_ids=True)
    shown = dict(zip(labels, values))
    assert shown['parents'] == {'d1': None}
    assert shown['subtree'] == {'c1': None}


def test_create_name_option_wins_over_property(identity):
    run(project.CreateProject, ['proj', '--property', 'name=other'],
        identity)
    identity.create_project.assert_called_once_with(name='proj',
                                                    is_enabled=True)
