"""Unit tests: the shared paging options."""

import argparse

import pytest

from openstackclient.cli import multi
from openstackclient.cli import pagination


def parser_with(**kw):
    parser = argparse.ArgumentParser()
    pagination.add_options(parser, **kw)
    return parser


def test_query_has_only_what_was_given():
    parser = parser_with()
    assert pagination.query(parser.parse_args([])) == {}
    parsed = parser.parse_args(['--limit', '5', '--marker', 'm1',
                                '--max-items', '12'])
    assert pagination.query(parsed) == {'limit': 5, 'marker': 'm1',
                                        'max_items': 12}


def test_zero_counts_as_not_given():
    parsed = parser_with().parse_args(['--limit', '0', '--max-items', '0'])
    assert pagination.query(parsed) == {}


@pytest.mark.parametrize('value', ['-1', 'x', '1.5'])
def test_bad_numbers_are_usage_errors(value):
    with pytest.raises(SystemExit):
        parser_with().parse_args(['--limit', value])


def test_without_max_items_and_with_another_limit_type():
    parser = parser_with(max_items=False, limit_type=multi.positive_int)
    with pytest.raises(SystemExit):
        parser.parse_args(['--max-items', '3'])
    with pytest.raises(SystemExit):
        parser.parse_args(['--limit', '0'])
    assert 'Use --max-items' not in parser.format_help()
