"""Owner-only folders and files."""

import os

import pytest

from openstackclient.cli import private


def test_folder_is_made_private(tmp_path):
    path = str(tmp_path / 'a' / 'b')
    assert private.folder(path, create=True) == (path, None)
    assert os.stat(path).st_mode & 0o777 == 0o700


def test_missing_folder_without_create(tmp_path):
    assert private.folder(str(tmp_path / 'none'), create=False) == (None,
                                                                   None)


def test_folder_open_to_others(tmp_path):
    path = tmp_path / 'open'
    path.mkdir()
    path.chmod(0o755)
    got, why = private.folder(str(path), create=True)
    assert got is None
    assert why == f'{path} is open to other users (mode 0755; it must be 0700)'


def test_a_file_is_not_a_folder(tmp_path):
    path = tmp_path / 'file'
    path.write_text('')
    assert private.folder(str(path), create=False) == (
        None, f'{path} is not a folder')


@pytest.mark.skipif(os.getuid() != 0, reason='chown needs root')
def test_file_of_another_user(tmp_path):
    path = tmp_path / 'theirs'
    path.write_text('')
    path.chmod(0o600)
    os.chown(path, 4242, -1)
    assert private.problem(os.stat(path), str(path)) == (
        f'{path} belongs to another user (uid 4242)')


def test_private_file(tmp_path):
    path = tmp_path / 'mine'
    path.write_text('')
    path.chmod(0o600)
    assert private.problem(os.stat(path), str(path)) is None
    path.chmod(0o640)
    assert 'mode 0640; it must be 0600' in private.problem(os.stat(path),
                                                            str(path))
