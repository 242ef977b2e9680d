"""Find one resource by name or ID, failing with a clear message.

openstacksdk is not imported here: its exceptions are recognised by class
name and module, since one can only be raised once the SDK is loaded.
"""

from openstackclient.cli import columns as cols
from openstackclient.cli import errors

_NOT_FOUND = ('ResourceNotFound', 'NotFoundException')
_DUPLICATE = ('DuplicateResource',)


def not_found(kind, name_or_id):
    """The error for a name or ID that matches nothing."""
    return errors.NotFoundError(
        f"No {kind} with a name or ID of '{name_or_id}' exists."
    )


def ambiguous(kind, name_or_id):
    """The error for a name that matches more than one resource."""
    return errors.AmbiguousError(
        f"More than one {kind} exists with the name '{name_or_id}'; "
        'use the ID.'
    )


def _is_sdk_error(exc, names):
    return any(
        cls.__name__ in names and cls.__module__.startswith('openstack.')
        for cls in type(exc).__mro__
    )


def find(proxy_find, name_or_id, *, kind, **filters):
    """Call an SDK ``find_*`` method; raise our errors if none or many match.

    ``proxy_find`` is e.g. ``conn.identity.find_project``; ``filters``
    are passed on (``domain_id=...``). Any other error (HTTP 403, 500,
    connection failures) propagates unchanged.
    """
    try:
        return proxy_find(name_or_id, ignore_missing=False, **filters)
    except Exception as exc:
        if _is_sdk_error(exc, _NOT_FOUND):
            raise not_found(kind, name_or_id) from exc
        if _is_sdk_error(exc, _DUPLICATE):
            raise ambiguous(kind, name_or_id) from exc
        raise


def find_on(proxy, resource, name_or_id, *, kind=None, **filters):
    """``find`` with ``proxy.find_<resource>``; ``kind`` defaults to the
    SDK resource name with spaces ('security_group' -> 'security group')."""
    return find(getattr(proxy, 'find_' + resource), name_or_id,
                kind=kind or resource.replace('_', ' '), **filters)


def find_in(items, name_or_id, *, kind, key_attrs=('id', 'name')):
    """Pick one of ``items`` (already fetched) by ID or name.

    ``key_attrs[0]`` is the ID: an exact ID match wins. Otherwise exactly
    one item must match on one of the other attributes.
    """
    items = list(items)
    id_attr, *name_attrs = key_attrs
    for item in items:
        if cols.get(item, id_attr) == name_or_id:
            return item
    matches = [
        item
        for item in items
        if any(cols.get(item, attr) == name_or_id for attr in name_attrs)
    ]
    if not matches:
        raise not_found(kind, name_or_id)
    if len(matches) > 1:
        raise ambiguous(kind, name_or_id)
    return matches[0]
