"""Network v2 trunks: one parent port carrying subports (VLAN aware VMs).

``network trunk create/set --subport port=<port>,segmentation-type=vlan,
segmentation-id=<id>`` adds subports, ``network trunk unset --subport``
removes them and ``network subport list --trunk`` lists them; the newer
``network trunk subport add/list/remove`` do the same one trunk at a time
with the trunk and port as arguments.
"""

import argparse

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('port_id', 'Parent Port'),
    Column('description', 'Description'),
    Column('status', 'Status', long=True),
    Column('is_admin_state_up', 'State', common.AdminStateColumn, long=True),
    Column('created_at', 'Created At', long=True),
    Column('updated_at', 'Updated At', long=True),
)

SUBPORT_COLUMNS = (
    Column('port_id', 'Port'),
    Column('segmentation_type', 'Segmentation Type'),
    Column('segmentation_id', 'Segmentation ID'),
)

FORMATTERS = {
    'admin_state_up': common.AdminStateColumn,
    'sub_ports': common.ListDictColumn,
    'tags': common.ListColumn,
}

_SUBPORT_KEYS = ('port', 'segmentation-type', 'segmentation-id')


class SubportAction(argparse.Action):
    """``--subport port=<port>[,segmentation-type=<t>,segmentation-id=<id>]``
    (repeatable) into a list of dicts."""

    def __call__(self, parser, namespace, values, option_string=None):
        subport = {}
        for part in values.split(','):
            key, sep, value = part.partition('=')
            if not sep or key not in _SUBPORT_KEYS:
                parser.error(
                    f"{option_string}: expected port=<port>"
                    f"[,segmentation-type=<type>,segmentation-id=<id>], got "
                    f"'{values}'")
            subport[key] = value
        if not subport.get('port'):
            parser.error(f"{option_string}: port=<port> is required in "
                         f"'{values}'")
        if 'segmentation-id' in subport:
            try:
                subport['segmentation-id'] = int(subport['segmentation-id'])
            except ValueError:
                parser.error(f"{option_string}: segmentation-id must be a "
                             f"whole number in '{values}'")
        items = list(getattr(namespace, self.dest, None) or [])
        items.append(subport)
        setattr(namespace, self.dest, items)


def add_subport_option(parser):
    parser.add_argument(
        '--subport', metavar='<port=,segmentation-type=,segmentation-id=>',
        action=SubportAction, dest='subports',
        help='Subport to add: port (name or ID), segmentation-type (vlan '
             'or inherit) and segmentation-id (VLAN ID) '
             '(repeat option to add multiple subports)')


def subports_body(network, subports):
    """The API's subport dicts for the ``--subport`` values."""
    body = []
    for given in subports or ():
        item = {'port_id': common.find_id(network, 'port', given['port'])}
        if 'segmentation-type' in given:
            item['segmentation_type'] = given['segmentation-type']
        if 'segmentation-id' in given:
            item['segmentation_id'] = given['segmentation-id']
        body.append(item)
    return body


def find_trunk(network, name_or_id):
    """The trunk with this name or ID."""
    return common.find(network, 'trunk', name_or_id)


def show(trunk):
    """A trunk as OSC shows it."""
    return common.fields(trunk, formatters=FORMATTERS)


def add_state_options(parser, *, create):
    common.add_toggle(
        parser, '--enable', '--disable', 'is_admin_state_up',
        'Enable trunk' + (' (default)' if create else ''), 'Disable trunk',
        default=True if create else None)


class CreateNetworkTrunk(base.ShowOne):
    """Create a network trunk for a given project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of the trunk to create')
        parser.add_argument('--description', metavar='<description>',
                            help='A description of the trunk')
        parser.add_argument(
            '--parent-port', metavar='<parent-port>', required=True,
            help='Parent port of the trunk (name or ID)')
        add_subport_option(parser)
        add_state_options(parser, create=True)
        common.add_project_options(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            port_id=common.find_id(network, 'port', parsed_args.parent_port),
            is_admin_state_up=parsed_args.is_admin_state_up,
            project_id=common.project_id(self.app, parsed_args))
        if parsed_args.subports:
            attrs['sub_ports'] = subports_body(network, parsed_args.subports)
        return show(network.create_trunk(**attrs))


class DeleteNetworkTrunk(common.NetworkDelete):
    """Delete a given network trunk"""

    resource = 'trunk'
    sdk_resource = 'trunk'
    metavar = '<trunk>'


class ListNetworkTrunk(base.ResourceLister):
    """List all network trunks"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).trunks()


class SetNetworkTrunk(base.Command):
    """Set network trunk properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trunk', metavar='<trunk>',
                            help='Trunk to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set trunk name')
        parser.add_argument('--description', metavar='<description>',
                            help='A description of the trunk')
        add_subport_option(parser)
        add_state_options(parser, create=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        trunk = find_trunk(network, parsed_args.trunk)
        changes = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            is_admin_state_up=parsed_args.is_admin_state_up)
        subports = subports_body(network, parsed_args.subports)
        # A disabled trunk takes no new subports: add them while it is
        # still enabled, and only after enabling it.
        if subports and parsed_args.is_admin_state_up is False:
            network.add_trunk_subports(trunk, subports)
            subports = None
        if changes:
            network.update_trunk(trunk, **changes)
        if subports:
            network.add_trunk_subports(trunk, subports)


class ShowNetworkTrunk(base.ShowOne):
    """Show information of a given network trunk"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trunk', metavar='<trunk>',
                            help='Trunk to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_trunk(common.client(self.app), parsed_args.trunk))


class UnsetNetworkTrunk(base.Command):
    """Unset subports from a given network trunk"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trunk', metavar='<trunk>',
                            help='Trunk to modify (name or ID)')
        parser.add_argument(
            '--subport', metavar='<subport>', dest='subports',
            action='append', required=True,
            help='Subport to remove (port name or ID) '
                 '(repeat option to remove multiple subports)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        trunk = find_trunk(network, parsed_args.trunk)
        ports = [{'port_id': common.find_id(network, 'port', port)}
                 for port in parsed_args.subports]
        network.delete_trunk_subports(trunk, ports)


def trunk_subports(network, name_or_id):
    """The subport dicts of the trunk with this name or ID."""
    trunk = find_trunk(network, name_or_id)
    return network.get_trunk_subports(trunk)['sub_ports']


class ListNetworkSubport(base.ResourceLister):
    """List all subports for a given network trunk"""

    columns = SUBPORT_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--trunk', metavar='<trunk>', required=True,
                            help='List subports of this trunk (name or ID)')
        return parser

    def list_resources(self, parsed_args):
        return trunk_subports(common.client(self.app), parsed_args.trunk)


class ListNetworkTrunkSubport(base.ResourceLister):
    """List all subports for a given network trunk"""

    columns = SUBPORT_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trunk', metavar='<trunk>',
                            help='Trunk whose subports to list (name or ID)')
        return parser

    def list_resources(self, parsed_args):
        return trunk_subports(common.client(self.app), parsed_args.trunk)


class AddNetworkTrunkSubport(base.Command):
    """Add a subport to a given network trunk"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trunk', metavar='<trunk>',
                            help='Trunk to add the subport to (name or ID)')
        parser.add_argument('port', metavar='<port>',
                            help='Port to add as a subport (name or ID)')
        parser.add_argument(
            '--segmentation-type', metavar='<segmentation-type>',
            help="Segmentation type of the subport (e.g. 'vlan', 'inherit')")
        parser.add_argument(
            '--segmentation-id', metavar='<segmentation-id>', type=int,
            help='Segmentation ID of the subport (VLAN ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        trunk = find_trunk(network, parsed_args.trunk)
        subport = {'port_id': common.find_id(network, 'port',
                                             parsed_args.port)}
        subport.update(common.changed(
            segmentation_type=parsed_args.segmentation_type,
            segmentation_id=parsed_args.segmentation_id))
        network.add_trunk_subports(trunk, [subport])


class RemoveNetworkTrunkSubport(base.Command):
    """Remove subport(s) from a given network trunk"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'trunk', metavar='<trunk>',
            help='Trunk to remove the subport(s) from (name or ID)')
        parser.add_argument(
            'ports', metavar='<port>', nargs='+',
            help='Port(s) to remove as subports (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        trunk = find_trunk(network, parsed_args.trunk)
        ports = [{'port_id': common.find_id(network, 'port', port)}
                 for port in parsed_args.ports]
        network.delete_trunk_subports(trunk, ports)
