"""``limits show``: the absolute or rate limits of compute and block
storage.

Each service in the cloud's catalog is asked (Nova's ``/limits``,
Cinder's ``/limits``); a missing one is skipped, so a cloud without Nova
shows its block storage limits only.
"""

import argparse
import itertools

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.common import catalog

#: Fields of an SDK absolute limits resource that are not limits.
_NOT_LIMITS = ('id', 'name', 'location')

RATE_LABELS = ('Verb', 'URI', 'Value', 'Remain', 'Unit', 'Next Available')


def _absolute(limits):
    data = limits.to_dict(computed=False)
    return {key: value for key, value in data.items()
            if key not in _NOT_LIMITS}


def _field(item, *names):
    """The first of ``names`` that ``item`` (SDK resource or dict) has."""
    for name in names:
        value = cols.get(item, name)
        if value is not cols.MISSING and value is not None:
            return value
    return None


def _rates(rate_limits):
    """One row per limit of each URI of Nova's or Cinder's rate limits."""
    return [
        (_field(limit, 'verb'), _field(group, 'uri'), _field(limit, 'value'),
         _field(limit, 'remaining'), _field(limit, 'unit'),
         _field(limit, 'next_available', 'next-available'))
        for group in rate_limits or ()
        for limit in _field(group, 'limits', 'limit') or ()]


class ShowLimits(base.Lister):
    """Show compute and block storage limits"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument('--absolute', dest='is_absolute',
                           action='store_true', help='Show absolute limits')
        group.add_argument(
            '--rate', dest='is_rate', action='store_true',
            help='Show rate limits (only block storage with its '
                 'rate-limiting middleware has any)')
        parser.add_argument(
            '--reserved', dest='is_reserved', action='store_true',
            help='Include reservations count (only valid with --absolute)')
        parser.add_argument(
            '--project', metavar='<project>',
            help='Show limits for a specific project (name or ID) (only '
                 'valid with --absolute)')
        parser.add_argument(
            '--project-domain', metavar='<project-domain>',
            help='Domain the project belongs to (name or ID). This can be '
                 'used in case collisions between project names exist.')
        parser.add_argument('--domain', metavar='<domain>',
                            dest='project_domain', help=argparse.SUPPRESS)
        return parser

    def take_action(self, parsed_args):
        has_compute = catalog.has_service(self.app, 'compute')
        has_volume = catalog.has_service(self.app, 'volume')
        if not (has_compute or has_volume):
            raise errors.NotFoundError(
                'This cloud has no Compute or Block Storage service in its '
                'catalog')
        project_id = None
        if parsed_args.project is not None:
            from openstackclient.identity.v3 import common as identity_common
            project_id = identity_common.id_or_name(
                identity_common.find_project, self.app.client_manager.identity,
                parsed_args.project, parsed_args.project_domain)
        found = []
        if has_compute:
            query = {'reserved': parsed_args.is_reserved}
            if project_id:
                query['tenant_id'] = project_id
            found.append(self.app.client_manager.compute.get_limits(**query))
        if has_volume:
            found.append(self.app.client_manager.volume.get_limits(
                project=project_id))
        if parsed_args.is_absolute:
            info = {}
            for limits in found:
                info.update(_absolute(limits.absolute))
            return ('Name', 'Value'), sorted(info.items())
        rows = list(itertools.chain.from_iterable(
            _rates(limits.rate) for limits in found))
        return RATE_LABELS, rows
