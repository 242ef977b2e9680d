"""Compute v2 hosts: list, set, show (os-hosts).

Nova deprecated os-hosts and removed it at microversion 2.43: with an
older microversion (these commands send 2.1 unless one is pinned) it
still answers. Pinned at 2.43 or later, each command says in one line
which command replaces it.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common

REMOVED_AT = '2.43'
#: command -> the command that replaces it.
REPLACED_BY = {
    'host list': 'compute service list',
    'host show': 'hypervisor show',
    'host set': 'compute service set',
}

LIST_COLUMNS = (
    Column('host_name', 'Host Name'),
    Column('service', 'Service'),
    Column('zone', 'Zone'),
)
SHOW_COLUMNS = (
    Column('host', 'Host'),
    Column('project', 'Project'),
    Column('cpu', 'CPU'),
    Column('memory_mb', 'Memory MB'),
    Column('disk_gb', 'Disk GB'),
)


def request(app, what, method, path, **kw):
    """One os-hosts request below 2.43; its JSON body."""
    instead = REPLACED_BY[what]
    common.removed_at(app, REMOVED_AT, what,
                      f"use 'openstack {instead}' instead")
    app.stderr.write(f"API has been deprecated; consider using '{instead}' "
                     'instead.\n')
    compute = common.client(app)
    version = common.pinned_version(app) or '2.1'
    response = getattr(compute, method)(path, microversion=version,
                                        raise_exc=False, **kw)
    common.http_error(response, what)
    return response.json()


class ListHost(base.Lister):
    """List hosts"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--zone', metavar='<zone>',
                            help='Only return hosts in the availability '
                                 'zone')
        return parser

    def take_action(self, parsed_args):
        hosts = request(self.app, 'host list', 'get', '/os-hosts')['hosts']
        if parsed_args.zone:
            hosts = [h for h in hosts if h.get('zone') == parsed_args.zone]
        return (cols.labels(LIST_COLUMNS),
                [cols.row(h, LIST_COLUMNS) for h in hosts])


class SetHost(base.Command):
    """Set host properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host>',
                            help='Host to modify (name only)')
        status = parser.add_mutually_exclusive_group()
        status.add_argument('--enable', action='store_true',
                            help='Enable the host')
        status.add_argument('--disable', action='store_true',
                            help='Disable the host')
        maintenance = parser.add_mutually_exclusive_group()
        maintenance.add_argument('--enable-maintenance',
                                 action='store_true',
                                 help='Enable maintenance mode for the host')
        maintenance.add_argument('--disable-maintenance',
                                 action='store_true',
                                 help='Disable maintenance mode for the '
                                      'host')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        body = {}
        if args.enable or args.disable:
            body['status'] = 'enable' if args.enable else 'disable'
        if args.enable_maintenance or args.disable_maintenance:
            body['maintenance_mode'] = (
                'enable' if args.enable_maintenance else 'disable')
        if not body:
            return      # nothing to change: no request, as OSC
        request(self.app, 'host set', 'put', f'/os-hosts/{args.host}',
                json=body)


class ShowHost(base.Lister):
    """Display host details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host>', help='Name of host')
        return parser

    def take_action(self, parsed_args):
        rows = request(self.app, 'host show', 'get',
                       f'/os-hosts/{parsed_args.host}')['host']
        resources = [r.get('resource', r) for r in rows]
        return (cols.labels(SHOW_COLUMNS),
                [cols.row(r, SHOW_COLUMNS) for r in resources])
