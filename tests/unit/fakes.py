"""Fakes shared by unit tests."""

import io
import types


def make_app():
    """The little of a cliff App that commands touch."""
    return types.SimpleNamespace(
        stdin=io.StringIO(),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
        command_manager=types.SimpleNamespace(namespace='openstack.cli'),
        options=types.SimpleNamespace(debug=False),
        interactive_mode=False,
        NAME='openstack',
    )
