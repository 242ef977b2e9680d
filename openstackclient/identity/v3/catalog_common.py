"""What the catalog, policy and limit commands share.

Lookups of services (by name, type or ID), regions, endpoints and endpoint
groups that fail with one clear line; reading rule and filter files; the
service/region/resource filters of limits; and the base of the commands
that link a project to an endpoint or an endpoint group.
"""

import json

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.identity.v3 import common


def get_by_id(get, resource_id, *, kind):
    """``get(resource_id)``; an unknown ID fails with one line (exit 5).

    For resources that have an ID but no name (regions, endpoints,
    policies, limits): one GET, no search by name.
    """
    try:
        return get(resource_id)
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.NOT_FOUND:
            raise errors.NotFoundError(
                f"No {kind} with an ID of '{resource_id}' exists."
            ) from exc
        raise


def update_by_id(get, update, resource_id, changes, *, kind):
    """``update(resource_id, **changes)``, or ``get(resource_id)`` when
    nothing changes: the resource as it now is (one request either way)."""
    if changes:
        return get_by_id(lambda rid: update(rid, **changes), resource_id,
                         kind=kind)
    return get_by_id(get, resource_id, kind=kind)


def find_service(identity, name_type_or_id):
    """The service with this ID or name, else the one service of this type.

    A name or a type that several services share is ambiguous.
    """
    try:
        return lookup.find(identity.find_service, name_type_or_id,
                           kind='service')
    except errors.NotFoundError:
        pass
    matches = list(identity.services(type=name_type_or_id))
    if not matches:
        raise errors.NotFoundError(
            f"No service with a type, name or ID of '{name_type_or_id}' "
            'exists.')
    if len(matches) > 1:
        raise errors.AmbiguousError(
            f"More than one service exists with the type "
            f"'{name_type_or_id}'; use the name or ID.")
    return matches[0]


def service_id(identity, name_type_or_id):
    """The ID of ``find_service``; None stays None."""
    if name_type_or_id is None:
        return None
    return find_service(identity, name_type_or_id).id


def find_region(identity, region):
    """The region with this ID."""
    return get_by_id(identity.get_region, region, kind='region')


def region_id(identity, region):
    """The ID of an existing region (checked); None stays None."""
    if region is None:
        return None
    return find_region(identity, region).id


def find_endpoint(identity, endpoint_id):
    """The endpoint with this ID."""
    return get_by_id(identity.get_endpoint, endpoint_id, kind='endpoint')


def find_endpoint_group(identity, name_or_id):
    """The endpoint group with this name or ID."""
    return lookup.find(identity.find_endpoint_group, name_or_id,
                       kind='endpoint group')


def read_text(path):
    """The contents of file ``path``, surrounding white space removed."""
    try:
        with open(path, encoding='utf-8') as stream:
            return stream.read().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.UsageError(
            f"Cannot read file '{path}': {exc.strerror or exc}") from exc


def read_json(path):
    """The JSON document in file ``path``."""
    text = read_text(path)
    try:
        return json.loads(text)
    except ValueError as exc:
        raise errors.UsageError(
            f"File '{path}' does not hold valid JSON: {exc}") from exc


def add_limit_filter_options(parser, what):
    """Add ``--service``, ``--resource-name`` and ``--region`` filters."""
    parser.add_argument(
        '--service', metavar='<service>',
        help=f'Only {what} of this service (type, name or ID)')
    parser.add_argument(
        '--resource-name', metavar='<resource-name>', dest='resource_name',
        help=f'Only {what} of this resource')
    parser.add_argument(
        '--region', metavar='<region>',
        help=f'Only {what} of this region (ID)')


def add_limit_create_options(parser, what):
    """Add what a new limit or registered limit is about: ``--description``,
    ``--region``, ``--service`` (required) and ``<resource-name>``."""
    parser.add_argument('--description', metavar='<description>',
                        help=f'Describe the {what}')
    parser.add_argument('--region', metavar='<region>',
                        help='Region the limit applies to (ID)')
    parser.add_argument('--service', metavar='<service>', required=True,
                        help='Service that owns the resource '
                             '(type, name or ID; required)')
    parser.add_argument('resource_name', metavar='<resource-name>',
                        help='Name of the limited resource')


def limit_create_attrs(identity, parsed_args):
    """The request attributes of ``add_limit_create_options``."""
    return dict(
        service_id=service_id(identity, parsed_args.service),
        resource_name=parsed_args.resource_name,
        **common.changed(
            description=parsed_args.description,
            region_id=region_id(identity, parsed_args.region)),
    )


def limit_filters(identity, parsed_args):
    """The query of ``add_limit_filter_options``, names resolved to IDs."""
    return common.changed(
        service_id=service_id(identity, parsed_args.service),
        region_id=region_id(identity, parsed_args.region),
        resource_name=parsed_args.resource_name,
    )


class ProjectLinkCommand(base.Command):
    """Link a project to (or unlink it from) an endpoint or endpoint group.

    Subclasses set ``target`` (its metavar) and implement ``find_target``
    and ``link``.
    """

    #: The metavar word of what the project is linked to.
    target = 'endpoint'
    target_help = ''
    project_help = ''

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('target', metavar=f'<{self.target}>',
                            help=self.target_help)
        parser.add_argument('project', metavar='<project>',
                            help=self.project_help)
        common.add_domain_scope_option(parser, 'project')
        return parser

    def find_target(self, identity, name_or_id):
        """The endpoint or endpoint group to link."""
        raise NotImplementedError

    def link(self, identity, target, project):
        """Make (or remove) the link."""
        raise NotImplementedError

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        target = self.find_target(identity, parsed_args.target)
        project = common.find_project(identity, parsed_args.project,
                                      parsed_args.project_domain)
        self.link(identity, target, project)
