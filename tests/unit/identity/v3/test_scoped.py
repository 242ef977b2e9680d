"""Unit tests: what project, user and group commands share."""

import argparse

import pytest

from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.identity.v3 import scoped


def test_sort_items_several_keys_missing_values_first():
    items = [{'name': 'b', 'id': 2}, {'name': None, 'id': 3},
             {'name': 'b', 'id': 1}, {'id': 4}, {'name': 'a', 'id': 5}]
    ordered = scoped.sort_items(items, 'name,id:desc')
    assert [item['id'] for item in ordered] == [4, 3, 5, 2, 1]


@pytest.mark.parametrize('spec', ['name:sideways', ':asc', 'name,'])
def test_sort_items_rejects_bad_spec(spec):
    with pytest.raises(errors.UsageError, match='--sort'):
        scoped.sort_items([], spec)


def test_pagination_options():
    parser = argparse.ArgumentParser()
    pagination.add_options(parser)
    parsed = parser.parse_args(['--limit', '0', '--max-items', '7'])
    assert pagination.query(parsed) == {'max_items': 7}
    assert pagination.query(parser.parse_args([])) == {}
    with pytest.raises(SystemExit):
        parser.parse_args(['--limit', 'many'])
