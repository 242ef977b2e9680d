"""Fixtures: a real SDK object store proxy whose HTTP is requests-mock."""

import io

import pytest

from tests.unit import fakes

ACCOUNT = 'http://swift.test/v1/AUTH_p'


@pytest.fixture
def proxy():
    """The SDK's object store proxy, no auth, on ``ACCOUNT``."""
    import warnings

    from openstack import connection

    with warnings.catch_warnings():
        warnings.simplefilter('ignore')  # the SDK's deprecation notices
        conn = connection.Connection(auth_type='none',
                                     object_store_endpoint_override=ACCOUNT)
    return conn.object_store


def url(*parts):
    """The URL of ``ACCOUNT/<parts>`` (already quoted parts)."""
    return '/'.join((ACCOUNT,) + parts)


@pytest.fixture
def run(proxy):
    """run(cls, argv, stdin=b'') -> (parsed_args, result, app)."""

    def run_command(cls, argv, stdin=b''):
        app = fakes.make_app()
        app.stdin = io.TextIOWrapper(io.BytesIO(stdin))
        app.stdout = io.TextIOWrapper(io.BytesIO())
        return fakes.run_in_app(cls, argv, app, object_store=proxy)

    return run_command
