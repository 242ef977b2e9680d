"""Compute v2 hypervisors: list, show.

A hypervisor is one compute node as Nova's compute service reports it.
From microversion 2.88 Nova no longer reports usage counters (vCPUs,
memory, disk) here: placement has them.
"""

import re

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli.columns import Column, DictColumn, ListColumn
from openstackclient.compute.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Hypervisor Hostname'),
    Column('hypervisor_type', 'Hypervisor Type'),
    Column('host_ip', 'Host IP'),
    Column('state', 'State'),
)
USAGE_COLUMNS = (
    Column('vcpus_used', 'vCPUs Used'),
    Column('vcpus', 'vCPUs'),
    Column('memory_used', 'Memory MB Used'),
    Column('memory_size', 'Memory MB'),
)

#: SDK attribute -> the field name OSC shows (before 2.88).
OLD_NAMES = {
    'disk_available': 'disk_available_least',
    'local_disk_free': 'free_disk_gb',
    'local_disk_size': 'local_gb',
    'local_disk_used': 'local_gb_used',
    'memory_free': 'free_ram_mb',
    'memory_used': 'memory_mb_used',
    'memory_size': 'memory_mb',
}
#: Counters Nova dropped at 2.88 (not shown from then on).
DROPPED_AT_288 = ('current_workload', 'disk_available', 'local_disk_free',
                  'local_disk_size', 'local_disk_used', 'memory_free',
                  'memory_size', 'memory_used', 'running_vms', 'vcpus_used',
                  'vcpus')
HIDDEN = ('location', 'servers', 'service_details')
_UPTIME = re.compile(
    r'\s*(.+)\sup\s+(.+),\s+(.+)\susers?,\s+load average:\s(.+)')


class ListHypervisor(base.Lister):
    """List hypervisors"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--matching', metavar='<hostname>',
            help='Filter hypervisors using <hostname> substring')
        common.add_marker_pagination(parser, 'hypervisors')
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if args.matching and (args.marker or args.limit is not None):
            raise errors.UsageError(
                '--matching is not compatible with --marker or --limit')
        query = {}
        if args.marker or args.limit is not None:
            common.require(self.app, '2.33', '--limit and --marker')
            query = common.page_query(args)
        if args.matching:
            query['hypervisor_hostname_pattern'] = args.matching
        compute = common.client(self.app)
        specs = list(LIST_COLUMNS)
        if args.long and not common.supports(self.app, '2.88'):
            specs += USAGE_COLUMNS
        hypervisors = compute.hypervisors(details=True, **query)
        return cols.labels(specs), (cols.row(h, specs) for h in hypervisors)


def _member_of(aggregates, host):
    """Names of the aggregates ``host`` is in ("cell@host" in cells)."""
    cell, _, name = host.rpartition('@')
    return [a.name for a in aggregates
            if name in (a.hosts or ()) and (not cell or cell in a.name)]


class ShowHypervisor(base.ShowOne):
    """Display hypervisor details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('hypervisor', metavar='<hypervisor>',
                            help='Hypervisor to display (name or ID)')
        return parser

    def _uptime(self, compute, hypervisor, new):
        """The fields parsed from the hypervisor's uptime line."""
        try:
            if new:
                text = hypervisor.uptime or ''
            else:
                text = compute.get_hypervisor_uptime(hypervisor.id).uptime
        except Exception as exc:
            if getattr(exc, 'status_code', None) == 501:
                return {}     # the driver cannot tell
            raise
        match = _UPTIME.match(text or '')
        if not match:
            return {}
        return dict(zip(('host_time', 'uptime', 'users', 'load_average'),
                        match.groups()))

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        found = common.find(compute, 'hypervisor', parsed_args.hypervisor,
                            details=False)
        hypervisor = compute.get_hypervisor(found.id)
        new = common.supports(self.app, '2.88')
        data = hypervisor.to_dict()
        service = data.get('service_details') or {}
        for key in HIDDEN + ('uptime',):
            data.pop(key, None)
        if new:
            for key in DROPPED_AT_288:
                data.pop(key, None)
        else:
            data = {OLD_NAMES.get(k, k): v for k, v in data.items()}
        data['hypervisor_hostname'] = data.pop('name', None)
        data['aggregates'] = _member_of(compute.aggregates(),
                                        service.get('host') or '')
        data.update(self._uptime(compute, hypervisor, new))
        data['service_id'] = service.get('id')
        data['service_host'] = service.get('host')
        if isinstance(data.get('cpu_info'), str):     # before 2.28
            import json
            data['cpu_info'] = json.loads(data['cpu_info'] or '{}')
        formatters = {'cpu_info': DictColumn, 'aggregates': ListColumn}
        specs = [Column(key, key, formatters.get(key)) for key in sorted(data)]
        return cols.show(data, specs)
