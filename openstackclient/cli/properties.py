"""``--property key=value`` and ``--tag`` options, and what they change.

Set commands::

    add_property_option(parser, what='project', allow_clear=True)
    ...
    new = from_args(project.options, parsed_args)

Unset commands use ``unset=True``: ``--property <key>`` (repeatable) and,
with ``allow_clear``, ``--all-properties``. Options, metavars and dests
are those of python-openstackclient.
"""

import argparse

_MISSING = object()


class KeyValueAction(argparse.Action):
    """``--opt key=value``, repeatable, into one dict (later keys win)."""

    def __call__(self, parser, namespace, values, option_string=None):
        key, sep, value = values.partition('=')
        if not sep:
            parser.error(
                f"{option_string}: expected <key=value>, got '{values}'"
            )
        if not key:
            parser.error(f"{option_string}: the key is empty in '{values}'")
        # A copy, so a shared default dict is never changed.
        current = dict(getattr(namespace, self.dest, None) or {})
        current[key] = value
        setattr(namespace, self.dest, current)


def add_property_option(
    parser, help=None, *, what=None, unset=False, allow_clear=False,
    dest='properties',
):
    """Add ``--property``: ``<key=value>`` to set, ``<key>`` with unset.

    ``allow_clear`` adds ``--no-property`` (set: remove all first) or,
    with ``unset``, ``--all-properties``. Parsed values: ``dest`` is a
    dict (set; None if not given) or a list of keys (unset).
    """
    on = f' {"from" if unset else "for"} this {what}' if what else ''
    if unset:
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--property',
            metavar='<key>',
            action='append',
            default=[],
            dest=dest,
            help=help or f'Property to remove{on} '
            '(repeat option to remove multiple properties)',
        )
        if allow_clear:
            group.add_argument(
                '--all-properties',
                action='store_true',
                help=f'Remove all properties{on}',
            )
        return
    parser.add_argument(
        '--property',
        metavar='<key=value>',
        action=KeyValueAction,
        dest=dest,
        help=help or f'Property to add or modify{on} '
        '(repeat option to set multiple properties)',
    )
    if allow_clear:
        parser.add_argument(
            '--no-property',
            action='store_true',
            help=f'Remove all properties{on} (specify both --no-property '
            'and --property to replace the current properties)',
        )


def merged(existing, set_props=None, unset_keys=(), clear=False):
    """The properties after a set/unset: a new dict.

    ``clear`` drops all existing ones first; unknown ``unset_keys`` are
    ignored.
    """
    result = {} if clear else dict(existing or {})
    for key in unset_keys or ():
        result.pop(key, None)
    result.update(set_props or {})
    return result


def changes(existing, set_props=None, unset_keys=(), clear=False):
    """``(to_set, to_delete)`` for APIs that set and delete keys singly.

    ``to_set`` holds only new or changed keys; ``to_delete`` (sorted) only
    keys that exist now.
    """
    existing = dict(existing or {})
    target = merged(existing, set_props, unset_keys, clear)
    to_set = {
        key: value
        for key, value in target.items()
        if existing.get(key, _MISSING) != value
    }
    to_delete = sorted(key for key in existing if key not in target)
    return to_set, to_delete


def from_args(existing, parsed_args, *, unset=False, dest='properties'):
    """``merged()`` for the options ``add_property_option`` added."""
    given = getattr(parsed_args, dest, None)
    if unset:
        clear = getattr(parsed_args, 'all_properties', False)
        return merged(existing, unset_keys=given, clear=clear)
    clear = getattr(parsed_args, 'no_property', False)
    return merged(existing, given, clear=clear)


def add_tag_option(parser, what='resource', *, mode='set'):
    """Add ``--tag <tag>`` (repeatable, dest ``tags``) and its clear flag.

    ``mode``: 'create' (``--tag`` or ``--no-tag``), 'set' (``--no-tag``
    clears first, so both together replace the tags) or 'unset'
    (``--tag`` to remove, or ``--all-tag``).
    """
    if mode not in ('create', 'set', 'unset'):
        raise ValueError(f'unknown tag option mode: {mode!r}')
    group = parser if mode == 'set' else parser.add_mutually_exclusive_group()
    if mode == 'unset':
        tag_help = (
            f'Tag to remove from the {what} '
            '(repeat option to remove multiple tags)'
        )
    else:
        tag_help = (
            f'Tag to add to the {what} (repeat option to set multiple tags)'
        )
    group.add_argument(
        '--tag', action='append', dest='tags', metavar='<tag>', default=[],
        help=tag_help,
    )
    if mode == 'create':
        group.add_argument(
            '--no-tag', action='store_true', help=f'No tags on the {what}',
        )
    elif mode == 'set':
        group.add_argument(
            '--no-tag',
            action='store_true',
            help=f'Remove all tags from the {what} (specify both --tag and '
            '--no-tag to replace the current tags)',
        )
    else:
        group.add_argument(
            '--all-tag', action='store_true',
            help=f'Remove all tags from the {what}',
        )


def merged_tags(existing, add=(), remove=(), clear=False):
    """The tags after a set/unset, sorted and without duplicates."""
    tags = set() if clear else set(existing or ())
    tags.difference_update(remove or ())
    tags.update(add or ())
    return sorted(tags)


def tags_from_args(existing, parsed_args, *, unset=False):
    """``merged_tags()`` for the options ``add_tag_option`` added."""
    if unset:
        return merged_tags(existing, remove=parsed_args.tags,
                           clear=getattr(parsed_args, 'all_tag', False))
    return merged_tags(existing, add=parsed_args.tags,
                       clear=getattr(parsed_args, 'no_tag', False))
