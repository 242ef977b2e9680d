"""Fixtures: a real SDK network proxy whose HTTP is requests-mock."""

import re

import pytest

NEUTRON = 'http://neutron.test/v2.0'
_VERSIONS = {'versions': [{'id': 'v2.0', 'status': 'CURRENT', 'links': [
    {'href': NEUTRON + '/', 'rel': 'self'}]}]}


@pytest.fixture
def http_network(requests_mock):
    """The SDK's network proxy, no auth, on ``NEUTRON``: requests-mock
    answers, and ``requests_mock.request_history`` holds what was sent
    after the proxy was made (the version discovery is left out)."""
    import warnings

    from openstack import connection

    requests_mock.get(re.compile(r'http://neutron\.test/(v2\.0/?)?$'),
                      json=_VERSIONS)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')  # the SDK's deprecation notices
        conn = connection.Connection(auth_type='none',
                                     network_endpoint_override=NEUTRON)
        proxy = conn.network
    requests_mock.reset_mock()
    return proxy
