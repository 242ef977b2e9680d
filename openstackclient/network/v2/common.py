"""What network v2 commands share: lookups, tag and project options, output.

Interface (every module under ``openstackclient/network/v2`` relies on
these names; nothing here imports openstacksdk):

``client(app)``
    The SDK network proxy of the signed-in session.

``find(network, resource, name_or_id, *, kind=None, **filters)``
    ``network.find_<resource>(name_or_id, ignore_missing=False,
    **filters)`` through ``cli.lookup.find``: a name or ID that matches
    nothing raises ``errors.NotFoundError`` (exit 5), a name that matches
    several ``errors.AmbiguousError`` (exit 1), each as one line naming
    ``kind`` (default: ``resource`` with spaces, e.g. ``'security group'``).
    Any other error (403, 500, connection) propagates.

``find_id(network, resource, name_or_id, **kw)``
    ``find(...).id``; None stays None.

``add_tag_options(parser, what, mode)``
    ``--tag <tag>`` (repeatable, dest ``tags``) with ``--no-tag`` for
    ``mode`` 'create' and 'set', or ``--all-tag`` for 'unset' (the
    options of ``cli.properties.add_tag_option``).

``set_tags(network, resource, parsed_args, mode)``
    Applies those options to a resource through the SDK's
    ``network.set_tags`` (one PUT of the whole tag list), only when they
    change something. 'create': the given tags (``--no-tag`` or none:
    nothing). 'set': ``--no-tag`` clears first, ``--tag`` adds. 'unset':
    ``--tag`` removes, ``--all-tag`` removes all. Returns the resource
    (the SDK updates its ``tags`` in place).

``add_tag_filter_options(parser, what)`` / ``tag_filters(parsed_args)``
    List filters ``--tags``, ``--any-tags``, ``--not-tags``,
    ``--not-any-tags`` (each ``<tag>[,<tag>,...]``), and the query
    arguments they give the SDK's list methods (``tags``, ``any_tags``,
    ``not_tags``, ``not_any_tags``, comma-joined).

``add_project_options(parser, help=None)`` / ``project_id(app, parsed_args)``
    ``--project <project>`` and ``--project-domain <project-domain>``; the
    ID of the project they name, looked up in Keystone with
    ``identity.v3.common.find_project`` (None when ``--project`` is not
    given). A user who may not look projects up (HTTP 403) passes the
    value on as an ID, as OSC does.

``add_toggle(parser, on, off, dest, on_help, off_help, default=None)``
    A mutually exclusive pair such as ``--enable``/``--disable``: ``dest``
    is True, False, or ``default`` when neither is given.

``changed(**values)``
    Only the keyword arguments that are not None.

``AdminStateColumn``, ``ListColumn``, ``DictColumn``, ``ListDictColumn``
    Formatters: ``UP``/``DOWN`` for ``admin_state_up`` (the boolean in
    JSON); lists and dicts as ``cli.columns`` renders them; a list of
    dicts (fixed IPs, allowed address pairs) as one ``key='value'`` line
    per dict (the list in JSON).

``key_value_type(*keys, required=())``
    argparse type for ``k1=v1,k2=v2`` values (``--fixed-ip
    subnet=<s>,ip-address=<ip>``): a dict of the known ``keys`` given;
    unknown keys, empty values or missing ``required`` keys are a usage
    error.

``fields(resource, renames=None, formatters=None, hidden=())``
    ``(labels, values)`` of every field of an SDK resource, sorted by
    label, as OSC's show commands output them: SDK attribute names
    renamed to the API's (``is_shared`` -> ``shared``, ``tenant_id`` is
    dropped for ``project_id``; see ``RENAMES``), ``location`` hidden.

``Paginated``
    Mixin (before the lister base) adding OSC's ``--limit`` (the page
    size: Neutron then pages, and openstacksdk follows the ``next`` links
    to the end), ``--marker`` and ``--max-items`` (``cli.pagination``;
    ``pagination.query`` gives the SDK list arguments for them).
    ``paginate_here(items, parsed_args,
    key='id')`` applies the marker and the cap to a whole list instead,
    for the collections Neutron does not page.

``NetworkDelete``
    Base of ``<resource> delete`` commands (``cli.multi``): subclasses set
    ``resource`` (the label, e.g. 'security group') and ``sdk_resource``
    (e.g. 'security_group'); each item is found by name or ID and deleted
    with ``delete_<sdk_resource>(item, ignore_missing=False)``.
"""

import argparse
import itertools

from cliff import columns as cliff_columns

from openstackclient.cli import columns as cols
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli import properties

ListColumn = cols.ListColumn
DictColumn = cols.DictColumn

#: SDK attribute names -> the API's names, as OSC shows them.
RENAMES = {
    'is_admin_state_up': 'admin_state_up',
    'is_default': 'is_default',
    'is_distributed': 'distributed',
    'is_ha': 'ha',
    'is_port_security_enabled': 'port_security_enabled',
    'is_router_external': 'router:external',
    'is_shared': 'shared',
    'is_dhcp_enabled': 'enable_dhcp',
}

_HIDDEN = ('location', 'tenant_id')


def client(app):
    """The SDK network proxy of the signed-in session."""
    return app.client_manager.network


find = lookup.find_on


def find_id(network, resource, name_or_id, **kw):
    """The ID of ``find(...)``; None stays None."""
    if name_or_id is None:
        return None
    return find(network, resource, name_or_id, **kw).id


def changed(**values):
    """Only the keyword arguments that were given (not None)."""
    return {key: value for key, value in values.items() if value is not None}


# -- tags ------------------------------------------------------------------

def add_tag_options(parser, what, mode):
    """``--tag``, with ``--no-tag`` (create, set) or ``--all-tag`` (unset)."""
    properties.add_tag_option(parser, what, mode=mode)


def set_tags(network, resource, parsed_args, mode):
    """Apply the tag options of ``add_tag_options`` to ``resource``."""
    given = list(getattr(parsed_args, 'tags', None) or [])
    if mode == 'create':
        if given and not getattr(parsed_args, 'no_tag', False):
            return network.set_tags(resource, sorted(set(given)))
        return resource
    existing = list(getattr(resource, 'tags', None) or [])
    if mode == 'unset':
        clear = getattr(parsed_args, 'all_tag', False)
        if not (given or clear):
            return resource
        target = properties.merged_tags(existing, remove=given, clear=clear)
    else:
        clear = getattr(parsed_args, 'no_tag', False)
        if not (given or clear):
            return resource
        target = properties.merged_tags(existing, add=given, clear=clear)
    if target == sorted(existing):
        return resource
    return network.set_tags(resource, target)


_TAG_FILTERS = (
    # option, SDK query argument, help
    ('--tags', 'tags', 'List {what}s which have all given tag(s)'),
    ('--any-tags', 'any_tags', 'List {what}s which have any given tag(s)'),
    ('--not-tags', 'not_tags', 'Exclude {what}s which have all given tag(s)'),
    ('--not-any-tags', 'not_any_tags',
     'Exclude {what}s which have any given tag(s)'),
)


def _comma_list(text):
    """argparse type: ``a,b`` -> ``['a', 'b']``."""
    return [item for item in text.split(',') if item]


def add_tag_filter_options(parser, what):
    """``--tags``, ``--any-tags``, ``--not-tags``, ``--not-any-tags``."""
    for option, dest, text in _TAG_FILTERS:
        parser.add_argument(
            option, dest=dest, metavar='<tag>[,<tag>,...]',
            type=_comma_list, action='extend',
            help=text.format(what=what) + ' (comma-separated list of tags)')


def tag_filters(parsed_args):
    """The SDK list query arguments for the tag filter options."""
    query = {}
    for _, dest, _ in _TAG_FILTERS:
        tags = getattr(parsed_args, dest, None)
        if tags:
            query[dest] = ','.join(tags)
    return query


# -- project ---------------------------------------------------------------

def add_project_options(parser, help=None):
    """``--project <project>`` and ``--project-domain``."""
    parser.add_argument('--project', metavar='<project>',
                        help=help or "Owner's project (name or ID)")
    parser.add_argument(
        '--project-domain', metavar='<project-domain>',
        help='Domain the project belongs to (name or ID). This can be '
             'used in case collisions between project names exist.')


def project_id(app, parsed_args):
    """The ID of the project ``--project`` names, or None."""
    if getattr(parsed_args, 'project', None) is None:
        return None
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        parsed_args.project, parsed_args.project_domain)


# -- options ---------------------------------------------------------------

def add_toggle(parser, on, off, dest, on_help, off_help, default=None):
    """A mutually exclusive ``on``/``off`` pair of flags into ``dest``."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(on, dest=dest, action='store_true', default=default,
                       help=on_help)
    group.add_argument(off, dest=dest, action='store_false', help=off_help)
    return group


# -- output ----------------------------------------------------------------

class AdminStateColumn(cliff_columns.FormattableColumn):
    """``UP``/``DOWN`` for people, the boolean for machines."""

    def human_readable(self):
        return 'UP' if self._value else 'DOWN'


class ListDictColumn(cliff_columns.FormattableColumn):
    """One ``key='value', ...`` line per dict; the list for machines."""

    def human_readable(self):
        return '\n'.join(cols.format_dict(item) for item in self._value or ())

    def machine_readable(self):
        return [dict(item) for item in self._value or ()]


def key_value_type(*keys, required=()):
    """argparse type: ``k1=v1,k2=v2`` (only ``keys``) -> a dict."""

    def parse(text):
        result = {}
        for part in text.split(','):
            key, sep, value = part.partition('=')
            if not sep or key not in keys or not value:
                raise argparse.ArgumentTypeError(
                    f"expected {','.join(k + '=<value>' for k in keys)}, "
                    f"got '{text}'")
            result[key] = value
        missing = [key for key in required if key not in result]
        if missing:
            raise argparse.ArgumentTypeError(
                f"missing {', '.join(missing)} in '{text}'")
        return result

    return parse


def fields(resource, renames=None, formatters=None, hidden=()):
    """``(labels, values)`` of every field of ``resource``, sorted."""
    names = dict(RENAMES, **(renames or {}))
    formatters = formatters or {}
    data = resource.to_dict(body=True, headers=False, ignore_none=False)
    out = {}
    for key, value in data.items():
        if key in _HIDDEN or key in hidden:
            continue
        label = names.get(key, key)
        fmt = formatters.get(label)
        out[label] = fmt(value) if fmt is not None else value
    labels = tuple(sorted(out))
    return labels, tuple(out[label] for label in labels)


# -- pagination ------------------------------------------------------------

def paginate_here(items, parsed_args, key='id'):
    """``--marker`` and ``--max-items`` applied to ``items``, for the
    collections Neutron does not page (RBAC policies, QoS rule types):
    those are asked for whole, since Neutron ignores ``limit`` on them
    (openstacksdk then asks again and fails on the repeated page) or
    answers it with HTTP 500. ``--limit``, the page size, sizes nothing.
    A marker that is not listed leaves nothing, as on paged lists."""
    items = iter(items)
    if parsed_args.marker is not None:
        for item in items:
            if cols.get(item, key) == parsed_args.marker:
                break
        else:
            return
    if parsed_args.max_items:         # 0, as on paged lists: no cap
        items = itertools.islice(items, parsed_args.max_items)
    yield from items


class Paginated:
    """Mixin for list commands: ``cli.pagination``'s options."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        pagination.add_options(parser)
        return parser


class NetworkDelete(multi.MultiResourceAction):
    """Delete each named resource (found by name or ID)."""

    #: SDK resource name: find_<it> and delete_<it> on the network proxy.
    sdk_resource = None

    def act(self, parsed_args, name_or_id):
        network = client(self.app)
        item = find(network, self.sdk_resource, name_or_id,
                    kind=self.resource)
        getattr(network, 'delete_' + self.sdk_resource)(
            item, ignore_missing=False)
