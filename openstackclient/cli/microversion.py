"""Microversions of one API (compute, block storage), declared once.

``API(proxy_attr, option, title, floor, pinned)`` serves a service's
commands; ``pinned(app)`` says which microversion the user pinned ('2.60')
or None. Its methods:

``client(app)``
    The SDK proxy (``app.client_manager.<proxy_attr>``), sending the
    pinned microversion, else what clouds.yaml configured; set on every
    call, so a version ``client_at`` chose for one command never carries
    over to the next one run in the same process.

``supports(app, version)`` / ``require(app, version, what)``
    With a pin, it must be ``version`` or newer; without one, the cloud
    must offer ``version`` (the SDK then negotiates). ``require`` fails
    with one line, exit 2, naming ``what`` and the ``option`` to pin.

``client_at(app, version, what)``
    ``require``, then the proxy sending ``version`` itself unless pinned,
    for APIs whose SDK resources would not negotiate that far.

``server_max(proxy)``
    The newest microversion the endpoint offers, as a tuple (``floor``
    when it says none).
"""

from openstackclient.cli import errors


def parse(version):
    """'2.60' -> (2, 60)."""
    major, _, minor = str(version).partition('.')
    return int(major), int(minor or 0)


class API:
    """The microversion rules of one API; see the module docstring."""

    def __init__(self, proxy_attr, option, title, floor, pinned):
        self.proxy_attr = proxy_attr
        self.option = option
        self.title = title
        self.floor = floor
        self.pinned = pinned

    def client(self, app):
        proxy = getattr(app.client_manager, self.proxy_attr)
        try:
            configured = proxy._cli_configured_microversion
        except AttributeError:   # first call: what clouds.yaml asked for
            configured = proxy._cli_configured_microversion = (
                proxy.default_microversion)
        proxy.default_microversion = self.pinned(app) or configured
        return proxy

    def server_max(self, proxy):
        data = proxy.get_endpoint_data()
        version = getattr(data, 'max_microversion', None)
        return tuple(version) if version else self.floor

    def supports(self, app, version):
        pinned = self.pinned(app)
        if pinned:
            return parse(pinned) >= parse(version)
        return self.server_max(self.client(app)) >= parse(version)

    def require(self, app, version, what):
        if self.supports(app, version):
            return
        pinned = self.pinned(app)
        if pinned:
            raise errors.UsageError(
                f'{what} needs {self.option} {version} or greater '
                f'(requested: {pinned})')
        offered = '%d.%d' % self.server_max(self.client(app))
        raise errors.UsageError(
            f'{what} needs {self.title} {version} or greater; '
            f'this cloud offers up to {offered}')

    def client_at(self, app, version, what):
        self.require(app, version, what)
        proxy = self.client(app)
        if not self.pinned(app):
            proxy.default_microversion = version
        return proxy
