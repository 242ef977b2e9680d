import types
from unittest import mock

import pytest
from openstack import exceptions as sdk_exc

from openstackclient.cli import errors
from openstackclient.cli import lookup


def test_find_passes_ignore_missing_false_and_filters():
    proxy_find = mock.Mock(return_value='the project')
    found = lookup.find(proxy_find, 'demo', kind='project', domain_id='d1')
    assert found == 'the project'
    proxy_find.assert_called_once_with(
        'demo', ignore_missing=False, domain_id='d1')


@pytest.mark.parametrize('sdk_error', [
    sdk_exc.ResourceNotFound('No Project found for demo'),
    sdk_exc.NotFoundException('404 Not Found'),
])
def test_find_not_found(sdk_error):
    proxy_find = mock.Mock(side_effect=sdk_error)
    with pytest.raises(errors.NotFoundError) as info:
        lookup.find(proxy_find, 'demo', kind='project')
    assert str(info.value) == "No project with a name or ID of 'demo' exists."
    assert errors.exit_code_for(info.value) == errors.NOT_FOUND
    assert info.value.__cause__ is sdk_error


def test_find_duplicate_is_ambiguous():
    proxy_find = mock.Mock(
        side_effect=sdk_exc.DuplicateResource('More than one Server'))
    with pytest.raises(errors.AmbiguousError) as info:
        lookup.find(proxy_find, 'web', kind='server')
    assert str(info.value) == (
        "More than one server exists with the name 'web'; use the ID.")
    assert info.value.exit_code == errors.FAILURE


@pytest.mark.parametrize('status', [403, 500])
def test_find_http_errors_propagate_unchanged(status):
    error = sdk_exc.HttpException('boom')
    error.status_code = status
    proxy_find = mock.Mock(side_effect=error)
    with pytest.raises(sdk_exc.HttpException) as info:
        lookup.find(proxy_find, 'demo', kind='project')
    assert info.value is error


def test_find_ignores_lookalike_classes_from_elsewhere():
    ResourceNotFound = type('ResourceNotFound', (Exception,), {})
    proxy_find = mock.Mock(side_effect=ResourceNotFound('x'))
    with pytest.raises(ResourceNotFound):
        lookup.find(proxy_find, 'demo', kind='project')


ITEMS = [
    {'id': 'aaa', 'name': 'web'},
    {'id': 'bbb', 'name': 'aaa'},
    {'id': 'ccc', 'name': 'db'},
    {'id': 'ddd', 'name': 'db'},
]


def test_find_in_exact_id_wins_over_name():
    assert lookup.find_in(ITEMS, 'aaa', kind='network')['name'] == 'web'


def test_find_in_unique_name():
    assert lookup.find_in(iter(ITEMS), 'web', kind='network')['id'] == 'aaa'


def test_find_in_none():
    with pytest.raises(errors.NotFoundError, match="No network with a name "
                       "or ID of 'nope' exists."):
        lookup.find_in(ITEMS, 'nope', kind='network')


def test_find_in_many():
    with pytest.raises(errors.AmbiguousError, match="More than one network"):
        lookup.find_in(ITEMS, 'db', kind='network')


def test_find_in_objects_and_other_keys():
    items = [types.SimpleNamespace(uuid='u1', name='x', alias='a1'),
             types.SimpleNamespace(uuid='u2', name='y', alias='a2')]
    found = lookup.find_in(items, 'a2', kind='thing',
                           key_attrs=('uuid', 'name', 'alias'))
    assert found.uuid == 'u2'
    assert lookup.find_in(items, 'u1', kind='thing',
                          key_attrs=('uuid', 'name')).name == 'x'
