"""What compute v2 commands share: the client, lookups, microversions.

Interface (nothing here imports openstacksdk at module level):

``client(app)``
    The SDK compute proxy of the signed-in session. When the user pinned
    a microversion above the default (``--os-compute-api-version 2.60``
    or ``OS_COMPUTE_API_VERSION``), every request of the proxy sends it;
    otherwise each SDK resource negotiates the newest version both sides
    know, as OSC 10.5.0 does.

``pinned_version(app)``
    That pinned microversion ('2.60'), or None when the user gave none
    (or only '2').

``require(app, version, what)``
    Fail with one line (exit 2) unless ``what`` (``"--description"``,
    ``"aggregate cache image"``) may be used: a pinned microversion must
    be ``version`` or newer; without one, the cloud must offer it.

``supports(app, version)``
    The same test, as a boolean.

``removed_at(app, version, what, instead)``
    Fail with one line (exit 2) when the pinned microversion is
    ``version`` or newer, where Nova no longer has ``what``.

``find(compute, resource, name_or_id, *, kind=None, **filters)``
    ``compute.find_<resource>(name_or_id, ignore_missing=False,
    **filters)`` through ``cli.lookup.find``: nothing matching is exit 5,
    several is exit 1; ``kind`` names it in the message.
"""

from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import microversion

API_NAME = 'compute'
_STATUS_CODES = {400: errors.USAGE, 401: errors.AUTH, 403: errors.FORBIDDEN,
                 404: errors.NOT_FOUND, 409: errors.CONFLICT}
OPTION = '--os-compute-api-version'


parse = microversion.parse


def pinned_version(app):
    """The microversion the user asked for, or None to negotiate.

    Only a version the user gave (option or environment) pins; '2' and
    the default '2.1' filled in when none was given do not.
    """
    version = getattr(getattr(app, 'options', None),
                      'os_compute_api_version', None)
    if version and '.' in str(version):
        return str(version)
    return None


_API = microversion.API('compute', OPTION, 'compute API', (2, 1),
                        pinned_version)
# The rules are cli.microversion's; the names below are this API's.
client = _API.client
server_max = _API.server_max
supports = _API.supports
require = _API.require
client_at = _API.client_at


def removed_at(app, version, what, instead):
    """Raise a usage error if the pinned version no longer has ``what``."""
    pinned = pinned_version(app)
    if pinned and parse(pinned) >= parse(version):
        raise errors.UsageError(
            f'{what} was removed in compute API {version} (requested: '
            f'{pinned}); {instead}')


def microversion(app, newest):
    """The version to send to an API the SDK has no resource for: the
    pinned one, else ``newest`` when the cloud offers it, else 2.1."""
    pinned = pinned_version(app)
    if pinned:
        return pinned
    if server_max(client(app)) >= parse(newest):
        return newest
    return '2.1'


find = lookup.find_on


def http_error(response, what):
    """Raise one line for a failed raw request (``proxy.get`` etc.)."""
    if response.status_code < 400:
        return
    try:
        body = response.json()
        detail = next(iter(body.values()))
        message = detail.get('message') if isinstance(detail, dict) else None
    except Exception:   # noqa: BLE001 - any body: fall back to its text
        message = None
    message = message or response.text.strip() or response.reason
    raise errors.CommandError(
        f'{what}: {message} (HTTP {response.status_code})',
        exit_code=_STATUS_CODES.get(response.status_code, errors.FAILURE))


def add_project_domain_option(parser, what='project'):
    """``--<what>-domain``: the domain a ``--<what>`` name is looked up in."""
    parser.add_argument(
        f'--{what}-domain', metavar=f'<{what}-domain>',
        help=f'Domain the {what} belongs to (name or ID). This can be used '
             f'in case collisions between {what} names exist.')


def project_id(app, name_or_id, domain=None):
    """The ID of a project given by name or ID (None stays None)."""
    if name_or_id is None:
        return None
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        name_or_id, domain)


def user_id(app, name_or_id, domain=None):
    """The ID of a user given by name or ID (None stays None)."""
    if name_or_id is None:
        return None
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_user, app.client_manager.identity,
        name_or_id, domain)


def add_marker_pagination(parser, what):
    """``--limit`` and ``--marker``, as OSC's compute lists have them."""
    parser.add_argument(
        '--limit', metavar='<limit>', type=int,
        help=f'The maximum number of {what} to list; the cloud may return '
             'fewer')
    parser.add_argument(
        '--marker', metavar='<marker>',
        help=f'The last {what[:-1]} of the previous page; list those after '
             'it')


def page_query(parsed_args):
    """The SDK query for ``--limit``/``--marker`` (one page when given)."""
    query = {}
    if parsed_args.limit is not None:
        query['limit'] = parsed_args.limit
    if parsed_args.marker:
        query['marker'] = parsed_args.marker
    if query:
        query['paginated'] = False
    return query
