"""OSC's paging options for list commands, declared once.

``add_options(parser, max_items=True, limit_type=non_negative_int,
limit_help=PAGE_SIZE)`` adds ``--limit <limit>``, ``--marker <marker>``
and, unless ``max_items`` is False, ``--max-items <max-items>``.

``query(parsed_args)`` gives the SDK list arguments for the options the
user gave (``limit``, ``marker``, ``max_items``); a ``--limit`` or
``--max-items`` of 0 counts as not given, as the APIs treat it.

By default ``--limit`` is the page size (the SDK then follows the
service's next links to the end) and ``--max-items`` caps the total;
where OSC's ``--limit`` means one page only (image list), pass that help.
"""

import argparse

PAGE_SIZE = ('Entries to ask for per request (the page size; the server '
             'may cap it); every page is listed. Use --max-items to cap '
             'the total')


def non_negative_int(text):
    """argparse type: a whole number of at least 0."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of at least 0, got '{text}'")
    return number


def add_options(parser, max_items=True, limit_type=non_negative_int,
                limit_help=PAGE_SIZE):
    """Add ``--limit``, ``--marker`` and (optionally) ``--max-items``."""
    if not max_items and limit_help is PAGE_SIZE:
        limit_help = limit_help.split('; every')[0] + '; every page is listed'
    parser.add_argument('--limit', metavar='<limit>', type=limit_type,
                        help=limit_help)
    parser.add_argument(
        '--marker', metavar='<marker>',
        help='Start listing after this entry (an ID from a previous list)')
    if max_items:
        parser.add_argument(
            '--max-items', metavar='<max-items>', type=non_negative_int,
            help='Entries to return in total, over as many requests as '
                 'needed')


def query(parsed_args):
    """The SDK list arguments for the paging options given."""
    found = {}
    for name in ('limit', 'marker', 'max_items'):
        value = getattr(parsed_args, name, None)
        if value not in (None, 0, ''):
            found[name] = value
    return found
