"""API modules, with plugins' imported only when a command needs them.

Before a command runs, the shell needs little of an API module: its API
name, the attribute holding its version option, and the global options its
``build_option_parser`` adds (``--os-dns-api-version``). Our modules
(``openstack.cli.base``) are tiny and imported. A plugin's module
(``openstack.cli.extension``) usually imports ``osc_lib.utils`` and with it
openstacksdk, about half a second, so what the shell needs of it is
recorded once, in the user's cache next to the command table, and stands
in for the module (``LazyModule``) until something else is asked of it:
``make_client`` or ``API_VERSIONS``, when a command uses the API's client.

A recorded option's default is replayed as the plugin computes it: the
constant default, or, for options following OSC's convention (osc-lib's
``utils.env``), the ``OS_<OPTION>`` variable when it is set. A plugin whose
options cannot be recorded faithfully (a custom action or type, an
argument group, a default from some other variable set while recording)
is imported on every run, as before. What recording cannot see is a
default from another variable that was unset then and is set later. A
record is dropped when the module's file changes. Defaults are recorded
as computed with no variable set, so a value from the environment (a
plugin's token option, say) is never written to the cache. A module that
fails to import is not recorded: it is tried (and reported) each run.
"""

import contextlib
import json
import os

from openstackclient import registry

#: Module attributes the shell reads before a command runs.
ATTRIBUTES = ('API_NAME', 'API_VERSION_OPTION', 'DEFAULT_API_VERSION',
              'API_EXTENSIONS')
#: argparse ``type`` values a record can name.
_TYPES = {'int': int, 'float': float, 'str': str}
_SENTINEL = '<recorded-default-marker>'


class Unrecordable(Exception):
    """The plugin's options cannot be replayed from a record."""


class _Recorder:
    """Stands in for the global parser in ``build_option_parser``."""

    def __init__(self):
        self.calls = []

    def add_argument(self, *flags, **kwargs):
        for key, value in kwargs.items():
            if key == 'type':
                if value not in _TYPES.values():
                    raise Unrecordable(f'{flags[0]}: type {value!r}')
                kwargs[key] = value.__name__
            elif key == 'action' and not isinstance(value, str):
                raise Unrecordable(f'{flags[0]}: action {value!r}')
        try:
            json.dumps([flags, kwargs])
        except (TypeError, ValueError):
            raise Unrecordable(f'{flags[0]}: not plain data')
        self.calls.append([list(flags), kwargs])

    # Groups shape --help (or the parse): a flat replay would lose that.
    def add_argument_group(self, *args, **kwargs):
        raise Unrecordable('an argument group')

    def add_mutually_exclusive_group(self, *args, **kwargs):
        raise Unrecordable('a mutually exclusive group')


def env_name(flags):
    """``OS_DNS_API_VERSION`` for ``--os-dns-api-version``: the variable
    osc-lib's convention gives an option."""
    longest = max(flags, key=len)
    return longest.lstrip('-').upper().replace('-', '_')


def _env(name, default):
    """osc-lib's ``utils.env``: the variable unless unset or empty."""
    return os.environ.get(name) or default


def _set_environ(values):
    """Set each variable of ``values``; None unsets it."""
    for name, value in values.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@contextlib.contextmanager
def _environment(changes):
    """``os.environ`` with ``changes`` (None: unset), restored after."""
    saved = {name: os.environ.get(name) for name in changes}
    try:
        _set_environ(changes)
        yield
    finally:
        _set_environ(saved)


def _run_build(module, changes=None):
    recorder = _Recorder()
    build = getattr(module, 'build_option_parser', None)
    if build is not None:
        with _environment(changes or {}):
            build(recorder)
    return recorder.calls


def replay_defaults(options):
    """``(flags, kwargs)`` of the recorded options, their defaults as of
    the environment now (``type`` still a name)."""
    result = []
    for flags, kwargs, env in options:
        kwargs = dict(kwargs)
        if env:
            kwargs['default'] = _env(env, kwargs.get('default'))
        result.append((list(flags), kwargs))
    return result


def record(module):
    """What the shell needs of ``module``, as plain data.

    ``build_option_parser`` runs three times on a recorder: as the
    environment is, with no variable set at all (the constant defaults),
    and with only each option's ``OS_*`` variable set, to a marker (which
    options it sets). The replay must give what the first run gave, or a
    default comes from elsewhere and the record would be wrong.
    """
    attributes = {}
    for name in ATTRIBUTES:
        value = getattr(module, name, None)
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            raise Unrecordable(f'{name} is not plain data')
        attributes[name] = value
    now = _run_build(module)
    names = [env_name(flags) for flags, _ in now]
    empty = dict.fromkeys(os.environ)
    plain = _run_build(module, empty)
    marked = _run_build(module, {**empty, **dict.fromkeys(names, _SENTINEL)})
    if [flags for flags, _ in plain] != [flags for flags, _ in marked]:
        raise Unrecordable('its options depend on the environment')
    options = []
    for (flags, kwargs), (_, kwargs_marked) in zip(plain, marked):
        env = env_name(flags)
        if kwargs_marked.get('default') != _SENTINEL:
            env = None
            if kwargs_marked != kwargs:
                raise Unrecordable(f'{flags[0]}: a default from elsewhere')
        options.append([flags, kwargs, env])
    if [list(pair) for pair in replay_defaults(options)] != now:
        raise Unrecordable('the replayed defaults differ')
    path = _source(module)
    return {'file': path, 'stamp': _stamp(path), 'attributes': attributes,
            'options': options}


def _current(recorded):
    """Whether the module's file is as it was when recorded."""
    return recorded.get('stamp') == _stamp(recorded.get('file'))


def _source(module):
    return getattr(module, '__file__', None)


def _stamp(path):
    try:
        return os.stat(path).st_mtime_ns if path else None
    except OSError:
        return None


class LazyModule:
    """A plugin's API module as recorded; imported on other attributes."""

    def __init__(self, entry_point, recorded):
        self.__dict__['_entry_point'] = entry_point
        self.__dict__['_module'] = None
        self.__dict__.update(recorded['attributes'])
        self.__dict__['_options'] = recorded['options']

    def build_option_parser(self, parser):
        for flags, kwargs in replay_defaults(self._options):
            if 'type' in kwargs:
                kwargs['type'] = _TYPES[kwargs['type']]
            parser.add_argument(*flags, **kwargs)
        return parser

    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        if self._module is None:
            import importlib

            self.__dict__['_module'] = importlib.import_module(
                self._entry_point.module)
        return getattr(self._module, name)

    def __repr__(self):
        return f'<LazyModule {self._entry_point.module}>'


def _warn(ep, exc, stderr, debug):
    stderr.write(f'WARNING: Failed to import plugin {ep.group}:{ep.name} '
                 f'({ep.dist}): {exc}\n')
    if debug:
        import traceback

        traceback.print_exception(exc, file=stderr)


def load(table, stderr, debug=False):
    """The API modules, in ``table.api_entry_points()`` order: ours
    imported, plugins' as ``LazyModule`` where recorded (recording the
    others); a module that fails to import is reported and left out."""
    import importlib

    name = f'api-modules-{table.key}.json' if table.key else None
    cached = (registry.read_cache(name) if name else None) or {}
    changed = False
    modules = []
    for ep in table.api_entry_points():
        plugin = ep.group == registry.EXTENSION_API_GROUP
        recorded = cached.get(ep.value) if plugin else None
        if recorded is not None and not _current(recorded):
            recorded = None
        if recorded is not None and not recorded.get('eager'):
            modules.append(LazyModule(ep, recorded))
            continue
        try:
            module = importlib.import_module(ep.module)
        except Exception as e:  # a broken plugin must not break the shell
            _warn(ep, e, stderr, debug)
            continue
        modules.append(module)
        if plugin and recorded is None and name:
            cached[ep.value] = _record_or_eager(module)
            changed = True
    if changed:
        registry.write_cache(name, cached)
    return modules


def _record_or_eager(module):
    try:
        return record(module)
    except Unrecordable as e:
        registry.debug('API module %s is imported on every run: %s',
                        module.__name__, e)
    except Exception as e:  # a plugin's own bug while recording
        registry.debug('Could not record API module %s: %s',
                        module.__name__, e)
    path = _source(module)
    return {'eager': True, 'file': path, 'stamp': _stamp(path)}
