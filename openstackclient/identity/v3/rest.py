"""Identity calls the SDK has no checked method for, made on its proxy.

openstacksdk 4.x has no call for implied roles, and its ``assign_*`` /
``unassign_*`` role methods drop the HTTP status: a refused (403) or
failed grant returns ``None`` like a successful one. These go through
the same proxy (its session, endpoint and logging) as plain requests,
and an HTTP error becomes the SDK's exception, so it is reported with
its own exit code.
"""


def call(identity, method, path, **kwargs):
    """``identity.<method>(path, **kwargs)``; raise the SDK's HTTP error.

    ``method`` is ``'get'``, ``'put'``, ``'delete'``... ``path`` is
    relative to the identity endpoint (``/roles/<id>/implies/<id>``).
    Returns the response.
    """
    from openstack import exceptions

    response = getattr(identity, method)(path, **kwargs)
    exceptions.raise_from_response(response)
    return response
