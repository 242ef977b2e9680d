"""Block storage v3 clusters: list, set (enable/disable), show (3.7).

A cluster groups the ``cinder-volume`` services of one backend that run
on several hosts (active-active); Cinder names it ``<cluster>@<backend>``.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.volume.v3 import common

MICROVERSION = '3.7'

COLUMNS = (
    cols.Column('name', 'Name'),
    cols.Column('binary', 'Binary'),
    cols.Column('state', 'State'),
    cols.Column('status', 'Status'),
)

DETAIL_COLUMNS = COLUMNS + (
    cols.Column('disabled_reason', 'Disabled Reason'),
    cols.Column('num_hosts', 'Hosts'),
    cols.Column('num_down_hosts', 'Down Hosts'),
    cols.Column('last_heartbeat', 'Last Heartbeat'),
    cols.Column('created_at', 'Created At'),
    cols.Column('updated_at', 'Updated At'),
    cols.Column('replication_status', 'Replication Status'),
    cols.Column('frozen', 'Frozen'),
    cols.Column('active_backend_id', 'Active Backend ID'),
)

LIST_COLUMNS = COLUMNS + (
    cols.Column('num_hosts', 'Num Hosts', long=True),
    cols.Column('num_down_hosts', 'Num Down Hosts', long=True),
    cols.Column('last_heartbeat', 'Last Heartbeat', long=True),
    cols.Column('disabled_reason', 'Disabled Reason', long=True),
    cols.Column('created_at', 'Created At', long=True),
    cols.Column('updated_at', 'Updated At', long=True),
)


def _client(app, command):
    # The SDK negotiates up to 3.26 (replication fields) by itself.
    common.require(app, MICROVERSION, f'block storage cluster {command}')
    return common.client(app)


class ListBlockStorageCluster(base.ResourceLister):
    """List block storage clusters.

    This command requires ``--os-volume-api-version`` 3.7 or greater.
    """

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--cluster', metavar='<name>',
            help='Filter by cluster name, without backend will list all '
                 'clustered services from the same cluster.')
        parser.add_argument('--binary', metavar='<binary>',
                            help='Cluster binary.')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--up', action='store_true', dest='is_up',
                           default=None, help='Filter by up status.')
        group.add_argument('--down', action='store_false', dest='is_up',
                           help='Filter by down status.')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--disabled', action='store_true',
                           dest='is_disabled', default=None,
                           help='Filter by disabled status.')
        group.add_argument('--enabled', action='store_false',
                           dest='is_disabled',
                           help='Filter by enabled status.')
        parser.add_argument('--num-hosts', metavar='<hosts>', type=int,
                            help='Filter by number of hosts in the cluster.')
        parser.add_argument('--num-down-hosts', metavar='<hosts>', type=int,
                            help='Filter by number of hosts that are down.')
        return parser

    def list_resources(self, parsed_args):
        volume = _client(self.app, 'list')
        query = {
            'name': parsed_args.cluster, 'binary': parsed_args.binary,
            'is_up': parsed_args.is_up, 'disabled': parsed_args.is_disabled,
            'num_hosts': parsed_args.num_hosts,
            'num_down_hosts': parsed_args.num_down_hosts,
        }
        query = {key: value for key, value in query.items()
                 if value is not None}
        return volume.clusters(details=parsed_args.long, **query)


class SetBlockStorageCluster(base.ShowOne):
    """Set block storage cluster properties.

    This command requires ``--os-volume-api-version`` 3.7 or greater.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('cluster', metavar='<cluster>',
                            help='Name of block storage cluster to update '
                                 '(name only)')
        parser.add_argument(
            '--binary', metavar='<binary>', default='cinder-volume',
            help="Name of binary to filter by; defaults to 'cinder-volume' "
                 "(optional)")
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--enable', action='store_false', dest='disabled',
                           default=None, help='Enable cluster')
        group.add_argument('--disable', action='store_true', dest='disabled',
                           help='Disable cluster')
        parser.add_argument('--disable-reason', metavar='<reason>',
                            dest='disabled_reason',
                            help='Reason for disabling the cluster (should '
                                 'be used with --disable option)')
        return parser

    def take_action(self, parsed_args):
        from openstack.block_storage.v3 import cluster as _cluster

        what = 'block storage cluster set'
        common.require(self.app, MICROVERSION, what)
        # The SDK sends no microversion for these actions (Cinder then
        # answers 404): the newest one with the replication fields.
        volume = common.client_at(
            self.app, '3.26' if common.supports(self.app, '3.26')
            else MICROVERSION, what)
        if parsed_args.disabled_reason and not parsed_args.disabled:
            raise errors.UsageError('Cannot specify --disable-reason '
                                    'without --disable')
        target = _cluster.Cluster(name=parsed_args.cluster,
                                  binary=parsed_args.binary)
        if parsed_args.disabled:
            result = volume.disable_cluster(
                target, reason=parsed_args.disabled_reason)
        else:
            result = volume.enable_cluster(target)
        return cols.show(result, DETAIL_COLUMNS)


class ShowBlockStorageCluster(base.ShowOne):
    """Show detailed information for a block storage cluster.

    This command requires ``--os-volume-api-version`` 3.7 or greater.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('cluster', metavar='<cluster>',
                            help='Name of block storage cluster.')
        parser.add_argument('--binary', metavar='<binary>',
                            help='Service binary.')
        return parser

    def take_action(self, parsed_args):
        volume = _client(self.app, 'show')
        query = {'binary': parsed_args.binary} if parsed_args.binary else {}
        found = volume.clusters(details=True, name=parsed_args.cluster,
                                **query)
        cluster = lookup.find_in(found, parsed_args.cluster,
                                 kind='block storage cluster',
                                 key_attrs=('name',))
        return cols.show(cluster, DETAIL_COLUMNS)
