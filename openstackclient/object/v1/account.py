"""Object store v1 account: set, show and unset its properties."""

from openstackclient.cli import base
from openstackclient.object.v1 import options
from openstackclient.object.v1 import swift


class SetAccount(base.Command):
    """Set account properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        options.add_property_arg(parser, 'account')
        return parser

    def take_action(self, parsed_args):
        headers = swift.meta_headers(parsed_args.property,
                                     'X-Account-Meta-%s')
        swift.post(swift.client(self.app), '', headers)


class ShowAccount(base.ShowOne):
    """Display account details"""

    def take_action(self, parsed_args):
        return options.show_columns(swift.show_account(swift.client(self.app)))


class UnsetAccount(base.Command):
    """Unset account properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        options.add_property_arg(parser, 'account', unset=True)
        return parser

    def take_action(self, parsed_args):
        headers = swift.meta_headers(parsed_args.property,
                                     'X-Remove-Account-Meta-%s')
        swift.post(swift.client(self.app), '', headers)
