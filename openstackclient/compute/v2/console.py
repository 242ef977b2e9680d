"""console log show, console url show, console connection show.

A console URL carries a token (``?token=...`` or ``?path=...token...``);
``console connection show <token>`` asks Nova (admin) where the console
proxy connects for it. Nova refuses console types it has not enabled
(HTTP 400) in one line, like any other refusal.
"""

import argparse

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

#: Fields of the SDK's console resources that are not Nova's.
_HIDDEN = ('id', 'links', 'location', 'name')

#: option, console type sent to Nova, help, microversion needed.
URL_TYPES = (
    ('--novnc', 'novnc', 'Show noVNC console URL (default)', None),
    ('--xvpvnc', 'xvpvnc', 'Show xvpvnc console URL', None),
    ('--spice', 'spice-html5', 'Show SPICE console URL', None),
    ('--spice-direct', 'spice-direct',
     'Show SPICE direct protocol native console URL', '2.99'),
    ('--rdp', 'rdp-html5', 'Show RDP console URL', None),
    ('--serial', 'serial', 'Show serial console URL', None),
    ('--mks', 'webmks', 'Show WebMKS console URL', '2.8'),
)


def _non_negative(text):
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of 0 or more, got '{text}'")
    return number


def _sorted_fields(data):
    """``(labels, values)`` of a console dict, SDK-only fields left out."""
    data = {k: v for k, v in dict(data or {}).items() if k not in _HIDDEN}
    labels = sorted(data)
    return tuple(labels), tuple(data[k] for k in labels)


class ShowConsoleLog(base.Command):
    """Show server's console output"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'server', metavar='<server>',
            help='Server to show console log (name or ID)')
        parser.add_argument(
            '--lines', metavar='<num-lines>', type=_non_negative,
            help='Number of lines to display from the end of the log '
                 '(default=all)')
        return parser

    def take_action(self, parsed_args):
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        output = common.client(self.app).get_server_console_output(
            server, length=parsed_args.lines)
        text = (output or {}).get('output') or ''
        if text and not text.endswith('\n'):
            text += '\n'
        self.app.stdout.write(text)


class ShowConsoleURL(base.ShowOne):
    """Show server's remote console URL"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server to show URL (name or ID)')
        group = parser.add_mutually_exclusive_group()
        for option, console_type, text, _version in URL_TYPES:
            group.add_argument(option, dest='url_type',
                               action='store_const', const=console_type,
                               help=text)
        parser.set_defaults(url_type='novnc')
        return parser

    def take_action(self, parsed_args):
        for option, console_type, _text, version in URL_TYPES:
            if version and parsed_args.url_type == console_type:
                common.require(self.app, version, option)
        server = _common.find_server(self.app, parsed_args.server,
                                     details=False)
        try:
            console = common.client(self.app).create_console(
                server, console_type=parsed_args.url_type)
        except Exception as exc:
            if parsed_args.url_type == 'rdp-html5' and \
                    errors.exit_code_for(exc) == errors.USAGE:
                # Nova's own message for it is a generic "malformed".
                raise errors.UsageError(
                    'Unavailable console type rdp-html5: Nova removed RDP '
                    'consoles with the Hyper-V driver in 29.0.0 (Caracal) '
                    '(HTTP 400)') from exc
            raise
        return _sorted_fields(console)


class ShowConsoleConnectionInformation(base.ShowOne):
    """Show server's remote console connection information"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('token', metavar='<token>',
                            help='Nova console token to lookup')
        return parser

    def take_action(self, parsed_args):
        try:
            token = common.client(self.app).validate_console_auth_token(
                parsed_args.token)
        except Exception as exc:
            if errors.exit_code_for(exc) == errors.USAGE and \
                    not common.supports(self.app, '2.31'):
                # Nova says only "malformed" for any other token type.
                raise errors.UsageError(
                    'Before compute API 2.31 Nova looks up rdp-html5 console '
                    'tokens only; use --os-compute-api-version 2.31 or '
                    'greater (HTTP 400)') from exc
            raise
        return _sorted_fields(token.to_dict())
