"""Network v2 flavor profiles (service profiles): the driver and its
settings behind a network flavor."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('driver', 'Driver'),
    Column('is_enabled', 'Enabled'),
    Column('meta_info', 'Metainfo'),
    Column('description', 'Description'),
)
RENAMES = {'is_enabled': 'enabled'}


def find_profile(network, profile_id):
    """The network flavor profile with this ID."""
    return common.find(network, 'service_profile', profile_id,
                       kind='network flavor profile')


def show(profile):
    """A flavor profile as OSC shows it."""
    return common.fields(profile, RENAMES)


def add_profile_options(parser, *, create):
    parser.add_argument('--description', metavar='<description>',
                        help='Description for the flavor profile')
    common.add_toggle(parser, '--enable', '--disable', 'is_enabled',
                      'Enable the flavor profile'
                      + (' (default)' if create else ''),
                      'Disable the flavor profile')
    parser.add_argument(
        '--driver', metavar='<driver>',
        help='Python module path to the driver, e.g. '
             'neutron.services.l3_router.service_providers.single_node.'
             'SingleNodeDriver')
    parser.add_argument('--metainfo', metavar='<metainfo>',
                        help='Metainfo for the flavor profile')


class CreateNetworkFlavorProfile(base.ShowOne):
    """Create new network flavor profile"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_project_options(parser)
        add_profile_options(parser, create=True)
        return parser

    def take_action(self, parsed_args):
        if parsed_args.driver is None and parsed_args.metainfo is None:
            raise errors.UsageError('Give --driver, --metainfo or both')
        attrs = common.changed(
            description=parsed_args.description,
            is_enabled=parsed_args.is_enabled, driver=parsed_args.driver,
            meta_info=parsed_args.metainfo,
            project_id=common.project_id(self.app, parsed_args))
        return show(common.client(self.app).create_service_profile(**attrs))


class DeleteNetworkFlavorProfile(common.NetworkDelete):
    """Delete network flavor profile"""

    resource = 'network flavor profile'
    sdk_resource = 'service_profile'
    metavar = '<flavor-profile>'
    named_by = 'ID'


class ListNetworkFlavorProfile(common.Paginated, base.ResourceLister):
    """List network flavor profile(s)"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).service_profiles(
            **pagination.query(parsed_args))


class SetNetworkFlavorProfile(base.Command):
    """Set network flavor profile properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor_profile', metavar='<flavor-profile>',
                            help='Flavor profile to update (ID)')
        add_profile_options(parser, create=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        profile = find_profile(network, parsed_args.flavor_profile)
        changes = common.changed(
            description=parsed_args.description,
            is_enabled=parsed_args.is_enabled, driver=parsed_args.driver,
            meta_info=parsed_args.metainfo)
        if changes:
            network.update_service_profile(profile, **changes)


class ShowNetworkFlavorProfile(base.ShowOne):
    """Display network flavor profile details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor_profile', metavar='<flavor-profile>',
                            help='Flavor profile to display (ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_profile(common.client(self.app),
                                 parsed_args.flavor_profile))
