"""Identity v3 regions: create, delete, list, set, show.

A region has an ID (chosen by whoever creates it) and no name.
"""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import catalog_common
from openstackclient.identity.v3 import common

SHOW_COLUMNS = (
    Column('id', 'region'),
    Column('description', 'description'),
    Column('parent_region_id', 'parent_region'),
)

LIST_COLUMNS = (
    Column('id', 'Region'),
    Column('parent_region_id', 'Parent Region'),
    Column('description', 'Description'),
)


class CreateRegion(base.ResourceShowOne):
    """Create new region"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('region', metavar='<region-id>',
                            help='ID of the new region')
        parser.add_argument('--parent-region', metavar='<region-id>',
                            help='Make the new region a child of this one')
        parser.add_argument('--description', metavar='<description>',
                            help='Describe the new region')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).create_region(
            id=parsed_args.region,
            parent_region_id=parsed_args.parent_region,
            description=parsed_args.description,
        )


class DeleteRegion(multi.MultiResourceAction):
    """Delete region(s)"""

    resource = 'region'
    named_by = 'ID'
    metavar = '<region-id>'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        region = catalog_common.find_region(self.identity, name_or_id)
        self.identity.delete_region(region.id)


class ListRegion(base.ResourceLister):
    """List regions"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--parent-region', metavar='<region-id>',
                            help='Only the children of this region')
        return parser

    def list_resources(self, parsed_args):
        filters = common.changed(parent_region_id=parsed_args.parent_region)
        return common.client(self.app).regions(**filters)


class SetRegion(base.Command):
    """Set region properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('region', metavar='<region-id>',
                            help='Region to change (ID)')
        parser.add_argument('--parent-region', metavar='<region-id>',
                            help='Move the region under this parent region')
        parser.add_argument('--description', metavar='<description>',
                            help='Replace the description')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        region = catalog_common.find_region(identity, parsed_args.region)
        changes = common.changed(
            parent_region_id=parsed_args.parent_region,
            description=parsed_args.description,
        )
        if changes:
            identity.update_region(region.id, **changes)


class ShowRegion(base.ResourceShowOne):
    """Display region details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('region', metavar='<region-id>',
                            help='Region to display (ID)')
        return parser

    def get_resource(self, parsed_args):
        return catalog_common.find_region(common.client(self.app),
                                          parsed_args.region)
