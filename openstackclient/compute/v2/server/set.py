"""server set and server unset: name, description, hostname, properties,
tags, password, state and the pinned availability zone.

Every microversion an option needs is checked before anything changes,
so a refused option leaves the server as it was.
"""

import argparse
import getpass

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import properties
from openstackclient.cli import redact
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

STATES = ('active', 'error')
_STATE_WARNING = (
    'Resetting the server state can make it much harder to recover a '
    'server from an error state. If the server is in error status due to a '
    'failed move operation then this is likely not the correct approach to '
    'fix the problem. Do you wish to continue?')

# (dest, option, microversion) of the options Nova added later.
_SET_FROM = (
    ('description', '--description', '2.19'),
    ('tags', '--tag', '2.26'),
    ('hostname', '--hostname', '2.90'),
    ('pinned_availability_zone', '--pinned-availability-zone', '2.104'),
)
_UNSET_FROM = (
    ('description', '--description', '2.19'),
    ('tags', '--tag', '2.26'),
    ('all_tags', '--all-tags', '2.26'),
    ('pinned_availability_zone', '--pinned-availability-zone', '2.104'),
)


def _require(app, parsed_args, options):
    for dest, option, version in options:
        if getattr(parsed_args, dest):
            common.require(app, version, option)


def _update(app, server, update):
    """``update_server``; the SDK's servers stop at 2.100, so a pinned
    availability zone (2.104) is sent at 2.104 unless the user pinned."""
    if 'pinned_availability_zone' in update:
        compute = common.client_at(app, '2.104', '--pinned-availability-zone')
    else:
        compute = common.client(app)
    compute.update_server(server, **update)
    common.client(app)   # back to the session's own microversion


def _add_server_argument(parser):
    parser.add_argument('server', metavar='<server>',
                        help='Server (name or ID)')


class SetServer(base.Command):
    """Set server properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(parser)
        parser.add_argument('--name', metavar='<new-name>',
                            help='New server name')
        password = parser.add_mutually_exclusive_group()
        password.add_argument(
            '--password',
            help='Set the server password. This option requires cloud '
                 'support.')
        password.add_argument(
            '--no-password', action='store_true',
            help='Clear the admin password for the server from the metadata '
                 'service; note that this action does not actually change '
                 'the server password')
        # OSC keeps this hidden option (prompt for the password) for now.
        password.add_argument('--root-password', action='store_true',
                              help=argparse.SUPPRESS)
        properties.add_property_option(
            parser, 'Property to add/change for this server (repeat option '
                    'to set multiple properties)')
        parser.add_argument(
            '--auto-approve', action='store_true',
            help='Allow server state override without asking for '
                 'confirmation')
        parser.add_argument(
            '--state', metavar='<state>', choices=STATES,
            help='New server state.**WARNING** Resetting the state is '
                 'intended to work around servers stuck in an intermediate '
                 'state, such as deleting. If the server is in an error '
                 'state then this is almost never the correct command to run '
                 'and you should prefer hard reboot where possible. In '
                 'particular, if the server is in an error state due to a '
                 'move operation, setting the state can result in instances '
                 'that are no longer usable. Proceed with caution. (admin '
                 'only)')
        parser.add_argument(
            '--description', metavar='<description>',
            help='New server description (supported by '
                 '--os-compute-api-version 2.19 or above)')
        parser.add_argument(
            '--tag', metavar='<tag>', action='append', default=[],
            dest='tags',
            help='Tag for the server. Specify multiple times to add multiple '
                 'tags. (supported by --os-compute-api-version 2.26 or above)')
        parser.add_argument(
            '--hostname', metavar='<hostname>',
            help='Hostname configured for the server in the metadata '
                 'service. A separate utility running in the guest is '
                 'required to propagate changes to this value to the guest '
                 'OS itself (hostnames supported by --os-compute-api-version '
                 '2.90 or above, FQDNs supported by --os-compute-api-version '
                 '2.94 or above)')
        parser.add_argument(
            '--pinned-availability-zone', metavar='<availability-zone>',
            help='Pin the server to the given availability zone. The server '
                 'must currently be in the given zone. To unpin, use "server '
                 'unset --pinned-availability-zone" (supported by '
                 '--os-compute-api-version 2.104 or above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        _require(self.app, args, _SET_FROM)
        if args.password:
            redact.add_secret(args.password)
        # Questions first, so that an answer of no changes nothing.
        reset_state = args.state and (
            args.auto_approve or self._confirm(_STATE_WARNING))
        new_password = self._ask_password() if args.root_password else (
            args.password)
        server = _common.find_server(self.app, args.server, details=False)
        compute = common.client(self.app)
        update = {key: getattr(args, key) for key in (
            'name', 'description', 'hostname', 'pinned_availability_zone')
            if getattr(args, key)}
        if update:
            _update(self.app, server, update)
        if args.properties:
            compute.set_server_metadata(server, **args.properties)
        if reset_state:
            compute.reset_server_state(server, state=args.state)
        if new_password:
            compute.change_server_password(server, new_password)
        elif args.no_password:
            compute.clear_server_password(server)
        for tag in args.tags:
            compute.add_tag_to_server(server, tag=tag)

    def _terminal(self, what):
        stdin = getattr(self.app, 'stdin', None)
        if not (stdin and stdin.isatty()):
            raise errors.UsageError(
                f'{what} asks on a terminal, and there is none')

    def _confirm(self, question):
        """Ask yes or no on the terminal; OSC asks with getpass too."""
        self._terminal('--state without --auto-approve')
        while True:
            answer = getpass.getpass(f'{question} [y/n]: ')
            if answer in ('y', 'Y', 'yes'):
                return True
            if answer in ('n', 'N', 'no'):
                return False

    def _ask_password(self):
        self._terminal('--root-password')
        first = getpass.getpass('New password: ')
        if first != getpass.getpass('Retype new password: '):
            raise errors.CommandError(
                'Passwords do not match, password unchanged')
        redact.add_secret(first)
        return first


class UnsetServer(base.Command):
    """Unset server properties and tags"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_server_argument(parser)
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--property', metavar='<key>', action='append', default=[],
            dest='properties',
            help='Property key to remove from server (repeat option to '
                 'remove multiple values)')
        group.add_argument('--all-properties', action='store_true',
                           help='Remove all properties')
        parser.add_argument(
            '--description', action='store_true',
            help='Unset server description (supported by '
                 '--os-compute-api-version 2.19 or above)')
        tags = parser.add_mutually_exclusive_group()
        tags.add_argument(
            '--tag', metavar='<tag>', action='append', default=[],
            dest='tags',
            help='Tag to remove from the server. Specify multiple times to '
                 'remove multiple tags. (supported by '
                 '--os-compute-api-version 2.26 or above)')
        tags.add_argument(
            '--all-tags', action='store_true',
            help='Remove all tags (supported by --os-compute-api-version '
                 '2.26 or above)')
        parser.add_argument(
            '--pinned-availability-zone', action='store_true',
            help='Unpin the server from its availability zone (supported by '
                 '--os-compute-api-version 2.104 or above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        _require(self.app, args, _UNSET_FROM)
        server = _common.find_server(self.app, args.server, details=False)
        compute = common.client(self.app)
        if args.properties or args.all_properties:
            compute.delete_server_metadata(server, args.properties or None)
        update = {}
        if args.description:
            update['description'] = ''
        if args.pinned_availability_zone:
            update['pinned_availability_zone'] = None
        if update:
            _update(self.app, server, update)
        for tag in args.tags:
            compute.remove_tag_from_server(server, tag)
        if args.all_tags:
            compute.remove_tags_from_server(server)
