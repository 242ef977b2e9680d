"""Unit tests: the lookups and file readers the catalog commands share."""

import argparse

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import service as sdk_service

from openstackclient.cli import errors
from openstackclient.identity.v3 import catalog_common
from tests.unit import fakes

IMAGE = sdk_service.Service(id='s1', name='glance', type='image')
IMAGE2 = sdk_service.Service(id='s2', name='glance2', type='image')


@pytest.fixture
def identity():
    return fakes.sdk_proxy('identity.v3')


def test_find_service_by_name_or_id(identity):
    identity.find_service.return_value = IMAGE
    assert catalog_common.find_service(identity, 'glance') is IMAGE
    identity.find_service.assert_called_once_with('glance',
                                                  ignore_missing=False)
    identity.services.assert_not_called()


def test_find_service_by_type(identity):
    identity.find_service.side_effect = sdk_exc.NotFoundException('no')
    identity.services.return_value = iter([IMAGE])
    assert catalog_common.find_service(identity, 'image') is IMAGE
    identity.services.assert_called_once_with(type='image')


def test_find_service_type_of_two_is_ambiguous(identity):
    identity.find_service.side_effect = sdk_exc.NotFoundException('no')
    identity.services.return_value = iter([IMAGE, IMAGE2])
    with pytest.raises(errors.AmbiguousError, match="type 'image'"):
        catalog_common.find_service(identity, 'image')


def test_find_service_name_of_two_is_ambiguous(identity):
    identity.find_service.side_effect = sdk_exc.DuplicateResource('two')
    with pytest.raises(errors.AmbiguousError, match="'glance'"):
        catalog_common.find_service(identity, 'glance')
    identity.services.assert_not_called()


def test_find_service_unknown(identity):
    identity.find_service.side_effect = sdk_exc.NotFoundException('no')
    identity.services.return_value = iter([])
    with pytest.raises(errors.NotFoundError,
                       match="type, name or ID of 'nope'") as info:
        catalog_common.find_service(identity, 'nope')
    assert errors.exit_code_for(info.value) == errors.NOT_FOUND


def test_service_and_region_ids_keep_none(identity):
    assert catalog_common.service_id(identity, None) is None
    assert catalog_common.region_id(identity, None) is None
    identity.find_service.assert_not_called()
    identity.get_region.assert_not_called()


def test_region_id_is_checked(identity):
    identity.get_region.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError,
                       match="No region with an ID of 'r9' exists"):
        catalog_common.region_id(identity, 'r9')
    identity.get_region.assert_called_once_with('r9')


def test_get_by_id_passes_other_errors(identity):
    identity.get_policy.side_effect = sdk_exc.ForbiddenException('no')
    with pytest.raises(sdk_exc.ForbiddenException):
        catalog_common.get_by_id(identity.get_policy, 'p1', kind='policy')


def test_update_by_id_without_changes_only_reads(identity):
    identity.get_limit.return_value = 'current'
    result = catalog_common.update_by_id(
        identity.get_limit, identity.update_limit, 'l1', {}, kind='limit')
    assert result == 'current'
    identity.update_limit.assert_not_called()


def test_update_by_id_unknown(identity):
    identity.update_limit.side_effect = sdk_exc.NotFoundException('no')
    with pytest.raises(errors.NotFoundError, match="limit with an ID of 'l9'"):
        catalog_common.update_by_id(identity.get_limit, identity.update_limit,
                                    'l9', {'description': 'x'}, kind='limit')
    identity.update_limit.assert_called_once_with('l9', description='x')


def test_limit_filters_resolve_names(identity):
    identity.find_service.return_value = IMAGE
    identity.get_region.return_value = argparse.Namespace(id='RegionOne')
    args = argparse.Namespace(service='glance', region='RegionOne',
                              resource_name='images')
    assert catalog_common.limit_filters(identity, args) == {
        'service_id': 's1', 'region_id': 'RegionOne',
        'resource_name': 'images'}


def test_read_json(tmp_path):
    path = tmp_path / 'filters.json'
    path.write_text('{"interface": "public"}\n')
    assert catalog_common.read_json(str(path)) == {'interface': 'public'}


def test_read_json_invalid(tmp_path):
    path = tmp_path / 'filters.json'
    path.write_text('{not json')
    with pytest.raises(errors.UsageError, match='valid JSON'):
        catalog_common.read_json(str(path))


def test_read_text_strips_and_missing_file_is_usage_error(tmp_path):
    path = tmp_path / 'rules'
    path.write_text('  {"a": "b"}\n\n')
    assert catalog_common.read_text(str(path)) == '{"a": "b"}'
    with pytest.raises(errors.UsageError, match='Cannot read file'):
        catalog_common.read_text(str(tmp_path / 'missing'))
