"""What the token, credential and delegation commands share.

Application credentials, access rules, EC2 credentials and trusts belong
to a user, by default the signed-in one (``current_user_id``); trusts and
application credentials take ``--expiration`` (``parse_expiration``) and
roles by name or ID (``role_references``). openstacksdk has no resource for
EC2 credentials or OAuth1 consumers: ``Ec2Credential`` and ``Consumer`` are
defined here and used through the identity proxy's generic calls, so
requests, errors and logging are the SDK's as for any other resource.
"""

import datetime
import functools
import uuid

from openstackclient.cli import errors
from openstackclient.identity.v3 import common

EXPIRATION_FORMAT = '%Y-%m-%dT%H:%M:%S'


def auth_ref(app):
    """The signed-in session's token data (authenticates if needed)."""
    ref = app.client_manager.auth_ref
    if ref is None:
        raise errors.AuthError('Not signed in: no token was issued')
    return ref


def current_user_id(app):
    """The ID of the signed-in user."""
    return auth_ref(app).user_id


def current_project_id(app):
    """The ID of the project the session is scoped to (None if unscoped)."""
    return auth_ref(app).project_id


def user_id(app, name_or_id, domain=None):
    """The ID of the user ``name_or_id`` (within ``domain``), or of the
    signed-in user when ``name_or_id`` is None.

    A user who may not look users up can still name themselves by ID.
    """
    if name_or_id is None:
        return current_user_id(app)
    return common.id_or_name(common.find_user, common.client(app),
                             name_or_id, domain)


def parse_expiration(text):
    """``--expiration`` as the ISO 8601 string Keystone takes, in UTC.

    Takes ``YYYY-mm-ddTHH:MM:SS`` (as OSC) and any other ISO 8601 date
    and time; one with an offset is converted to UTC. None stays None.
    """
    if text is None:
        return None
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        raise errors.UsageError(
            f"Invalid expiration '{text}': use the format "
            'YYYY-mm-ddTHH:MM:SS') from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.timezone.utc).replace(
            tzinfo=None)
    return moment.strftime(EXPIRATION_FORMAT)


def add_expiration_option(parser, what):
    parser.add_argument(
        '--expiration',
        metavar='<expiration>',
        help=f'Expiration date and time of the {what}, as '
             'YYYY-mm-ddTHH:MM:SS (UTC; default: it never expires)',
    )


def role_reference(name_or_id):
    """``{'id': ...}`` for an ID (a UUID), else ``{'name': ...}``: Keystone
    resolves role names itself where roles are delegated."""
    try:
        uuid.UUID(name_or_id)
    except ValueError:
        return {'name': name_or_id}
    return {'id': name_or_id}


def role_references(identity, names):
    """``[{'id': ...}]`` for roles given by name or ID, looked up; when
    this user may not look roles up, ``role_reference`` of each."""
    refs = []
    for name in names:
        try:
            refs.append({'id': common.find_role(identity, name).id})
        except Exception as exc:
            if errors.exit_code_for(exc) != errors.FORBIDDEN:
                raise
            refs.append(role_reference(name))
    return refs


def add_role_option(parser, required=False):
    parser.add_argument(
        '--role',
        metavar='<role>',
        dest='roles',
        action='append',
        default=[],
        required=required,
        help='Role to delegate (name or ID); repeat for several'
             + (' (required)' if required else ''),
    )


@functools.cache
def _resources():
    from openstack import resource

    class Ec2Credential(resource.Resource):
        """An EC2 access/secret key pair of a user, for a project."""

        resource_key = 'credential'
        resources_key = 'credentials'
        base_path = '/users/%(user_id)s/credentials/OS-EC2'
        # Keystone takes {"tenant_id": ...}, without the "credential" key.
        create_opts = resource.CreateOpts(request_key=None)

        allow_create = True
        allow_fetch = True
        allow_delete = True
        allow_list = True

        id = resource.Body('access', alternate_id=True)
        secret = resource.Body('secret')
        project_id = resource.Body('tenant_id')
        trust_id = resource.Body('trust_id')
        links = resource.Body('links')
        user_id = resource.URI('user_id')

    class Consumer(resource.Resource):
        """An OAuth1 consumer."""

        resource_key = 'consumer'
        resources_key = 'consumers'
        base_path = '/OS-OAUTH1/consumers'

        allow_create = True
        allow_fetch = True
        allow_commit = True
        allow_delete = True
        allow_list = True
        commit_method = 'PATCH'

        description = resource.Body('description')
        secret = resource.Body('secret')
        links = resource.Body('links')

    return {'Ec2Credential': Ec2Credential, 'Consumer': Consumer}


def __getattr__(name):
    # openstacksdk is imported only once a command uses these resources.
    resources = _resources()
    if name in resources:
        return resources[name]
    raise AttributeError(name)
