"""Network v2 floating IP port forwardings: create, delete, list, set, show.

A port forwarding maps one protocol port of a floating IP to a port of a
fixed IP behind the router (Neutron's floating-ip-port-forwarding API).
"""

import argparse
import functools

from openstackclient.cli import base
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common
from openstackclient.network.v2 import floating_ip as fip

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('internal_port_id', 'Internal Port ID'),
    Column('internal_ip_address', 'Internal IP Address'),
    Column('internal_port', 'Internal Port'),
    Column('internal_port_range', 'Internal Port Range'),
    Column('external_port', 'External Port'),
    Column('external_port_range', 'External Port Range'),
    Column('protocol', 'Protocol'),
    Column('description', 'Description'),
)

HIDDEN = ('floatingip_id', 'name')


def pf_fields(pf):
    """``(labels, values)`` of a port forwarding, as OSC shows it."""
    return common.fields(pf, hidden=HIDDEN)


def port_number(text):
    """argparse type: a protocol port, 1-65535 (no ranges here)."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number <= 65535:
        raise argparse.ArgumentTypeError(
            f"expected a port number from 1 to 65535, got '{text}'")
    return number


def _add_options(parser, create):
    parser.add_argument(
        '--internal-ip-address', metavar='<internal-ip-address>',
        required=create,
        help='The fixed IPv4 address of the network port associated to the '
             'floating IP port forwarding')
    parser.add_argument(
        '--port', metavar='<port>', required=create,
        help='The name or ID of the network port associated to the '
             'floating IP port forwarding')
    parser.add_argument(
        '--internal-protocol-port', metavar='<port-number>', type=port_number,
        required=create,
        help='The protocol port number of the network port fixed IPv4 '
             'address associated to the floating IP port forwarding')
    parser.add_argument(
        '--external-protocol-port', metavar='<port-number>',
        type=port_number, required=create,
        help='The protocol port number of the port forwarding floating IP '
             'address')
    parser.add_argument(
        '--protocol', metavar='<protocol>', choices=('tcp', 'udp'),
        required=create,
        help='The protocol used in the floating IP port forwarding, for '
             'instance: TCP, UDP')
    parser.add_argument(
        '--description', metavar='<description>',
        help='A text to describe/contextualize the use of the port '
             'forwarding configuration')


def _attrs(network, parsed_args):
    return common.changed(
        internal_ip_address=parsed_args.internal_ip_address,
        internal_port_id=common.find_id(network, 'port', parsed_args.port),
        internal_port=parsed_args.internal_protocol_port,
        external_port=parsed_args.external_protocol_port,
        protocol=parsed_args.protocol,
        description=parsed_args.description,
    )


def _add_floating_ip(parser, what):
    parser.add_argument(
        'floating_ip', metavar='<floating-ip>',
        help=f'Floating IP that the port forwarding {what} (IP address or '
             'ID)')


def _find_pf(network, floating_ip, pf_id):
    """The port forwarding ``pf_id`` of ``floating_ip``."""
    finder = functools.partial(network.find_floating_ip_port_forwarding,
                               floating_ip)
    return lookup.find(finder, pf_id, kind='port forwarding')


class CreateFloatingIPPortForwarding(base.ShowOne):
    """Create floating IP port forwarding"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_options(parser, create=True)
        _add_floating_ip(parser, 'will be added to')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        ip = fip.find_floating_ip(network, parsed_args.floating_ip)
        made = network.create_floating_ip_port_forwarding(
            ip, **_attrs(network, parsed_args))
        return pf_fields(made)


class DeleteFloatingIPPortForwarding(multi.MultiResourceAction):
    """Delete floating IP port forwarding(s)"""

    resource = 'port forwarding'
    metavar = '<port-forwarding-id>'
    named_by = 'ID'

    def add_leading_arguments(self, parser):
        _add_floating_ip(parser, 'belongs to')

    def prepare(self, parsed_args):
        self._network = common.client(self.app)
        self._ip = fip.find_floating_ip(self._network,
                                        parsed_args.floating_ip)

    def act(self, parsed_args, name_or_id):
        pf = _find_pf(self._network, self._ip, name_or_id)
        self._network.delete_floating_ip_port_forwarding(
            self._ip, pf, ignore_missing=False)


class ListFloatingIPPortForwarding(common.Paginated, base.ResourceLister):
    """List floating IP port forwarding"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_floating_ip(parser, 'belongs to')
        parser.add_argument(
            '--port', metavar='<port>',
            help='Filter the list result by the ID or name of the internal '
                 'network port')
        parser.add_argument(
            '--external-protocol-port', metavar='<port-number>',
            type=port_number,
            help='Filter the list result by the protocol port number')
        parser.add_argument(
            '--protocol', metavar='<protocol>', choices=('tcp', 'udp'),
            help='Filter the list result by the port protocol')
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        ip = fip.find_floating_ip(network, parsed_args.floating_ip)
        query = common.changed(
            internal_port_id=common.find_id(network, 'port',
                                            parsed_args.port),
            external_port=parsed_args.external_protocol_port,
            protocol=parsed_args.protocol,
        )
        query.update(pagination.query(parsed_args))
        return network.floating_ip_port_forwardings(ip, **query)


class SetFloatingIPPortForwarding(base.Command):
    """Set floating IP port forwarding properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_floating_ip(parser, 'belongs to')
        parser.add_argument(
            'port_forwarding_id', metavar='<port-forwarding-id>',
            help='The ID of the floating IP port forwarding')
        _add_options(parser, create=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        ip = fip.find_floating_ip(network, parsed_args.floating_ip)
        pf = _find_pf(network, ip, parsed_args.port_forwarding_id)
        attrs = _attrs(network, parsed_args)
        if attrs:
            network.update_floating_ip_port_forwarding(ip, pf, **attrs)


class ShowFloatingIPPortForwarding(base.ShowOne):
    """Display floating IP port forwarding details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_floating_ip(parser, 'belongs to')
        parser.add_argument(
            'port_forwarding_id', metavar='<port-forwarding-id>',
            help='The ID of the floating IP port forwarding')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        ip = fip.find_floating_ip(network, parsed_args.floating_ip)
        return pf_fields(_find_pf(network, ip, parsed_args.port_forwarding_id))
