"""``extension list`` and ``extension show``: the API extensions a cloud
offers.

OSC's commands span services (``--compute``, ``--identity``,
``--network``, ``--volume``); this project serves the network part:
Neutron's extensions, listed with ``--network`` (or no service option) and
shown by alias or name.
"""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('name', 'Name'),
    Column('alias', 'Alias'),
    Column('description', 'Description'),
    Column('namespace', 'Namespace', long=True),
    Column('updated_at', 'Updated At', long=True),
    Column('links', 'Links', common.ListDictColumn, long=True),
)
FORMATTERS = {'links': common.ListDictColumn}
#: The SDK's ``id`` is the alias again.
HIDDEN = ('id',)


class ListExtension(base.ResourceLister):
    """List API extensions"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--network', action='store_true',
            help='List extensions for the Network API (the only one '
                 'served so far, and the default)')
        return parser

    def list_resources(self, parsed_args):
        return common.client(self.app).extensions()


class ShowExtension(base.ShowOne):
    """Show API extension"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'extension', metavar='<extension>',
            help='Extension to display; only network extensions are '
                 'supported (alias or name)')
        return parser

    def take_action(self, parsed_args):
        extension = common.find(common.client(self.app), 'extension',
                                parsed_args.extension)
        return common.fields(extension, formatters=FORMATTERS,
                             hidden=HIDDEN)
