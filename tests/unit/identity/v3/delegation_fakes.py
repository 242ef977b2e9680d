"""What the unit tests of token, credential and delegation commands share:
a signed-in session and a runner that provides it."""

import types

from tests.unit import fakes

#: The signed-in user's token data, as keystoneauth's AccessInfo has it.
AUTH = types.SimpleNamespace(
    user_id='me', project_id='p0', domain_id=None, system_scoped=False,
    auth_token='tok', expires=None)


def run(cls, argv, identity, auth=AUTH):
    """``fakes.run_command`` with ``client_manager.auth_ref`` set."""
    return fakes.run_command(cls, argv, identity=identity, auth_ref=auth)


def forbidden():
    """The SDK's HTTP 403, as a lookup by a non-admin gets it."""
    from openstack import exceptions

    return exceptions.ForbiddenException('no')


def not_found():
    from openstack import exceptions

    return exceptions.NotFoundException('no')
