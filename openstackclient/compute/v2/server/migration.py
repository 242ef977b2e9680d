"""server migration list/show/abort/force complete: Nova's migration
records, and control of a live migration in progress."""

import uuid

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

#: Nova's names of the migration types OSC offers (``cold-migration`` is
#: Nova's ``migration``).
TYPES = {'evacuation': 'evacuation', 'live-migration': 'live-migration',
         'cold-migration': 'migration', 'resize': 'resize'}

LIST_COLUMNS = (
    Column('source_node', 'Source Node'),
    Column('dest_node', 'Dest Node'),
    Column('source_compute', 'Source Compute'),
    Column('dest_compute', 'Dest Compute'),
    Column('dest_host', 'Dest Host'),
    Column('status', 'Status'),
    Column('server_id', 'Server UUID'),
    Column('old_flavor_id', 'Old Flavor'),
    Column('new_flavor_id', 'New Flavor'),
)
TIMES = (Column('created_at', 'Created At'), Column('updated_at',
                                                    'Updated At'))

SHOW_COLUMNS = (
    Column('id', 'ID'),
    Column('server_id', 'Server UUID'),
    Column('status', 'Status'),
    Column('source_compute', 'Source Compute'),
    Column('source_node', 'Source Node'),
    Column('dest_compute', 'Dest Compute'),
    Column('dest_host', 'Dest Host'),
    Column('dest_node', 'Dest Node'),
    Column('memory_total_bytes', 'Memory Total Bytes'),
    Column('memory_processed_bytes', 'Memory Processed Bytes'),
    Column('memory_remaining_bytes', 'Memory Remaining Bytes'),
    Column('disk_total_bytes', 'Disk Total Bytes'),
    Column('disk_processed_bytes', 'Disk Processed Bytes'),
    Column('disk_remaining_bytes', 'Disk Remaining Bytes'),
    Column('created_at', 'Created At'),
    Column('updated_at', 'Updated At'),
)


class ListMigration(base.Lister):
    """List server migrations"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add = parser.add_argument
        add('--server', metavar='<server>',
            help='Filter migrations by server (name or ID)')
        add('--host', metavar='<host>',
            help='Filter migrations by source or destination host')
        add('--status', metavar='<status>',
            help='Filter migrations by status')
        add('--type', metavar='<type>', choices=list(TYPES),
            help='Filter migrations by type')
        pagination.add_options(parser)
        _common.add_changes_options(parser, 'migrations', '2.59')
        add('--project', metavar='<project>',
            help='Filter migrations by project (name or ID) (supported '
                 'with --os-compute-api-version 2.80 or above)')
        common.add_project_domain_option(parser)
        add('--user', metavar='<user>',
            help='Filter migrations by user (name or ID) (supported with '
                 '--os-compute-api-version 2.80 or above)')
        common.add_project_domain_option(parser, 'user')
        return parser

    def _query(self, args):
        app = self.app
        gated = (('marker', '2.59', '--marker'), ('limit', '2.59', '--limit'),
                 ('changes_since', '2.59', '--changes-since'),
                 ('changes_before', '2.66', '--changes-before'),
                 ('project', '2.80', '--project'), ('user', '2.80', '--user'))
        for dest, version, option in gated:
            if getattr(args, dest):
                common.require(app, version, option)
        query = pagination.query(args)
        for dest in ('host', 'status', 'changes_since', 'changes_before'):
            if getattr(args, dest) is not None:
                query[dest] = getattr(args, dest)
        if args.type:
            query['migration_type'] = TYPES[args.type]
        if args.server:
            query['server_id'] = _common.find_server(
                app, args.server, details=False).id
        if args.project:
            query['project_id'] = common.project_id(app, args.project,
                                                    args.project_domain)
        if args.user:
            query['user_id'] = common.user_id(app, args.user,
                                              args.user_domain)
        return query

    def _columns(self, args):
        app = self.app
        specs = list(LIST_COLUMNS)
        if common.supports(app, '2.59'):
            specs.insert(0, Column('uuid', 'UUID'))
        if common.supports(app, '2.23'):
            specs.insert(0, Column('id', 'Id'))
            specs.append(Column('migration_type', 'Type'))
        if common.supports(app, '2.80'):
            if args.project:
                specs.append(Column('project_id', 'Project'))
            if args.user:
                specs.append(Column('user_id', 'User'))
        return specs + list(TIMES)

    def take_action(self, parsed_args):
        query = self._query(parsed_args)
        specs = self._columns(parsed_args)
        migrations = common.client(self.app).migrations(**query)
        return ([s.label for s in specs],
                [tuple(cols.value(m, s) for s in specs) for m in migrations])


def _check_migration_id(app, migration, what):
    """A migration is an ID (a number) or, from 2.59, a UUID."""
    if migration.isdigit():
        return
    try:
        uuid.UUID(migration)
    except ValueError:
        raise errors.UsageError(
            f"The <migration> argument must be an ID or UUID, got "
            f"'{migration}'")
    common.require(app, '2.59', what)


def _by_uuid(compute, server, migration_uuid):
    """The in-progress migration of ``server`` with this UUID (Nova can
    fetch one by ID only; its list has the same fields)."""
    for migration in compute.server_migrations(server):
        if migration.uuid == migration_uuid:
            return migration
    raise errors.NotFoundError(
        f'In-progress live migration {migration_uuid} is not found for '
        f'server {server.id}')


class _MigrationCommand:
    """``<server> <migration>`` arguments, checked and resolved."""

    #: The microversion the command needs, and how it is named.
    version = '2.24'
    name = 'server migration'
    uuid_what = 'a migration UUID'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server (name or ID)')
        parser.add_argument('migration', metavar='<migration>',
                            help='Migration (ID)')
        return parser

    def resolve(self, parsed_args):
        """``(compute, server, migration ID or resource)``."""
        app = self.app
        common.require(app, self.version, self.name)
        _check_migration_id(app, parsed_args.migration, self.uuid_what)
        compute = common.client(app)
        server = _common.find_server(app, parsed_args.server, details=False)
        if parsed_args.migration.isdigit():
            return compute, server, parsed_args.migration
        return compute, server, _by_uuid(compute, server,
                                         parsed_args.migration)


class ShowMigration(_MigrationCommand, base.ShowOne):
    """Show an in-progress live migration for a given server.

    Note that it is not possible to show cold migrations or completed
    live-migrations. Use 'openstack server migration list' to get details
    for these.
    """

    name = 'server migration show'

    def take_action(self, parsed_args):
        compute, server, migration = self.resolve(parsed_args)
        if isinstance(migration, str):
            migration = compute.get_server_migration(
                migration, server, ignore_missing=False)
        specs = list(SHOW_COLUMNS)
        if common.supports(self.app, '2.59'):
            specs.append(Column('uuid', 'UUID'))
        if common.supports(self.app, '2.80'):
            specs += [Column('user_id', 'User ID'),
                      Column('project_id', 'Project ID')]
        return ([s.label for s in specs],
                tuple(cols.value(migration, s) for s in specs))


class AbortMigration(_MigrationCommand, base.Command):
    """Cancel an ongoing live migration.

    This command requires ``--os-compute-api-version`` 2.24 or greater.
    """

    name = 'server migration abort'

    def take_action(self, parsed_args):
        compute, server, migration = self.resolve(parsed_args)
        compute.abort_server_migration(migration, server,
                                       ignore_missing=False)


class ForceCompleteMigration(_MigrationCommand, base.Command):
    """Force an ongoing live migration to complete.

    This command requires ``--os-compute-api-version`` 2.22 or greater.
    """

    version = '2.22'
    name = 'server migration force complete'

    def take_action(self, parsed_args):
        compute, server, migration = self.resolve(parsed_args)
        compute.force_complete_server_migration(migration, server)
