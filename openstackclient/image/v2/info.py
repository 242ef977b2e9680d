"""Image v2 service information: import methods and stores."""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common

STORE_COLUMNS = (
    Column('id', 'ID'),
    Column('description', 'Description'),
    Column('is_default', 'Default'),
)

#: Shown with --detail.
DETAIL_COLUMN = Column('properties', 'Properties', cols.DictColumn)


class ShowImageImportInfo(base.ShowOne):
    """Show the image import methods the cloud offers"""

    def take_action(self, parsed_args):
        info = common.client(self.app).get_import_info()
        methods = (info.import_methods or {}).get('value') or []
        return ('import-methods',), (cols.ListColumn(methods),)


class ListImageStores(base.ResourceLister):
    """List the stores image data can be kept in (multi-store clouds)"""

    columns = STORE_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--detail', action='store_true',
            help='Show the properties of each store (admin only)')
        return parser

    def get_columns(self, parsed_args):
        extra = [DETAIL_COLUMN] if parsed_args.detail else []
        return list(self.columns) + extra

    def list_resources(self, parsed_args):
        try:
            return list(common.client(self.app).stores(
                details=parsed_args.detail))
        except Exception as exc:
            if errors.exit_code_for(exc) == errors.NOT_FOUND:
                raise errors.NotFoundError(
                    'Multi Backend support not enabled') from exc
            raise
