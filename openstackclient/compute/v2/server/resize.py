"""server resize and server migrate: move a server to a new flavor or host,
then confirm or revert."""

import logging

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import wait
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

LOG = logging.getLogger(__name__)

#: Where a resize or cold migration stops for the user to confirm (a live
#: migration goes back to ACTIVE).
MOVED = ('active', 'verify_resize')


def _add_server(parser):
    parser.add_argument('server', metavar='<server>',
                        help='Server (name or ID)')


def _wait_moved(app, server, parsed_args):
    _common.wait_for_status(app, server, MOVED, parsed_args.server,
                            timeout=parsed_args.wait_timeout)


class ResizeServer(base.Command):
    """Scale server to a new flavor.

    A resize operation is implemented by creating a new server and copying
    the contents of the original disk into a new one. It is a two-step
    process for the user: the first step is to perform the resize, and the
    second step is to either confirm (verify) success and release the old
    server or to declare a revert to release the new server and restart the
    old one.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server(parser)
        phase = parser.add_mutually_exclusive_group(required=True)
        phase.add_argument('--flavor', metavar='<flavor>',
                           help='Resize server to specified flavor')
        phase.add_argument(
            '--confirm', action='store_true',
            help="**Deprecated** Confirm server resize is complete. "
                 "Replaced by the 'openstack server resize confirm' and "
                 "'openstack server migration confirm' commands")
        phase.add_argument(
            '--revert', action='store_true',
            help="**Deprecated** Restore server state before resize. "
                 "Replaced by the 'openstack server resize revert' and "
                 "'openstack server migration revert' commands")
        wait.add_wait_option(parser, 'resize')
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        server = _common.find_server(self.app, parsed_args.server)
        if parsed_args.confirm:
            LOG.warning("The --confirm option has been deprecated. Please "
                        "use the 'openstack server resize confirm' command "
                        "instead.")
            compute.confirm_server_resize(server)
            return
        if parsed_args.revert:
            LOG.warning("The --revert option has been deprecated. Please "
                        "use the 'openstack server resize revert' command "
                        "instead.")
            compute.revert_server_resize(server)
            return
        if not server.image:
            LOG.warning('The root disk size in flavor will not be applied '
                        'while booting from a persistent volume.')
        flavor = common.find(compute, 'flavor', parsed_args.flavor,
                             is_public=None)
        compute.resize_server(server, flavor)
        if parsed_args.wait:
            _wait_moved(self.app, server, parsed_args)


class ResizeConfirm(base.Command):
    """Confirm server resize.

    Confirm (verify) success of resize operation and release the old server.
    """

    #: Logged first (the deprecated spellings say what replaces them).
    deprecation = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server(parser)
        return parser

    def take_action(self, parsed_args):
        if self.deprecation:
            LOG.warning(self.deprecation)
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        self.finish(common.client(self.app), server)

    def finish(self, compute, server):
        compute.confirm_server_resize(server)


class ResizeRevert(ResizeConfirm):
    """Revert server resize.

    Revert the resize operation. Release the new server and restart the old
    one.
    """

    def finish(self, compute, server):
        compute.revert_server_resize(server)


class ConfirmMigration(ResizeConfirm):
    """Confirm server migration.

    Confirm (verify) success of the migration operation and release the old
    server.
    """


class RevertMigration(ResizeRevert):
    """Revert server migration.

    Revert the migration operation. Release the new server and restart the
    old one.
    """


class MigrateConfirm(ResizeConfirm):
    """DEPRECATED: Use 'server migration confirm' instead."""

    deprecation = ("The 'server migrate confirm' command has been "
                   "deprecated in favour of the 'server migration confirm' "
                   "command.")


class MigrateRevert(ResizeRevert):
    """DEPRECATED: Use 'server migration revert' instead."""

    deprecation = ("The 'server migrate revert' command has been "
                   "deprecated in favour of the 'server migration revert' "
                   "command.")


class MigrateServer(base.Command):
    """Migrate server to different host.

    There are two types of migration operation: a cold migration and a live
    migration.

    A cold migration operation is implemented as a resize operation using
    the same flavor as the old server. This means that, like resize, migrate
    works by shutting down the original server, creating a new server using
    the same flavor and copying the contents of the original disk into a new
    one. As with resize, the migrate operation is a two-step process for the
    user: the first step is to perform the migrate, and the second step is
    to either confirm (verify) success and release the old server, or to
    declare a revert to release the new server and restart the old one.

    By comparison, a live migration operation does not involve shutting the
    server down, and is a one-step process that does not require a
    confirmation or revert to finish.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server(parser)
        parser.add_argument(
            '--live-migration', dest='live_migration', action='store_true',
            help='Live migrate the server; use the ``--host`` option to '
                 'specify a target host for the migration which will be '
                 'validated by the scheduler')
        parser.add_argument(
            '--host', metavar='<hostname>',
            help='Migrate the server to the specified host. (supported with '
                 '--os-compute-api-version 2.30 or above when used with the '
                 '--live-migration option) (supported with '
                 '--os-compute-api-version 2.56 or above when used without '
                 'the --live-migration option)')
        block = parser.add_mutually_exclusive_group()
        block.add_argument(
            '--shared-migration', dest='block_migration',
            action='store_false', default=None,
            help='Perform a shared live migration (default before '
                 '--os-compute-api-version 2.25, auto after)')
        block.add_argument(
            '--block-migration', dest='block_migration', action='store_true',
            help='Perform a block live migration (auto-configured from '
                 '--os-compute-api-version 2.25)')
        disk = parser.add_mutually_exclusive_group()
        disk.add_argument(
            '--disk-overcommit', action='store_true', default=None,
            help='Allow disk over-commit on the destination host (supported '
                 'with --os-compute-api-version 2.24 or below)')
        disk.add_argument(
            '--no-disk-overcommit', dest='disk_overcommit',
            action='store_false',
            help='Do not over-commit disk on the destination host (default) '
                 '(supported with --os-compute-api-version 2.24 or below)')
        wait.add_wait_option(parser, 'migrate')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.live_migration:
            kwargs = self._live_kwargs(parsed_args)
        else:
            if parsed_args.block_migration or parsed_args.disk_overcommit:
                raise errors.UsageError(
                    '--live-migration must be specified if '
                    '--block-migration or --disk-overcommit is specified')
            if parsed_args.host:
                common.require(self.app, '2.56',
                               '--host without --live-migration')
        compute = common.client(self.app)
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        if parsed_args.live_migration:
            compute.live_migrate_server(server, **kwargs)
        elif parsed_args.host:
            compute.migrate_server(server, host=parsed_args.host)
        else:
            compute.migrate_server(server)
        if parsed_args.wait:
            _wait_moved(self.app, server, parsed_args)

    def _live_kwargs(self, parsed_args):
        app = self.app
        if parsed_args.host:
            # Before 2.30 a host would bypass the scheduler (as --force).
            common.require(app, '2.30', '--host with --live-migration')
        new_api = common.supports(app, '2.25')
        block = parsed_args.block_migration
        if block is None:
            block = 'auto' if new_api else False
        kwargs = {'host': parsed_args.host, 'block_migration': block}
        if not new_api:
            kwargs['disk_over_commit'] = bool(parsed_args.disk_overcommit)
        elif parsed_args.disk_overcommit is not None:
            LOG.warning('The --disk-overcommit and --no-disk-overcommit '
                        'options are only supported by '
                        '--os-compute-api-version 2.24 or below; this will '
                        'be an error in a future release')
        return kwargs
