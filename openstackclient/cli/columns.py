"""Declarative output columns: what to show, under which label, and how.

A command lists its columns once as data::

    COLUMNS = (
        Column('id', 'ID'),
        Column('name', 'Name'),
        Column('tags', 'Tags', ListColumn, long=True),
        Column('flavor.original_name', 'Flavor'),
    )

and ``row()`` / ``show()`` turn any resource into output values.

Values are looked up on SDK resources, plain dicts and other objects alike
(see ``get``). Missing values: an attribute or key that does not exist at
all becomes ``''`` (as in python-openstackclient) and is never passed to
the formatter. A value that exists but is ``None`` is passed to formatter
classes (``FormattableColumn`` subclasses, which render it as empty) but
not to plain callables, so ``None`` reaches the output unchanged.
"""

import dataclasses
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from cliff import columns as cliff_columns

#: Marks a value that is not there at all (distinct from ``None``).
MISSING = object()


@dataclasses.dataclass(frozen=True)
class Column:
    """One output column.

    ``attr`` is an attribute/key name, a dotted path (``'flavor.name'``)
    or a callable taking the resource. ``formatter`` is a
    ``FormattableColumn`` subclass or any callable applied to the value.
    ``long`` columns are shown only with ``--long``.
    """

    attr: str | Callable[[Any], Any]
    label: str
    formatter: Callable[[Any], Any] | None = None
    long: bool = False


class DictColumn(cliff_columns.FormattableColumn):
    """A dict: ``a='1', b='2'`` for people, the dict for machines."""

    def human_readable(self):
        return format_dict(self._value or {})

    def machine_readable(self):
        return dict(self._value or {})


class ListColumn(cliff_columns.FormattableColumn):
    """A list: sorted and comma-joined for people, the list for machines."""

    def human_readable(self):
        return ', '.join(sorted(str(item) for item in self._value or ()))

    def machine_readable(self):
        return list(self._value or ())


class SizeColumn(cliff_columns.FormattableColumn):
    """A size in bytes: ``1.5G`` for people, the number for machines."""

    def human_readable(self):
        if self._value is None:
            return ''
        return format_size(self._value)


def format_dict(data, prefix=''):
    """``key='value'`` pairs sorted by key; nested dicts as ``a.b='v'``."""
    parts = []
    for key in sorted(data):
        name = f'{prefix}.{key}' if prefix else str(key)
        value = data[key]
        if isinstance(value, Mapping):
            nested = format_dict(value, name)
            if nested:
                parts.append(nested)
        elif value is None:
            parts.append(f'{name}=')
        else:
            parts.append(f"{name}='{value}'")
    return ', '.join(parts)


def format_size(size):
    """Bytes in powers of 1000 with one decimal: ``1.5G``, ``980``."""
    value = float(size)
    for suffix in ('', 'K', 'M', 'G', 'T', 'P', 'E'):
        if value < 1000:
            break
        value /= 1000
    else:
        suffix = 'Z'
    text = f'{value:.1f}'.rstrip('0').rstrip('.')
    return f'{text}{suffix}'


def get(resource, attr):
    """The value at ``attr`` (name, dotted path or callable), or MISSING.

    Mappings are read by key first; other objects by attribute. SDK
    resources work either way. Methods of a mapping (``items``) never
    count as values.
    """
    if callable(attr):
        return attr(resource)
    value = resource
    for name in attr.split('.'):
        value = _get_one(value, name)
        if value is MISSING:
            break
    return value


def _get_one(obj, name):
    if obj is None or obj is MISSING:
        return MISSING
    if isinstance(obj, Mapping):
        try:
            return obj[name]
        except (KeyError, AttributeError, TypeError):
            pass
        value = getattr(obj, name, MISSING)
        if inspect.ismethod(value) or inspect.isbuiltin(value):
            return MISSING
        return value
    return getattr(obj, name, MISSING)


def value(resource, spec):
    """The output value of one column for ``resource``."""
    data = get(resource, spec.attr)
    if data is MISSING:
        return ''
    formatter = spec.formatter
    if formatter is None:
        return data
    is_column_class = isinstance(formatter, type) and issubclass(
        formatter, cliff_columns.FormattableColumn
    )
    if data is None and not is_column_class:
        return None
    return formatter(data)


def select(specs, long=False):
    """The columns to show: all with ``long``, else those not ``long``."""
    return [spec for spec in specs if long or not spec.long]


def labels(specs):
    """The column labels, in order."""
    return tuple(spec.label for spec in specs)


def row(resource, specs):
    """One row of output values for ``resource``, in column order."""
    return tuple(value(resource, spec) for spec in specs)


def show(resource, specs, long=True):
    """``(labels, values)`` for a ShowOne command, in column order."""
    shown = select(specs, long)
    return labels(shown), row(resource, shown)
