"""What project, user and group commands share.

These resources live in a domain, so their names are unique only there:
``find_in_domain`` looks one up within a domain already resolved to an ID
(no second domain lookup), ``create_or_show`` implements ``--or-show``, and
deletes take ``--domain`` (``ScopedDelete``, which finds five or more
items with one listing). Project list sorts with ``--sort``
(``sort_items``).
"""

import logging

from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli.columns import MISSING
from openstackclient.cli.columns import get
from openstackclient.identity.v3 import common

LOG = logging.getLogger(__name__)


def find_in_domain(identity, kind, name_or_id, domain_id=None):
    """The ``kind`` ('project', 'user', 'group') with this name or ID,
    within the domain of this ID (already looked up) if not None."""
    finder = getattr(identity, f'find_{kind}')
    return lookup.find(finder, name_or_id, kind=kind,
                       **common.changed(domain_id=domain_id))


def create_or_show(identity, kind, parsed_args, attrs):
    """``create_<kind>(**attrs)``; with ``--or-show``, on a name clash,
    the existing ``kind`` of that name (in ``attrs['domain_id']`` if
    given)."""
    try:
        return getattr(identity, f'create_{kind}')(**attrs)
    except Exception as exc:
        if not (parsed_args.or_show and common.is_conflict(exc)):
            raise
    LOG.info('Returning existing %s %s', kind, attrs['name'])
    return find_in_domain(identity, kind, attrs['name'],
                          attrs.get('domain_id'))


class ScopedDelete(multi.MultiResourceAction):
    """Delete projects, users or groups, found within ``--domain``.

    Subclasses set ``resource`` ('project', 'user', 'group'); the proxy's
    ``find_<resource>`` and ``delete_<resource>`` are used.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--domain',
            metavar='<domain>',
            help=f'Domain that owns the {self.resource}(s) (name or ID)',
        )
        return parser

    #: From this many items on, one listing (of the domain, if given)
    #: finds them all, instead of a lookup by ID then by name for each.
    LIST_FROM = 5

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)
        self.domain_id = common.domain_id(self.identity, parsed_args.domain)
        self.listed = None
        if len(parsed_args.names) >= self.LIST_FROM:
            self.listed = list(getattr(self.identity, f'{self.resource}s')(
                **common.changed(domain_id=self.domain_id)))

    def act(self, parsed_args, name_or_id):
        found = None
        if self.listed is not None:
            try:
                found = lookup.find_in(self.listed, name_or_id,
                                       kind=self.resource)
            except errors.NotFoundError:
                pass   # not listed (a truncated list?): look it up alone
        if found is None:
            found = find_in_domain(self.identity, self.resource, name_or_id,
                                   self.domain_id)
        getattr(self.identity, f'delete_{self.resource}')(found.id)


def _sort_keys(spec):
    """``'name:desc,id'`` -> ``[('name', True), ('id', False)]``."""
    keys = []
    for part in spec.split(','):
        key, _, direction = part.strip().partition(':')
        direction = direction.strip().lower() or 'asc'
        if not key or direction not in ('asc', 'desc'):
            raise errors.UsageError(
                f"--sort: expected <key>[:asc|desc], got '{part.strip()}'")
        keys.append((key.strip(), direction == 'desc'))
    return keys


def sort_items(items, spec):
    """``items`` sorted by ``--sort`` keys; missing values sort first."""
    items = list(items)
    # Stable sorts from the last key to the first give a multi-key order.
    for key, descending in reversed(_sort_keys(spec)):
        def sort_key(item, key=key):
            value = get(item, key)
            if value is MISSING or value is None:
                return (False, '')
            return (True, value)
        items.sort(key=sort_key, reverse=descending)
    return items
