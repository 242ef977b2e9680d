"""Block storage v3 backends: capability show, pool list.

What a ``cinder-volume`` backend says it can do (the capabilities a
volume type's extra specs may ask for), and the pools the scheduler
places volumes in.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.volume.v3 import common


class ShowCapability(base.Lister):
    """Show capability command"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host>',
                            help='List capabilities of specified host '
                                 '(host@backend-name)')
        return parser

    def take_action(self, parsed_args):
        found = common.client(self.app).get_capabilities(parsed_args.host)
        rows = [(item.get('title', ''), key, item.get('type', ''),
                 item.get('description', ''))
                for key, item in (found.properties or {}).items()]
        return ('Title', 'Key', 'Type', 'Description'), rows


class ListPool(base.ResourceLister):
    """List pool command"""

    columns = (
        cols.Column('name', 'Name'),
        cols.Column('capabilities', 'Capabilities', cols.DictColumn,
                    long=True),
    )

    def list_resources(self, parsed_args):
        return common.client(self.app).backend_pools(
            detailed=parsed_args.long)
