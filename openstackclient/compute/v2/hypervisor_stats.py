"""Compute v2 hypervisor stats show: totals over all hypervisors.

Nova removed the statistics API at microversion 2.88 (placement reports
usage now); the SDK has no call for it, so it is requested directly.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common

#: Nova's field names, which OSC shows unchanged.
FIELDS = ('count', 'current_workload', 'disk_available_least',
          'free_disk_gb', 'free_ram_mb', 'local_gb', 'local_gb_used',
          'memory_mb', 'memory_mb_used', 'running_vms', 'vcpus',
          'vcpus_used')


class ShowHypervisorStats(base.ShowOne):
    """Display hypervisor stats details"""

    def take_action(self, parsed_args):
        common.removed_at(
            self.app, '2.88', 'hypervisor stats show',
            "use 'openstack resource provider usage show' (placement) or "
            'a microversion below 2.88')
        self.app.stderr.write('This command is deprecated.\n')
        compute = common.client(self.app)
        version = common.pinned_version(self.app) or '2.1'
        response = compute.get('/os-hypervisors/statistics',
                               microversion=version, raise_exc=False)
        common.http_error(response, 'hypervisor stats show')
        stats = response.json().get('hypervisor_statistics') or {}
        return cols.show(stats, [Column(k, k) for k in FIELDS if k in stats])
