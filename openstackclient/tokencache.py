"""Token reuse across runs (doc/token-cache.rst).

After a command has signed in, the auth plugin's state (the token and the
catalog Keystone returned with it) and the version documents the session
fetched are written to one file per set of auth options; the next run
with the same options loads them and sends no authentication or version
discovery request. keystoneauth signs in again by itself when the token
is within ``MIN_TOKEN_LIFE_SECONDS`` of expiry or a service answers 401,
and the new state replaces the old at the end of that run.

Files: ``<XDG_CACHE_HOME or ~/.cache>/openstackclient/tokens/<id>.json``.
``<id>`` is derived from keystoneauth's ``get_cache_id()`` of the plugin, a
SHA-256 of every auth option (secrets included), so a changed password,
project or user is another entry, and the name reveals neither the options
nor the token; the path and modification time of the clouds.yaml and
secure.yaml that were read are part of it too, so a rewritten file (a
devcloud made anew) starts afresh. The folder is made 0700 and each file 0600; a folder or
file that another user owns, or that group or others may read or write, is
not used, and a warning says which and why. Plugins that cannot be cached
(``admin_token``, ``none``, anything without ``get_cache_id``) are not.

Interface (``clientmanager`` is the only user, plus ``token revoke`` and
``cloud cache delete``):

``enabled(config)``
    False when ``--no-token-cache``, ``OS_TOKEN_CACHE=0`` (or ``false``,
    ``no``, ``off``) or ``token_cache: false`` in clouds.yaml says so.
``Entry.for_plugin(plugin, config_files=())``
    The cache entry of a plugin (and of the config files it came from),
    or None when it cannot be cached.
``entry.load(plugin)``
    Installs the cached state into the plugin (True) unless there is none,
    it is unsafe, unreadable or about to expire (False; the last two are
    deleted).
``entry.save(plugin, session)``
    Writes the plugin's current state and the session's version documents
    when they differ from what was loaded; no-op without a token.
``entry.delete()``, ``forget_token(token)``, ``clear()``
    Remove one entry, every entry holding ``token``, or all entries; they
    return how many files were removed.
"""

import hashlib
import json
import logging
import os
import stat

from openstackclient import registry
from openstackclient.cli import private

LOG = logging.getLogger(__name__)

ENV = 'OS_TOKEN_CACHE'
CONFIG_KEY = 'token_cache'
_OFF = ('0', 'false', 'no', 'off')


def enabled(config):
    """Is the cache on for this cloud config (a dict)?"""
    value = config.get(CONFIG_KEY)
    if value is None:
        value = os.environ.get(ENV)
    if value is None:
        return True
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() not in _OFF


def directory():
    return os.path.join(registry.cache_dir(), 'tokens')


def _safe_directory(create):
    """The cache folder if it is safe to use (made 0700 if ``create``)."""
    path, why = private.folder(directory(), create)
    if why:
        LOG.warning('Not using the token cache: %s', why)
    return path


def _discovery(url, data):
    """A version document from the cache as keystoneauth's ``Discover``,
    which keeps only its URL and the versions it fetched."""
    from keystoneauth1 import discover

    disc = discover.Discover.__new__(discover.Discover)
    disc._url = url
    disc._data = data
    return disc


def _discovery_documents(*caches):
    docs = {}
    for cache in caches:
        for url, disc in (cache or {}).items():
            data = getattr(disc, '_data', None)
            if isinstance(data, list):
                docs[url] = data
    return docs


class Entry:
    """One cache file; see the module docstring."""

    def __init__(self, cache_id):
        digest = hashlib.sha256(cache_id.encode()).hexdigest()
        self.name = f'{digest}.json'
        self._loaded = None

    @classmethod
    def for_plugin(cls, plugin, config_files=()):
        """``config_files``: the clouds.yaml/secure.yaml read, if any;
        rewriting one (a devcloud made anew, a cloud moved) is a new
        entry, so no token or catalog of the old cloud is reused."""
        if plugin is None or not hasattr(plugin, 'get_auth_state'):
            return None
        try:
            cache_id = plugin.get_cache_id()
        except Exception as e:  # a plugin that cannot say: no cache
            LOG.debug('Token cache: no cache id: %s', e)
            return None
        if not cache_id:
            return None
        for path in config_files:
            try:
                st = os.stat(path)
            except (OSError, TypeError):
                continue
            cache_id += f'\0{path}\0{st.st_mtime_ns}\0{st.st_ino}'
        return cls(cache_id)

    def _path(self, folder):
        return os.path.join(folder, self.name)

    def _read(self):
        folder = _safe_directory(create=False)
        if folder is None:
            return None
        path = self._path(folder)
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            return None
        except OSError as e:
            LOG.warning('Not using the cached token in %s: %s', path,
                        e.strerror or e)
            return None
        with os.fdopen(fd, encoding='utf-8') as f:
            st = os.fstat(f.fileno())
            problem = (private.problem(st, path) if stat.S_ISREG(st.st_mode)
                       else f'{path} is not a regular file')
            if problem:
                LOG.warning('Not using the cached token: %s', problem)
                return None
            try:
                data = json.load(f)
                if not isinstance(data, dict) or not isinstance(
                        data.get('auth'), str):
                    raise ValueError('no auth state')
            except ValueError as e:
                LOG.debug('Token cache %s is unreadable (%s); removing it',
                          path, e)
                self.delete()
                return None
        return data

    def load(self, plugin):
        data = self._read()
        if data is None:
            return False
        try:
            plugin.set_auth_state(data['auth'])
            ref = plugin.auth_ref
            fresh = ref is not None and not ref.will_expire_soon(
                getattr(plugin, 'MIN_TOKEN_LIFE_SECONDS', 120))
        except Exception as e:  # stale format, bad dates...
            LOG.debug('Token cache entry unusable: %s', e)
            fresh = False
        if not fresh:
            plugin.set_auth_state(None)
            self.delete()
            return False
        from openstackclient.cli import redact

        redact.add_secret(plugin.auth_ref.auth_token)
        cache = getattr(plugin, '_discovery_cache', None)
        if isinstance(cache, dict):
            for url, versions in (data.get('discovery') or {}).items():
                if isinstance(versions, list):
                    cache.setdefault(url, _discovery(url, versions))
        self._loaded = data
        LOG.debug('Using the cached token (expires %s)',
                  plugin.auth_ref.expires)
        return True

    def save(self, plugin, session=None):
        state = plugin.get_auth_state() if plugin is not None else None
        if not state:
            return
        data = {'auth': state, 'discovery': _discovery_documents(
            getattr(session, '_discovery_cache', None),
            getattr(plugin, '_discovery_cache', None))}
        if data == self._loaded:
            return
        folder = _safe_directory(create=True)
        if folder is None:
            return
        path = self._path(folder)
        tmp = f'{path}.{os.getpid()}.tmp'
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                         | os.O_NOFOLLOW, 0o600)
            with os.fdopen(fd, 'w', encoding='utf-8') as f:
                json.dump(data, f)
            os.replace(tmp, path)
        except OSError as e:
            LOG.debug('Could not write the token cache %s: %s', path, e)
            _unlink(tmp)
            return
        self._loaded = data

    def delete(self):
        return _unlink(os.path.join(directory(), self.name))


def _unlink(path):
    try:
        os.unlink(path)
    except FileNotFoundError:
        return 0
    except OSError as e:
        LOG.debug('Could not remove %s: %s', path, e)
        return 0
    return 1


def _entries():
    folder = _safe_directory(create=False)
    if folder is None:
        return []
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder))
            if name.endswith('.json')]


def forget_token(token):
    """Remove every entry that holds ``token``; how many were removed."""
    removed = 0
    for path in _entries():
        try:
            with open(path, encoding='utf-8') as f:
                auth = json.loads(json.load(f).get('auth') or '{}')
        except (OSError, ValueError, AttributeError):
            continue
        if auth.get('auth_token') == token:
            removed += _unlink(path)
    return removed


def clear():
    """Remove every entry; how many were removed."""
    return sum(_unlink(path) for path in _entries())
