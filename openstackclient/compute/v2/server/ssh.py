"""server ssh: run the system's ``ssh`` to one of a server's addresses.

The address is chosen as OSC chooses it: with ``--public`` (the default)
or ``--private`` (or ``--address-type <name>``), first from a network of
that name, then by Nova's address type (public is ``floating``, private
``fixed``); ``-4``/``-6`` keep one IP version. ``ssh`` then replaces this
process (``os.execvp``), so its exit code is the command's; arguments
after ``--`` go to it as they are, never through a shell. The command
runs in the ``openstack`` process itself, never in the warm server
(``shell.IN_PROCESS``), so ssh has the user's terminal.
"""

import argparse
import logging
import os
import sys

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.compute.v2.server import _common

LOG = logging.getLogger(__name__)

#: Nova's address type for ``--public``/``--private``.
ADDRESS_TYPES = {'public': 'floating', 'private': 'fixed'}


def _version(address):
    try:
        return int(address.get('version'))
    except (TypeError, ValueError):
        return None


def choose_address(addresses, address_type, families):
    """The address to connect to, as OSC picks it; None if there is none.

    ``addresses`` is Nova's ``{network: [{'addr', 'version',
    'OS-EXT-IPS:type'}, ...]}``; ``families`` the IP versions allowed.
    """
    addresses = addresses or {}
    # A network named after the type ('public'), as old clouds had.
    for address in addresses.get(address_type) or ():
        if isinstance(address, dict) and _version(address) in families:
            return address.get('addr')
    wanted = ADDRESS_TYPES.get(address_type, address_type)
    for items in addresses.values():
        for address in items or ():
            if isinstance(address, str):
                # Plain strings: fixed first, floating last.
                return items[0] if wanted == 'fixed' else items[-1]
            if address.get('OS-EXT-IPS:type') == wanted and \
                    _version(address) in families:
                return address.get('addr')
    return None


def ssh_argv(parsed_args, address, username):
    """``['ssh', address, ...]``: the user's ssh arguments first, then
    the (deprecated) options, then ``-l`` unless the user gave one."""
    argv = ['ssh', address, *parsed_args.ssh_args]
    if parsed_args.port:
        argv += ['-p', str(parsed_args.port)]
    if parsed_args.identity:
        argv += ['-i', parsed_args.identity]
    if parsed_args.option:
        argv += ['-o', parsed_args.option]
    if parsed_args.login:
        argv += ['-l', parsed_args.login]
    elif '-l' not in parsed_args.ssh_args and username:
        argv += ['-l', username]
    if parsed_args.verbose:
        argv.append('-v')
    return argv


def _split_at_double_dash(parser):
    """Everything after the first ``--`` is ssh's, wherever ``<server>``
    and the options are (argparse alone only takes ``<server> -- ...``
    with nothing between them)."""
    parse_known_args = parser.parse_known_args

    def parse(args=None, namespace=None):
        args = list(sys.argv[1:] if args is None else args)
        if '--' not in args:
            return parse_known_args(args, namespace)
        cut = args.index('--')
        parsed, extra = parse_known_args(args[:cut], namespace)
        parsed.ssh_args = list(parsed.ssh_args or ()) + args[cut + 1:]
        return parsed, extra

    parser.parse_known_args = parse


class SshServer(base.Command):
    """SSH to server"""

    #: Replaces the process; tests swap it for a recorder.
    exec_program = staticmethod(os.execvp)

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server (name or ID)')
        # Deprecated (Yoga) in favour of ssh's own options after '--';
        # still accepted, hidden from the help as in OSC.
        parser.add_argument('--login', '-l', metavar='<login-name>',
                            help=argparse.SUPPRESS)
        parser.add_argument('--port', '-p', metavar='<port>', type=int,
                            help=argparse.SUPPRESS)
        parser.add_argument('--identity', '-i', metavar='<keyfile>',
                            help=argparse.SUPPRESS)
        parser.add_argument('--option', '-o', metavar='<config-options>',
                            help=argparse.SUPPRESS)
        family = parser.add_mutually_exclusive_group()
        family.add_argument('-4', dest='ipv4', action='store_true',
                            help='Use only IPv4 addresses')
        family.add_argument('-6', dest='ipv6', action='store_true',
                            help='Use only IPv6 addresses')
        kind = parser.add_mutually_exclusive_group()
        kind.add_argument('--public', dest='address_type',
                          action='store_const', const='public',
                          help='Use public IP address')
        kind.add_argument('--private', dest='address_type',
                          action='store_const', const='private',
                          help='Use private IP address')
        kind.add_argument('--address-type', metavar='<address-type>',
                          dest='address_type',
                          help='Use other IP address (public, private, etc)')
        parser.set_defaults(address_type='public')
        parser.add_argument('-v', dest='verbose', action='store_true',
                            help=argparse.SUPPRESS)
        parser.add_argument(
            'ssh_args', nargs='*', metavar='-- <standard ssh args>',
            help='Any argument or option that ssh allows. Use -- once '
                 'between openstackclient args and SSH args.')
        _split_at_double_dash(parser)
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server)
        if any((parsed_args.port, parsed_args.identity, parsed_args.option,
                parsed_args.login, parsed_args.verbose)):
            LOG.warning('The ssh options have been deprecated. The ssh '
                        'equivalent options can be used instead as '
                        'arguments after "--" on the command line.')
        families = [4] if parsed_args.ipv4 else [6] if parsed_args.ipv6 \
            else [4, 6]
        address = choose_address(server.addresses, parsed_args.address_type,
                                 families)
        if not address:
            versions = ' or '.join(f'IPv{f}' for f in families)
            raise errors.CommandError(
                f'No {parsed_args.address_type} {versions} address found '
                f'for server {parsed_args.server}')
        username = None
        if not parsed_args.login and '-l' not in parsed_args.ssh_args:
            username = self.app.client_manager.auth_ref.username
        argv = ssh_argv(parsed_args, address, username)
        LOG.debug('ssh command: %s', argv)
        for stream in (sys.stdout, sys.stderr, self.app.stdout,
                       self.app.stderr):
            try:
                stream.flush()
            except (AttributeError, ValueError, OSError):
                pass
        try:
            self.exec_program(argv[0], argv)
        except FileNotFoundError:
            raise errors.CommandError(
                'ssh was not found on PATH; install an OpenSSH client')
        except OSError as exc:
            raise errors.CommandError(f'Could not run ssh: {exc.strerror}')
