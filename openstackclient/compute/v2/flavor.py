"""Compute v2 flavors: create, delete, list, set, show, unset.

A flavor is a server's size (RAM, disks, vCPUs) plus extra specs (shown
as properties); private flavors are usable only by the projects given
access.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.cli.columns import Column, DictColumn, ListColumn
from openstackclient.compute.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('ram', 'RAM'),
    Column('disk', 'Disk'),
    Column('ephemeral', 'Ephemeral'),
    Column('vcpus', 'VCPUs'),
    Column('is_public', 'Is Public'),
    Column('swap', 'Swap', long=True),
    Column('rxtx_factor', 'RXTX Factor', long=True),
    Column('extra_specs', 'Properties', DictColumn, long=True),
)

# OSC's labels: the SDK attributes under Nova's old field names, sorted.
SHOW_COLUMNS = (
    Column('is_disabled', 'OS-FLV-DISABLED:disabled'),
    Column('ephemeral', 'OS-FLV-EXT-DATA:ephemeral'),
    Column('access_project_ids', 'access_project_ids',
           lambda ids: ListColumn(ids)),
    Column('description', 'description'),
    Column('disk', 'disk'),
    Column('id', 'id'),
    Column('name', 'name'),
    Column('is_public', 'os-flavor-access:is_public'),
    Column('extra_specs', 'properties', DictColumn),
    Column('ram', 'ram'),
    Column('rxtx_factor', 'rxtx_factor'),
    Column('swap', 'swap'),
    Column('vcpus', 'vcpus'),
)
CREATE_COLUMNS = tuple(c for c in SHOW_COLUMNS
                       if c.attr != 'access_project_ids')


def find_flavor(compute, name_or_id, **kw):
    """The flavor with this name or ID (public or private)."""
    return common.find(compute, 'flavor', name_or_id, is_public=None, **kw)


def _add_project_option(parser, help):
    parser.add_argument('--project', metavar='<project>', help=help)
    common.add_project_domain_option(parser)


class CreateFlavor(base.ShowOne):
    """Create new flavor"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<flavor-name>',
                            help='New flavor name')
        parser.add_argument(
            '--id', metavar='<id>',
            help="Unique flavor ID; 'auto' creates a UUID (default: auto)")
        parser.add_argument('--ram', type=int, metavar='<size-mb>',
                            default=256,
                            help='Memory size in MB (default 256M)')
        parser.add_argument('--disk', type=int, metavar='<size-gb>',
                            default=0,
                            help='Disk size in GB (default 0G)')
        parser.add_argument('--ephemeral', type=int, metavar='<size-gb>',
                            default=0,
                            help='Ephemeral disk size in GB (default 0G)')
        parser.add_argument('--swap', type=int, metavar='<size-mb>',
                            default=0,
                            help='Additional swap space size in MB '
                                 '(default 0M)')
        parser.add_argument('--vcpus', type=int, metavar='<vcpus>',
                            default=1,
                            help='Number of vcpus (default 1)')
        parser.add_argument('--rxtx-factor', type=float,
                            metavar='<factor>',
                            help='RX/TX factor (default 1.0)')
        visibility = parser.add_mutually_exclusive_group()
        visibility.add_argument('--public', dest='public',
                                action='store_true', default=True,
                                help='Flavor is available to other '
                                     'projects (default)')
        visibility.add_argument('--private', dest='public',
                                action='store_false',
                                help='Flavor is not available to other '
                                     'projects')
        properties.add_property_option(
            parser, 'Property to add for this flavor (repeat option to '
                    'set multiple properties)')
        _add_project_option(
            parser, 'Allow <project> to access private flavor (name or ID) '
                    '(Must be used with --private option)')
        parser.add_argument(
            '--description', metavar='<description>',
            help='Description for the flavor (supported by compute API '
                 'version 2.55 and above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if args.project and args.public:
            raise errors.UsageError(
                '--project is only allowed with --private')
        compute = common.client(self.app)
        attrs = {
            'name': args.name, 'ram': args.ram, 'vcpus': args.vcpus,
            'disk': args.disk, 'ephemeral': args.ephemeral,
            'swap': args.swap, 'is_public': args.public,
            'id': None if args.id in (None, 'auto') else args.id,
        }
        if args.rxtx_factor:
            if common.supports(self.app, '2.102'):
                raise errors.UsageError(
                    '--rxtx-factor is only supported until compute API '
                    '2.101 (Nova dropped it at 2.102); pin '
                    f'{common.OPTION} 2.101 or lower to use it')
            attrs['rxtx_factor'] = args.rxtx_factor
        if args.description:
            common.require(self.app, '2.55', '--description')
            attrs['description'] = args.description
        project = common.project_id(self.app, args.project,
                                    args.project_domain)
        flavor = compute.create_flavor(**attrs)
        if project:
            compute.flavor_add_tenant_access(flavor.id, project)
        if args.properties:
            flavor = compute.create_flavor_extra_specs(flavor,
                                                       args.properties)
        return cols.show(flavor, CREATE_COLUMNS)


class DeleteFlavor(multi.MultiResourceAction):
    """Delete flavor(s)"""

    resource = 'flavor'
    verb, past = 'delete', 'deleted'

    def act(self, parsed_args, name_or_id):
        compute = common.client(self.app)
        flavor = find_flavor(compute, name_or_id)
        compute.delete_flavor(flavor.id, ignore_missing=False)


class ListFlavor(base.ResourceLister):
    """List flavors"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        which = parser.add_mutually_exclusive_group()
        which.add_argument('--public', dest='public', action='store_true',
                           default=True,
                           help='List only public flavors (default)')
        which.add_argument('--private', dest='public',
                           action='store_false',
                           help='List only private flavors')
        which.add_argument('--all', dest='all', action='store_true',
                           default=False,
                           help='List all flavors, whether public or '
                                'private')
        parser.add_argument('--min-disk', type=int, metavar='<min-disk>',
                            help='Filters the flavors by a minimum disk '
                                 'space, in GiB.')
        parser.add_argument('--min-ram', type=int, metavar='<min-ram>',
                            help='Filters the flavors by a minimum RAM, in '
                                 'MiB.')
        common.add_marker_pagination(parser, 'flavors')
        return parser

    def list_resources(self, parsed_args):
        args = parsed_args
        compute = common.client(self.app)
        query = common.page_query(args)
        query['is_public'] = None if args.all else args.public
        if args.min_disk:
            query['min_disk'] = args.min_disk
        if args.min_ram:
            query['min_ram'] = args.min_ram
        flavors = list(compute.flavors(**query))
        if args.long:
            for flavor in flavors:
                if not flavor.extra_specs:
                    compute.fetch_flavor_extra_specs(flavor)
        return flavors


class ShowFlavor(base.ShowOne):
    """Display flavor details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor', metavar='<flavor>',
                            help='Flavor to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        flavor = find_flavor(compute, parsed_args.flavor,
                             get_extra_specs=True)
        data = flavor.to_dict()
        data['access_project_ids'] = None
        if not flavor.is_public:
            data['access_project_ids'] = [
                access['tenant_id']
                for access in compute.get_flavor_access(flavor.id)]
        return cols.show(data, SHOW_COLUMNS)


class SetFlavor(base.Command):
    """Set flavor properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor', metavar='<flavor>',
                            help='Flavor to modify (name or ID)')
        properties.add_property_option(
            parser, 'Property to add or modify for this flavor (repeat '
                    'option to set multiple properties)', allow_clear=True)
        _add_project_option(
            parser, 'Set flavor access to project (name or ID) (admin only)')
        parser.add_argument(
            '--description', metavar='<description>',
            help='Set description for the flavor (supported by compute API '
                 'version 2.55 and above)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        compute = common.client(self.app)
        if args.description is not None:
            common.require(self.app, '2.55', '--description')
        flavor = find_flavor(compute, args.flavor, get_extra_specs=True)
        if args.no_property:
            for key in sorted(flavor.extra_specs or {}):
                compute.delete_flavor_extra_specs_property(
                    flavor.id, key, ignore_missing=False)
        if args.properties:
            compute.create_flavor_extra_specs(flavor.id, args.properties)
        if args.project:
            compute.flavor_add_tenant_access(
                flavor.id,
                common.project_id(self.app, args.project,
                                  args.project_domain))
        if args.description is not None:
            compute.update_flavor(flavor.id, description=args.description)


class UnsetFlavor(base.Command):
    """Unset flavor properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('flavor', metavar='<flavor>',
                            help='Flavor to modify (name or ID)')
        properties.add_property_option(
            parser, 'Property to remove from flavor (repeat option to '
                    'unset multiple properties)', unset=True)
        _add_project_option(
            parser, 'Remove flavor access from project (name or ID) '
                    '(admin only)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        compute = common.client(self.app)
        flavor = find_flavor(compute, args.flavor, get_extra_specs=True)
        for key in args.properties:
            compute.delete_flavor_extra_specs_property(
                flavor.id, key, ignore_missing=False)
        if args.project:
            compute.flavor_remove_tenant_access(
                flavor.id,
                common.project_id(self.app, args.project,
                                  args.project_domain))
