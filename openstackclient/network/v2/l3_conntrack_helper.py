"""Network v2 L3 conntrack helpers: netfilter helpers (ftp, tftp, sip...)
a router runs for one protocol and port (l3-conntrack-helper)."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('router_id', 'Router ID'),
    Column('helper', 'Helper'),
    Column('protocol', 'Protocol'),
    Column('port', 'Port'),
)
SHOW_FIELDS = ('helper', 'id', 'port', 'protocol', 'router_id')


def show(helper, router_id):
    """A conntrack helper as OSC shows it, with its router's ID."""
    values = dict(helper.to_dict(body=True, headers=False,
                                 ignore_none=False), router_id=router_id)
    return SHOW_FIELDS, tuple(values.get(key) for key in SHOW_FIELDS)


def find_router(network, name_or_id):
    return common.find(network, 'router', name_or_id)


def get_helper(network, helper_id, router):
    """The conntrack helper of ``router`` with this ID."""
    try:
        return network.get_conntrack_helper(helper_id, router)
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.NOT_FOUND:
            raise lookup.not_found('conntrack helper', helper_id) from exc
        raise


def add_router_argument(parser):
    parser.add_argument('router', metavar='<router>',
                        help='Router of the conntrack helper (name or ID)')


def add_helper_options(parser, *, required):
    parser.add_argument('--helper', metavar='<helper>', required=required,
                        help='The netfilter conntrack helper module, e.g. '
                             'ftp, tftp, sip')
    parser.add_argument('--protocol', metavar='<protocol>',
                        required=required,
                        help='The network protocol for the netfilter '
                             'conntrack target rule: tcp or udp')
    parser.add_argument('--port', metavar='<port>', type=int,
                        required=required,
                        help='The network port for the netfilter conntrack '
                             'target rule')


def helper_attrs(parsed_args):
    return common.changed(helper=parsed_args.helper,
                          protocol=parsed_args.protocol,
                          port=parsed_args.port)


class CreateConntrackHelper(base.ShowOne):
    """Create a new L3 conntrack helper"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_router_argument(parser)
        add_helper_options(parser, required=True)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        router = find_router(network, parsed_args.router)
        helper = network.create_conntrack_helper(router,
                                                 **helper_attrs(parsed_args))
        return show(helper, router.id)


class DeleteConntrackHelper(multi.MultiResourceAction):
    """Delete L3 conntrack helper"""

    resource = 'L3 conntrack helper'
    metavar = '<conntrack-helper-id>'
    named_by = 'ID'

    def add_leading_arguments(self, parser):
        add_router_argument(parser)

    def prepare(self, parsed_args):
        self.network = common.client(self.app)
        self.router = find_router(self.network, parsed_args.router)

    def act(self, parsed_args, name_or_id):
        helper = get_helper(self.network, name_or_id, self.router)
        self.network.delete_conntrack_helper(helper, self.router,
                                             ignore_missing=False)


class ListConntrackHelper(common.Paginated, base.ResourceLister):
    """List L3 conntrack helpers"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_router_argument(parser)
        add_helper_options(parser, required=False)
        return parser

    def list_resources(self, parsed_args):
        network = common.client(self.app)
        router = find_router(network, parsed_args.router)
        wanted = helper_attrs(parsed_args)
        # The SDK sends no filters for helpers: a router has few of them,
        # so they are filtered here.
        for helper in network.conntrack_helpers(
                router, **pagination.query(parsed_args)):
            if all(getattr(helper, key) == value
                   for key, value in wanted.items()):
                yield dict(helper.to_dict(body=True, headers=False,
                                          ignore_none=False),
                           router_id=router.id)


class SetConntrackHelper(base.Command):
    """Set L3 conntrack helper properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_router_argument(parser)
        parser.add_argument('conntrack_helper_id',
                            metavar='<conntrack-helper-id>',
                            help='The ID of the conntrack helper')
        add_helper_options(parser, required=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        router = find_router(network, parsed_args.router)
        helper = get_helper(network, parsed_args.conntrack_helper_id, router)
        changes = helper_attrs(parsed_args)
        if changes:
            network.update_conntrack_helper(helper, router, **changes)


class ShowConntrackHelper(base.ShowOne):
    """Display L3 conntrack helper details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_router_argument(parser)
        parser.add_argument('conntrack_helper_id',
                            metavar='<conntrack-helper-id>',
                            help='The ID of the conntrack helper')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        router = find_router(network, parsed_args.router)
        return show(get_helper(network, parsed_args.conntrack_helper_id,
                               router), router.id)
