"""Unit tests: what the federation commands share."""

import pytest
from openstack import exceptions as sdk_exc

from openstackclient.cli import errors
from openstackclient.identity.v3 import federation_common as fed


def test_not_found_as_turns_404_into_one_line():
    with pytest.raises(errors.NotFoundError) as info:
        with fed.not_found_as('mapping', 'm1'):
            raise sdk_exc.NotFoundException('Could not find mapping: m1')
    assert str(info.value) == "No mapping with a name or ID of 'm1' exists."
    assert isinstance(info.value.__cause__, sdk_exc.NotFoundException)


def test_not_found_as_custom_error():
    error = errors.NotFoundError('gone')
    with pytest.raises(errors.NotFoundError) as info:
        with fed.not_found_as('mapping', 'm1', error=error):
            raise sdk_exc.NotFoundException('404')
    assert info.value is error


@pytest.mark.parametrize('exc', [
    sdk_exc.ConflictException('409'),
    errors.NotFoundError('ours already'),
    ValueError('bug'),
])
def test_not_found_as_leaves_other_errors(exc):
    with pytest.raises(type(exc)) as info:
        with fed.not_found_as('mapping', 'm1'):
            raise exc
    assert info.value is exc


def test_read_file(tmp_path):
    path = tmp_path / 'f'
    path.write_text('a\nb\n')
    assert fed.read_file(str(path), 'rules') == 'a\nb\n'


def test_read_file_not_text(tmp_path):
    path = tmp_path / 'f'
    path.write_bytes(b'\xff\xfe\x00')
    with pytest.raises(errors.UsageError, match="Cannot read rules file"):
        fed.read_file(str(path), 'rules')


def test_read_file_is_a_directory(tmp_path):
    with pytest.raises(errors.UsageError) as info:
        fed.read_file(str(tmp_path), 'remote ID')
    assert str(info.value) == (
        f"Cannot read remote ID file '{tmp_path}': Is a directory")
