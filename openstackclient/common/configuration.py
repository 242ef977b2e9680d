"""``configuration show``: the resolved cloud configuration."""

from openstackclient.cli import base
from openstackclient.cli import redact

REDACTED = '<redacted>'


class ShowConfiguration(base.ShowOne):
    """Display configuration details"""

    auth_required = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--mask', dest='mask', action='store_true', default=True,
            help='Attempt to mask passwords (default)')
        group.add_argument(
            '--unmask', dest='mask', action='store_false',
            help='Show password in clear text')
        return parser

    def take_action(self, parsed_args):
        info = self.app.client_manager.get_configuration()
        auth = info.pop('auth', None) or {}
        for key, value in auth.items():
            if parsed_args.mask and value and _is_secret(key):
                value = REDACTED
            info['auth.' + key] = value
        if parsed_args.mask:
            for key, value in list(info.items()):
                if value and _is_secret(key) and not key.startswith('auth.'):
                    info[key] = REDACTED
        return tuple(zip(*sorted(info.items())))


def _is_secret(key):
    key = key.lower()
    return any(word in key for word in redact.SECRET_KEYS)
