"""Network v2 flavors: named offerings of a service (such as routers)
that users pick at create time, backed by service profiles."""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('is_enabled', 'Enabled'),
    Column('service_type', 'Service Type'),
    Column('description', 'Description'),
)
RENAMES = {'is_enabled': 'enabled'}
FORMATTERS = {'service_profile_ids': common.ListColumn}


def find_flavor(network, name_or_id):
    """The network flavor with this name or ID."""
    return common.find(network, 'flavor', name_or_id, kind='network flavor')


def show(flavor):
    """A network flavor as OSC shows it."""
    return common.fields(flavor, RENAMES, FORMATTERS)


def add_enable_options(parser, what, *, create):
    common.add_toggle(parser, '--enable', '--disable', 'is_enabled',
                      f'Enable the {what}' + (' (default)' if create else ''),
                      f'Disable the {what}')


class CreateNetworkFlavor(base.ShowOne):
    """Create new network flavor"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name for the flavor')
        parser.add_argument(
            '--service-type', metavar='<service-type>', required=True,
            help='Service type the flavor applies to, e.g. L3_ROUTER_NAT '
                 "(see 'network service provider list')")
        parser.add_argument('--description', metavar='<description>',
                            help='Description for the flavor')
        common.add_project_options(parser)
        add_enable_options(parser, 'flavor', create=True)
        return parser

    def take_action(self, parsed_args):
        attrs = common.changed(
            name=parsed_args.name, service_type=parsed_args.service_type,
            description=parsed_args.description,
            is_enabled=parsed_args.is_enabled,
            project_id=common.project_id(self.app, parsed_args))
        return show(common.client(self.app).create_flavor(**attrs))


class DeleteNetworkFlavor(common.NetworkDelete):
    """Delete network flavors"""

    resource = 'network flavor'
    sdk_resource = 'flavor'
    metavar = '<flavor>'


class ListNetworkFlavor(common.Paginated, base.ResourceLister):
    """List network flavors"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).flavors(
            **pagination.query(parsed_args))


class SetNetworkFlavor(base.Command):
    """Set network flavor properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor', metavar='<flavor>',
                            help='Flavor to update (name or ID)')
        parser.add_argument('--description', metavar='<description>',
                            help='Set network flavor description')
        parser.add_argument('--name', metavar='<name>',
                            help='Set flavor name')
        add_enable_options(parser, 'flavor', create=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        flavor = find_flavor(network, parsed_args.flavor)
        changes = common.changed(name=parsed_args.name,
                                 description=parsed_args.description,
                                 is_enabled=parsed_args.is_enabled)
        if changes:
            network.update_flavor(flavor, **changes)


class ShowNetworkFlavor(base.ShowOne):
    """Display network flavor details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor', metavar='<flavor>',
                            help='Flavor to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_flavor(common.client(self.app), parsed_args.flavor))


class _FlavorProfile(base.Command):
    """``<flavor> <service-profile>``, both looked up."""

    flavor_help = ''
    profile_help = ''

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor', metavar='<flavor>',
                            help=f'Network flavor {self.flavor_help} '
                                 '(name or ID)')
        parser.add_argument('service_profile', metavar='<service-profile>',
                            help=f'Service profile {self.profile_help} (ID)')
        return parser

    def resolve(self, parsed_args):
        network = common.client(self.app)
        flavor = find_flavor(network, parsed_args.flavor)
        profile = common.find(network, 'service_profile',
                              parsed_args.service_profile,
                              kind='network flavor profile')
        return network, flavor, profile


class AddNetworkFlavorToProfile(_FlavorProfile):
    """Add a service profile to a network flavor"""

    flavor_help = 'to add the profile to'
    profile_help = 'to add'

    def take_action(self, parsed_args):
        network, flavor, profile = self.resolve(parsed_args)
        network.associate_flavor_with_service_profile(flavor, profile)


class RemoveNetworkFlavorFromProfile(_FlavorProfile):
    """Remove a service profile from a network flavor"""

    flavor_help = 'to remove the profile from'
    profile_help = 'to remove'

    def take_action(self, parsed_args):
        network, flavor, profile = self.resolve(parsed_args)
        network.disassociate_flavor_from_service_profile(flavor, profile)
