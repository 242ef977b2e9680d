"""The command table: names from entry points, modules imported on use.

Commands are registered as entry points in OSC's namespaces
(``openstack.cli``, ``openstack.common``, ``openstack.<api>.v<N>``,
``openstack.extension``); API modules in ``openstack.cli.base`` (ours) and
``openstack.cli.extension`` (plugins). Reading entry points through
importlib.metadata costs tens of milliseconds, so the table of every
``openstack.*`` entry point is cached per interpreter and ``sys.path``
state in the user's cache folder, and rebuilt when a path entry changes
(installing or removing a package touches its site-packages folder).

Help summaries for ``openstack --help`` are read from the command modules'
source with ``ast`` (no import), and cached the same way.
"""

import hashlib
import json
import os
import sys


def debug(message, *args):
    """Log at debug level; logging is imported only when there is news."""
    import logging

    logging.getLogger(__name__).debug(message, *args)

OUR_DIST = 'openstackclient'
COMMAND_NAMESPACE = 'openstack.cli'
BASE_API_GROUP = 'openstack.cli.base'
EXTENSION_API_GROUP = 'openstack.cli.extension'
ALWAYS_GROUPS = ('openstack.cli', 'openstack.common', 'openstack.extension')
_CACHE_VERSION = 2


class EntryPoint:
    """A command's entry point: enough to find it, load it, and credit it."""

    __slots__ = ('group', 'name', 'value', 'dist', 'version')

    def __init__(self, group, name, value, dist, version):
        self.group = group
        self.name = name
        self.value = value
        self.dist = dist
        self.version = version

    @property
    def module(self):
        return self.value.partition(':')[0].strip()

    @property
    def attr(self):
        return self.value.partition(':')[2].strip()

    def load(self):
        import importlib

        obj = importlib.import_module(self.module)
        for part in filter(None, self.attr.split('.')):
            obj = getattr(obj, part)
        return obj

    def __repr__(self):
        return f'EntryPoint({self.group}:{self.name} = {self.value})'


def cache_dir():
    base = os.environ.get('XDG_CACHE_HOME') or os.path.join(
        os.path.expanduser('~'), '.cache')
    return os.path.join(base, 'openstackclient')


def _state_key():
    """A hash of the interpreter and the state of every sys.path entry."""
    parts = [str(_CACHE_VERSION), sys.executable, sys.version]
    for entry in sys.path:
        try:
            stamp = os.stat(entry or '.').st_mtime_ns
        except OSError:
            stamp = 0
        parts.append(f'{entry}\0{stamp}')
    return hashlib.sha256('\n'.join(parts).encode()).hexdigest()[:32]


def read_cache(name):
    try:
        with open(os.path.join(cache_dir(), name), encoding='utf-8') as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def write_cache(name, data):
    """Write atomically, owner-only; a cache we cannot write is skipped."""
    directory = cache_dir()
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        tmp = os.path.join(directory, f'.{name}.{os.getpid()}')
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, 'w', encoding='utf-8') as f:
            json.dump(data, f)
        os.replace(tmp, os.path.join(directory, name))
    except OSError as e:
        debug('Could not write cache %s: %s', name, e)


def _scan_entry_points():
    """Every ``openstack.*`` entry point of every installed distribution."""
    import importlib.metadata

    rows = []
    seen = set()
    for dist in importlib.metadata.distributions():
        name = dist.metadata['Name'] or ''
        key = name.lower().replace('_', '-')
        if key in seen:
            continue  # a copy further down sys.path is shadowed
        seen.add(key)
        for ep in dist.entry_points:
            if ep.group.startswith('openstack.'):
                rows.append([ep.group, ep.name, ep.value, name,
                             dist.version])
    return rows


def load_entry_points(use_cache=True):
    key = _state_key()
    name = f'entry-points-{key}.json'
    rows = read_cache(name) if use_cache else None
    if rows is None:
        rows = _scan_entry_points()
        if use_cache:
            write_cache(name, rows)
    return [EntryPoint(*row) for row in rows], key


class CommandTable:
    """Entry points by group, and the command table built from them."""

    def __init__(self, entry_points, key=None):
        self.key = key
        #: name -> (entry point used, entry point passed over)
        self.clashes = {}
        self.by_group = {}
        for ep in entry_points:
            self.by_group.setdefault(ep.group, []).append(ep)

    def api_entry_points(self):
        """API modules: ours (``openstack.cli.base``) then plugins', one
        per API name.

        When a plugin of ours (plugins/) and another package both declare
        an API, the other package's module is kept: its commands expect
        ``client_manager.<api>`` to be its own client, while our plugins'
        commands use the SDK connection and need none.
        """
        ours = self.by_group.get(BASE_API_GROUP, [])
        names = {ep.name for ep in ours}
        extra = {}
        for ep in self.by_group.get(EXTENSION_API_GROUP, []):
            if ep.name in names:
                continue
            current = extra.get(ep.name)
            if current is None or (is_ours(current.dist)
                                   and not is_ours(ep.dist)):
                extra[ep.name] = ep
        return ours + list(extra.values())

    def commands(self, groups):
        """Command name -> entry point for ``groups``; ours win clashes.

        Ours are this package's and its plugins' (distributions named
        ``openstackclient-*``, from plugins/): when python-heatclient and
        plugins/orchestration both register ``stack list``, ours runs.
        Between two packages of others, the first found stays.
        """
        table = {}
        for group in groups:
            for ep in self.by_group.get(group, []):
                name = ep.name.replace('_', ' ')
                current = table.get(name)
                if current is not None and (current.value, current.dist) == (
                        ep.value, ep.dist):
                    continue   # the same entry point, seen twice
                if current is None or (
                        is_ours(ep.dist) and not is_ours(current.dist)):
                    if current is not None:
                        self.clashes[name] = (ep, current)
                    table[name] = ep
                else:
                    self.clashes[name] = (current, ep)
        return table

    def log_clashes(self, log):
        """Log (debug) which package won each clash seen so far."""
        for name, (used, other) in sorted(self.clashes.items()):
            log.debug("command '%s': using %s (%s) over %s (%s)", name,
                      used.value, used.dist, other.value, other.dist)


def is_ours(dist):
    """True for this distribution and the plugins of plugins/."""
    name = (dist or '').lower().replace('_', '-')
    return name == OUR_DIST or name.startswith(OUR_DIST + '-')


def api_group(api_name, version):
    """The command group of an API version: ``openstack.<api>.v<major>``."""
    major = str(version).replace('.', '_').split('_')[0]
    return f"openstack.{api_name.replace('-', '_')}.v{major}"


def summaries(entry_points, key):
    """Command name -> one-line summary, from source, cached by ``key``."""
    name = f'summaries-{key}.json' if key else None
    cached = read_cache(name) if name else None
    wanted = {ep.name.replace('_', ' '): ep for ep in entry_points}
    if cached is not None and set(wanted) <= set(cached):
        return cached
    from openstackclient.cli import docstrings

    result = docstrings.summaries(wanted)
    if name:
        merged = dict(cached or {})
        merged.update(result)
        write_cache(name, merged)
    return result
