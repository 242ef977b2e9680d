"""OSC's identity helpers, at the module path plugins import them from.

Plugins written for python-openstackclient (python-heatclient,
python-manilaclient, python-octaviaclient, python-troveclient, ...) do::

    from openstackclient.identity import common as identity_common

    project = identity_common.find_project(
        self.app.client_manager.identity, parsed_args.project,
        parsed_args.project_domain).id

so these names keep OSC's signatures and behaviour: ``identity_client``
is ``client_manager.identity`` (here the SDK's identity proxy); a name or
ID that matches nothing is an error (exit 5 here); a lookup this user may
not make (HTTP 403) returns a stand-in whose ``id`` and ``name`` are what
was given, for the server to judge, as OSC does.
"""

from openstackclient.cli import errors
from openstackclient.identity.v3 import common as _v3


class _Reference:
    """What OSC returns when the lookup is forbidden: just the name."""

    def __init__(self, name_or_id):
        self.id = name_or_id
        self.name = name_or_id

    def __repr__(self):
        return f'<unverified reference {self.id!r}>'


def _find(finder, identity_client, name_or_id, *args):
    try:
        return finder(identity_client, name_or_id, *args)
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.FORBIDDEN:
            return _Reference(name_or_id)
        raise


def find_domain(identity_client, name_or_id):
    """The domain with this name or ID."""
    return _find(_v3.find_domain, identity_client, name_or_id)


def find_project(identity_client, name_or_id, domain_name_or_id=None):
    """The project with this name or ID, in that domain if given."""
    return _find(_v3.find_project, identity_client, name_or_id,
                 domain_name_or_id)


def find_user(identity_client, name_or_id, domain_name_or_id=None):
    """The user with this name or ID, in that domain if given."""
    return _find(_v3.find_user, identity_client, name_or_id,
                 domain_name_or_id)


def find_group(identity_client, name_or_id, domain_name_or_id=None):
    """The group with this name or ID, in that domain if given."""
    return _find(_v3.find_group, identity_client, name_or_id,
                 domain_name_or_id)


def _add_domain_option(parser, what):
    parser.add_argument(
        f'--{what}-domain', metavar=f'<{what}-domain>',
        help=f'Domain the {what} belongs to (name or ID). This can be used '
             f'in case collisions between {what} names exist.')


def add_project_domain_option_to_parser(parser):
    """``--project-domain <project-domain>``."""
    _add_domain_option(parser, 'project')


def add_user_domain_option_to_parser(parser):
    """``--user-domain <user-domain>``."""
    _add_domain_option(parser, 'user')


def add_group_domain_option_to_parser(parser):
    """``--group-domain <group-domain>``."""
    _add_domain_option(parser, 'group')
