"""Network v2 local IP associations: the ports that use a local IP."""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common
from openstackclient.network.v2 import local_ip as local_ip_mod

LIST_COLUMNS = (
    Column('local_ip_id', 'Local IP ID'),
    Column('local_ip_address', 'Local IP Address'),
    Column('fixed_port_id', 'Fixed port ID'),
    Column('fixed_ip', 'Fixed IP'),
    Column('host', 'Host'),
)
SHOW_FIELDS = ('fixed_ip', 'fixed_port_id', 'host', 'local_ip_address',
               'local_ip_id')


def show(association, local_ip_id):
    """An association as OSC shows it, with the local IP's ID."""
    values = dict(association.to_dict(body=True, headers=False,
                                      ignore_none=False),
                  local_ip_id=local_ip_id)
    return SHOW_FIELDS, tuple(values.get(key) for key in SHOW_FIELDS)


def add_local_ip_argument(parser, what):
    parser.add_argument('local_ip', metavar='<local-ip>',
                        help=f'Local IP {what} (name or ID)')


class CreateLocalIPAssociation(base.ShowOne):
    """Create Local IP Association"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_local_ip_argument(parser, 'that the port association belongs to')
        parser.add_argument('fixed_port', metavar='<fixed-port>',
                            help='The fixed port to associate with the '
                                 'local IP (name or ID)')
        parser.add_argument(
            '--fixed-ip', metavar='<fixed-ip>',
            help='Fixed IP address of the port to use (default: its only '
                 'one)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        local_ip = local_ip_mod.find_local_ip(network, parsed_args.local_ip)
        attrs = common.changed(
            fixed_port_id=common.find_id(network, 'port',
                                         parsed_args.fixed_port),
            fixed_ip=parsed_args.fixed_ip)
        association = network.create_local_ip_association(local_ip, **attrs)
        return show(association, local_ip.id)


class DeleteLocalIPAssociation(multi.MultiResourceAction):
    """Delete Local IP association(s)"""

    resource = 'local IP association'
    metavar = '<fixed-port-id>'
    named_by = 'fixed port name or ID'

    def add_leading_arguments(self, parser):
        add_local_ip_argument(parser, 'that the port associations belong to')

    def prepare(self, parsed_args):
        self.network = common.client(self.app)
        self.local_ip = local_ip_mod.find_local_ip(self.network,
                                                   parsed_args.local_ip)

    def act(self, parsed_args, name_or_id):
        port = common.find(self.network, 'port', name_or_id)
        self.network.delete_local_ip_association(
            self.local_ip, port.id, ignore_missing=False)


class ListLocalIPAssociation(base.ResourceLister):
    """List Local IP Associations"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_local_ip_argument(parser, 'whose associations to list')
        parser.add_argument(
            '--fixed-port', metavar='<fixed-port>',
            help='List only the association of this port (name or ID)')
        parser.add_argument('--fixed-ip', metavar='<fixed-ip>',
                            help='List only associations of this fixed IP')
        parser.add_argument('--host', metavar='<host>',
                            help='List only associations on this host')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        local_ip = local_ip_mod.find_local_ip(network, parsed_args.local_ip)
        query = common.changed(
            fixed_port_id=common.find_id(network, 'port',
                                         parsed_args.fixed_port),
            fixed_ip=parsed_args.fixed_ip, host=parsed_args.host)
        return network.local_ip_associations(local_ip, **query)
