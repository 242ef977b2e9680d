"""What block storage v3 commands share: the client, lookups, microversions.

Interface (every module under ``openstackclient/volume/v3`` relies on
these names; nothing here imports openstacksdk at module level):

``client(app)``
    The SDK block storage proxy of the signed-in session. When the user
    pinned a microversion (``--os-volume-api-version 3.42`` or
    ``OS_VOLUME_API_VERSION``), every request of the proxy sends it.

``pinned_version(app)``
    That pinned microversion as a string ('3.42'), or None when only the
    major version (the default '3') was given.

``require(app, version, what)``
    Fail with one line (exit 2) unless ``what`` (e.g. ``"--cluster"`` or
    ``"volume summary"``) may be used: with a pinned microversion, it must
    be ``version`` or newer; without one, the cloud must support
    ``version`` (the SDK then negotiates, as OSC's SDK-based commands do).

``supports(app, version)``
    The same test, as a boolean, for optional fields.

``client_at(app, version, what)``
    ``require(...)``, then ``client(app)``; without a pinned microversion
    the proxy sends ``version`` itself, for the APIs the SDK does not
    negotiate (messages, manageable volumes, workers cleanup).

``add_all_projects_option(parser)``
    ``--all-projects`` (dest ``all_projects``, False by default), as the
    admin listings of OSC have it.

``find(volume, resource, name_or_id, *, kind=None, **filters)``
    ``volume.find_<resource>(name_or_id, ignore_missing=False,
    **filters)`` through ``cli.lookup.find``: nothing matching is
    ``errors.NotFoundError`` (exit 5), several ``errors.AmbiguousError``;
    ``kind`` names it in the message (default: ``resource`` with spaces).

``find_id(volume, resource, name_or_id, **kw)``
    ``find(...).id``; None stays None.
"""

from openstackclient.cli import errors
from openstackclient.cli import lookup

API_NAME = 'volume'
OPTION = '--os-volume-api-version'


def _parse(version):
    major, _, minor = str(version).partition('.')
    return int(major), int(minor or 0)


def pinned_version(app):
    """The microversion the user asked for, or None for major only."""
    versions = getattr(app.client_manager, '_api_version', None) or {}
    version = versions.get(API_NAME)
    if version and '.' in str(version) and _parse(version)[1]:
        return str(version)
    return None


def client(app):
    """The SDK block storage proxy, pinned to the requested microversion.

    Set on every call, so a version ``client_at`` chose for one command
    never carries over to the next one run in the same process.
    """
    proxy = app.client_manager.volume
    try:
        configured = proxy._cli_configured_microversion
    except AttributeError:       # first call: what clouds.yaml asked for
        configured = proxy._cli_configured_microversion = (
            proxy.default_microversion)
    proxy.default_microversion = pinned_version(app) or configured
    return proxy


def _server_max(proxy):
    data = proxy.get_endpoint_data()
    version = getattr(data, 'max_microversion', None)
    return tuple(version) if version else (3, 0)


def supports(app, version):
    """True if ``version`` may be used (see the module docstring)."""
    pinned = pinned_version(app)
    if pinned:
        return _parse(pinned) >= _parse(version)
    return _server_max(client(app)) >= _parse(version)


def require(app, version, what):
    """Raise a usage error unless ``what`` may use microversion ``version``."""
    if supports(app, version):
        return
    pinned = pinned_version(app)
    if pinned:
        raise errors.UsageError(
            f'{what} needs {OPTION} {version} or greater '
            f'(requested: {pinned})')
    offered = '%d.%d' % _server_max(client(app))
    raise errors.UsageError(
        f'{what} needs block storage API {version} or greater; '
        f'this cloud offers up to {offered}')


def client_at(app, version, what):
    """The proxy, sending at least ``version`` (after ``require``)."""
    require(app, version, what)
    proxy = client(app)
    if not pinned_version(app):
        proxy.default_microversion = version
    return proxy


def add_all_projects_option(parser):
    """``--all-projects``: list (or find) across every project."""
    parser.add_argument('--all-projects', action='store_true', default=False,
                        help='Include all projects (admin only)')


def find(volume, resource, name_or_id, *, kind=None, **filters):
    """The ``resource`` (SDK name, e.g. 'snapshot') with this name or ID."""
    finder = getattr(volume, 'find_' + resource)
    return lookup.find(finder, name_or_id,
                       kind=kind or resource.replace('_', ' '), **filters)


def find_id(volume, resource, name_or_id, **kw):
    """The ID of ``find(...)``; None stays None."""
    if name_or_id is None:
        return None
    return find(volume, resource, name_or_id, **kw).id
