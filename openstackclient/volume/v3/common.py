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

from openstackclient.cli import lookup
from openstackclient.cli import microversion

API_NAME = 'volume'
OPTION = '--os-volume-api-version'


def pinned_version(app):
    """The microversion the user asked for, or None for major only."""
    versions = getattr(app.client_manager, '_api_version', None) or {}
    version = versions.get(API_NAME)
    if version and '.' in str(version) and microversion.parse(version)[1]:
        return str(version)
    return None


_API = microversion.API('volume', OPTION, 'block storage API', (3, 0),
                        pinned_version)
# The rules are cli.microversion's; the names below are this API's.
client = _API.client
supports = _API.supports
require = _API.require
client_at = _API.client_at


def add_all_projects_option(parser):
    """``--all-projects``: list (or find) across every project."""
    parser.add_argument('--all-projects', action='store_true', default=False,
                        help='Include all projects (admin only)')


find = lookup.find_on


def find_id(volume, resource, name_or_id, **kw):
    """The ID of ``find(...)``; None stays None."""
    if name_or_id is None:
        return None
    return find(volume, resource, name_or_id, **kw).id
