"""Server state actions: start/stop, pause, suspend, lock, shelve, rescue,
reboot, restore.

Those taking several servers run them concurrently (``_common.ServerAction``,
one line per failure); rescue, unrescue and reboot take one server, as in
OSC.
"""

from openstackclient.cli import base
from openstackclient.cli import wait
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

SHELVED = ('shelved', 'shelved_offloaded')


class StartServer(_common.ServerAction):
    """Start server(s)"""

    verb, past = 'start', 'started'
    all_projects = True
    sdk_call = 'start_server'


class StopServer(_common.ServerAction):
    """Stop server(s)"""

    verb, past = 'stop', 'stopped'
    all_projects = True
    sdk_call = 'stop_server'


class PauseServer(_common.ServerAction):
    """Pause server(s)"""

    verb, past = 'pause', 'paused'
    sdk_call = 'pause_server'


class UnpauseServer(_common.ServerAction):
    """Unpause server(s)"""

    verb, past = 'unpause', 'unpaused'
    sdk_call = 'unpause_server'


class SuspendServer(_common.ServerAction):
    """Suspend server(s)"""

    verb, past = 'suspend', 'suspended'
    sdk_call = 'suspend_server'


class ResumeServer(_common.ServerAction):
    """Resume server(s)"""

    verb, past = 'resume', 'resumed'
    sdk_call = 'resume_server'


class RestoreServer(_common.ServerAction):
    """Restore server(s)"""

    verb, past = 'restore', 'restored'
    sdk_call = 'restore_server'


class LockServer(_common.ServerAction):
    """Lock server(s)

    A non-admin user will not be able to execute actions.
    """

    verb, past = 'lock', 'locked'

    def add_action_arguments(self, parser):
        parser.add_argument(
            '--reason', metavar='<reason>', default=None,
            help='Reason for locking the server(s) (supported by '
                 '--os-compute-api-version 2.73 or above)')

    def prepare(self, parsed_args):
        if parsed_args.reason:
            common.require(self.app, '2.73', '--reason')

    def act_on(self, compute, server, parsed_args):
        if parsed_args.reason:
            compute.lock_server(server, locked_reason=parsed_args.reason)
        else:
            compute.lock_server(server)


class UnlockServer(_common.ServerAction):
    """Unlock server(s)"""

    verb, past = 'unlock', 'unlocked'
    sdk_call = 'unlock_server'


class ShelveServer(_common.ServerAction):
    """Shelve and optionally offload server(s).

    Shelving a server creates a snapshot of the server and stores this
    snapshot before shutting down the server. This shelved server can then
    be offloaded or deleted from the host, freeing up remaining resources on
    the host, such as network interfaces. Shelved servers can be unshelved,
    restoring the server from the snapshot. Shelving is therefore useful
    where users wish to retain the UUID and IP of a server, without
    utilizing other resources or disks.

    Most clouds are configured to automatically offload shelved servers
    immediately or after a small delay. For clouds where this is not
    configured, or where the delay is larger, offloading can be manually
    specified. This is an admin-only operation by default.
    """

    verb, past = 'shelve', 'shelved'

    def add_action_arguments(self, parser):
        parser.add_argument(
            '--offload', action='store_true', default=False,
            help='Remove the shelved server(s) from the host (admin only). '
                 'Invoking this option on an unshelved server(s) will '
                 'result in the server being shelved first')
        wait.add_wait_option(parser, 'shelve and/or offload operation')

    def act(self, parsed_args, name_or_id):
        server = _common.find_server(self.app, name_or_id)
        compute = common.client(self.app)
        status = (server.status or '').lower()
        if status not in SHELVED:
            compute.shelve_server(server)
            if not (parsed_args.wait or parsed_args.offload):
                return
            # Offloading is refused until the shelve has finished.
            server = self._wait(server, name_or_id, SHELVED, parsed_args)
            status = server.status.lower()
        if not parsed_args.offload or status == 'shelved_offloaded':
            return
        compute.shelve_offload_server(server)
        if parsed_args.wait:
            self._wait(server, name_or_id, ('shelved_offloaded',),
                       parsed_args)

    def _wait(self, server, name_or_id, target, parsed_args):
        return _common.wait_for_status(
            self.app, server, target, name_or_id,
            timeout=parsed_args.wait_timeout)


class UnshelveServer(_common.ServerAction):
    """Unshelve server(s)"""

    verb, past = 'unshelve', 'unshelved'

    def add_action_arguments(self, parser):
        zone = parser.add_mutually_exclusive_group()
        zone.add_argument(
            '--availability-zone', default=None,
            help='Name of the availability zone in which to unshelve a '
                 'SHELVED_OFFLOADED server (supported by '
                 '--os-compute-api-version 2.77 or above)')
        zone.add_argument(
            '--no-availability-zone', action='store_true', default=False,
            help='Unpin the availability zone of a SHELVED_OFFLOADED '
                 'server. Server will be unshelved on a host without '
                 'availability zone constraint (supported by '
                 '--os-compute-api-version 2.91 or above)')
        parser.add_argument(
            '--host', default=None,
            help='Name of the destination host in which to unshelve a '
                 'SHELVED_OFFLOADED server (supported by '
                 '--os-compute-api-version 2.91 or above)')
        wait.add_wait_option(parser, 'unshelve operation')

    def prepare(self, parsed_args):
        self.kwargs = {}
        if parsed_args.availability_zone:
            common.require(self.app, '2.77', '--availability-zone')
            self.kwargs['availability_zone'] = parsed_args.availability_zone
        if parsed_args.host:
            common.require(self.app, '2.91', '--host')
            self.kwargs['host'] = parsed_args.host
        if parsed_args.no_availability_zone:
            common.require(self.app, '2.91', '--no-availability-zone')
            self.kwargs['availability_zone'] = None

    def act(self, parsed_args, name_or_id):
        server = _common.find_server(self.app, name_or_id)
        if (server.status or '').lower() not in SHELVED:
            return   # as OSC: nothing to unshelve
        common.client(self.app).unshelve_server(server, **self.kwargs)
        if parsed_args.wait:
            _common.wait_for_status(self.app, server, ('active', 'shutoff'),
                                    name_or_id,
                                    timeout=parsed_args.wait_timeout)


class _OneServer(base.Command):
    """A command on one server (``<server>``)."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server (name or ID)')
        return parser


class RescueServer(_OneServer):
    """Put server in rescue mode.

    Specify ``--os-compute-api-version 2.87`` or higher to rescue a
    server booted from a volume.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--image', metavar='<image>',
            help='Image (name or ID) to use for the rescue mode (defaults '
                 'to the currently used one)')
        parser.add_argument(
            '--password', metavar='<password>',
            help='Set the password on the rescued instance (requires cloud '
                 'support)')
        return parser

    def take_action(self, parsed_args):
        image = None
        if parsed_args.image:
            image = common.find(self.app.client_manager.image, 'image',
                                parsed_args.image).id
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        common.client(self.app).rescue_server(
            server, admin_pass=parsed_args.password, image=image)


class UnrescueServer(_OneServer):
    """Restore server from rescue mode"""

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        common.client(self.app).unrescue_server(server)


class RebootServer(_OneServer):
    """Perform a hard or soft server reboot"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        kind = parser.add_mutually_exclusive_group()
        kind.add_argument('--hard', dest='reboot_type',
                          action='store_const', const='HARD', default='SOFT',
                          help='Perform a hard reboot')
        kind.add_argument('--soft', dest='reboot_type',
                          action='store_const', const='SOFT', default='SOFT',
                          help='Perform a soft reboot')
        wait.add_wait_option(parser, 'reboot')
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        common.client(self.app).reboot_server(server, parsed_args.reboot_type)
        if parsed_args.wait:
            _common.wait_for_status(self.app, server, ('active',),
                                    parsed_args.server,
                                    timeout=parsed_args.wait_timeout)
