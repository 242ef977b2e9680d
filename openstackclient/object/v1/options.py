"""What the object store commands' parsers and outputs share.

Swift requests themselves are in ``swift``.
"""

import argparse

from openstackclient.cli import columns
from openstackclient.cli import multi
from openstackclient.cli import properties

def show_columns(data):
    """``(labels, values)`` of a show command: keys sorted, as OSC."""
    data = dict(data)
    if 'properties' in data:
        data['properties'] = columns.DictColumn(data['properties'])
    items = sorted(data.items())
    return tuple(k for k, _ in items), tuple(v for _, v in items)


def add_property_arg(parser, what, unset=False):
    """Add the required, repeatable ``--property`` of set/unset commands."""
    if unset:
        parser.add_argument(
            '--property', metavar='<key>', required=True, action='append',
            default=[], dest='property',
            help=f'Property to remove from the {what} '
            '(repeat option to remove multiple properties)')
    else:
        parser.add_argument(
            '--property', metavar='<key=value>', required=True,
            action=properties.KeyValueAction, dest='property',
            help=f'Property to set on the {what} '
            '(repeat option to set multiple properties)')


def add_listing_args(parser, what):
    """Add ``--prefix --marker --end-marker --limit --all`` (OSC's)."""
    parser.add_argument('--prefix', metavar='<prefix>',
                        help=f'List only {what} whose names start with '
                        '<prefix>')
    parser.add_argument('--marker', metavar='<marker>',
                        help=f'List {what} after this name')
    parser.add_argument('--end-marker', metavar='<end-marker>',
                        help=f'List {what} before this name')
    parser.add_argument('--limit', metavar='<limit>', type=multi.positive_int,
                        help=f'Number of {what} per request (one request '
                        'unless --all)')
    parser.add_argument('--all', action='store_true', default=False,
                        help=f'List all {what}, following every page (by '
                        'default one request: at most 10000)')


def listing_query(parsed_args):
    """The listing query of ``add_listing_args`` options."""
    return {'prefix': parsed_args.prefix, 'marker': parsed_args.marker,
            'end_marker': parsed_args.end_marker,
            'limit': parsed_args.limit}


_UNITS = {'': 1, 'k': 1 << 10, 'm': 1 << 20, 'g': 1 << 30}


def parse_size(text):
    """argparse type: bytes, or with a K, M or G suffix (powers of 1024)."""
    value = text.strip().lower().removesuffix('ib').removesuffix('b')
    unit = value[-1:] if value[-1:] in _UNITS else ''
    try:
        number = int(value[:len(value) - len(unit)]) * _UNITS[unit]
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"expected a size in bytes (such as 1048576 or 100M), got "
            f"'{text}'")
    return number
