"""server show: a server's fields, its diagnostics or its NUMA topology."""

from openstackclient.cli import base
from openstackclient.cli.columns import Column, DictColumn
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common


class ShowServer(base.ShowOne):
    """Show server details.

    Specify ``--os-compute-api-version 2.47`` or higher to see the embedded
    flavor information for the server.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server', metavar='<server>',
                            help='Server (name or ID)')
        extra = parser.add_mutually_exclusive_group()
        extra.add_argument('--diagnostics', action='store_true',
                           help='Display server diagnostics information')
        extra.add_argument(
            '--topology', action='store_true',
            help='Include topology information in the output (supported by '
                 '--os-compute-api-version 2.78 or above)')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.topology:
            common.require(self.app, '2.78', '--topology')
        compute = common.client(self.app)
        server = _common.find_server(self.app, parsed_args.server)
        if parsed_args.diagnostics:
            diagnostics = compute.get_server_diagnostics(server)
            data = {k: v for k, v in diagnostics.to_dict().items()
                    if k not in ('id', 'name', 'location', 'server_id')
                    and v is not None}
            labels = sorted(data)
            return labels, [data[k] for k in labels]
        extra = ()
        if parsed_args.topology:
            server.topology = server.fetch_topology(compute)
            extra = (Column('topology', 'topology', DictColumn),)
        return _common.show(self.app, server, extra)
