"""Fixtures for the compute functional tests."""

import pytest


@pytest.fixture
def cleanup(openstack):
    """cleanup('flavor', 'delete', name): run at teardown, last first,
    failures ignored (the test may have deleted it already)."""
    commands = []
    yield lambda *args, **kw: commands.append((args, kw))
    for args, kw in reversed(commands):
        openstack(*args, check=False, **kw)
