"""What identity v3 commands share: lookups by name or ID, and options.

Lookups go through ``cli.lookup.find``, so a name that matches nothing or
several resources fails with one clear line. Names of users, groups and
projects are unique only within a domain: the ``--<kind>-domain`` options
(``add_domain_scope_option``) narrow the search, as in OSC.
"""

from openstackclient.cli import errors
from openstackclient.cli import lookup


def client(app):
    """The SDK identity proxy of the signed-in session."""
    return app.client_manager.identity


def find_domain(identity, name_or_id):
    """The domain with this name or ID."""
    return lookup.find(identity.find_domain, name_or_id, kind='domain')


def domain_id(identity, name_or_id):
    """The ID of the domain with this name or ID; None stays None."""
    if name_or_id is None:
        return None
    return find_domain(identity, name_or_id).id


def _scoped(identity, finder, kind, name_or_id, domain):
    filters = {}
    if domain is not None:
        filters['domain_id'] = domain_id(identity, domain)
    return lookup.find(finder, name_or_id, kind=kind, **filters)


def find_project(identity, name_or_id, domain=None):
    """The project with this name or ID, within ``domain`` if given."""
    return _scoped(identity, identity.find_project, 'project', name_or_id,
                   domain)


def find_user(identity, name_or_id, domain=None):
    """The user with this name or ID, within ``domain`` if given."""
    return _scoped(identity, identity.find_user, 'user', name_or_id, domain)


def find_group(identity, name_or_id, domain=None):
    """The group with this name or ID, within ``domain`` if given."""
    return _scoped(identity, identity.find_group, 'group', name_or_id,
                   domain)


def find_role(identity, name_or_id, domain=None):
    """The role with this name or ID; ``domain`` for domain-specific roles.

    Without ``domain`` only global roles match by name (Keystone lists
    global roles unless a domain is given).
    """
    return _scoped(identity, identity.find_role, 'role', name_or_id, domain)


def id_or_name(find, identity, name_or_id, *args, **kwargs):
    """``find(identity, name_or_id, ...).id``, or ``name_or_id`` itself
    when this user may not look it up (HTTP 403).

    For references a non-admin may make without being allowed to look the
    resource up (their own user or project): the server then judges the
    ID itself, as OSC does.
    """
    try:
        return find(identity, name_or_id, *args, **kwargs).id
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.FORBIDDEN:
            return name_or_id
        raise


_SCOPE_HELP = {
    'user': 'Look the user up in this domain (name or ID), for user names '
            'used in more than one domain',
    'group': 'Look the group up in this domain (name or ID), for group '
             'names used in more than one domain',
    'project': 'Look the project up in this domain (name or ID), for '
               'project names used in more than one domain',
    'role': 'Look the role up among the roles of this domain (name or ID); '
            'needed to name a domain-specific role',
}


def add_domain_scope_option(parser, kind):
    """Add ``--<kind>-domain <kind>-domain>`` (user, group, project, role)."""
    parser.add_argument(
        f'--{kind}-domain',
        metavar=f'<{kind}-domain>',
        help=_SCOPE_HELP[kind],
    )


def add_enable_options(parser, what, *, create=False, dest='is_enabled'):
    """Add ``--enable``/``--disable``.

    On create, enabled is the default (``dest`` is True unless
    ``--disable``); on set, ``dest`` is None unless one is given.
    """
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        '--enable',
        dest=dest,
        action='store_true',
        default=True if create else None,
        help=f'Enable {what}' + (' (default)' if create else ''),
    )
    group.add_argument(
        '--disable',
        dest=dest,
        action='store_false',
        help=f'Disable {what}',
    )


def add_immutable_option(parser):
    """Add ``--immutable``/``--no-immutable`` (dest ``immutable``)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        '--immutable',
        action='store_true',
        dest='immutable',
        default=None,
        help='Protect the resource: while immutable, it can be neither '
             'deleted nor changed, except to clear this flag',
    )
    group.add_argument(
        '--no-immutable',
        action='store_false',
        dest='immutable',
        help='Clear the immutable flag (default)',
    )


def resource_options(parsed_args):
    """The ``options`` body for ``--immutable``/``--no-immutable``."""
    if getattr(parsed_args, 'immutable', None) is None:
        return {}
    return {'immutable': parsed_args.immutable}


def add_or_show_option(parser, what):
    """Add ``--or-show``: return the existing resource on a name clash."""
    parser.add_argument(
        '--or-show',
        action='store_true',
        help=f'Show the existing {what} if the name is taken',
    )


def is_conflict(exc):
    """True for an HTTP 409 (a name already taken)."""
    return errors.exit_code_for(exc) == errors.CONFLICT


def changed(**values):
    """Only the keyword arguments that were given (not None)."""
    return {key: value for key, value in values.items() if value is not None}
