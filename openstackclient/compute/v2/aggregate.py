"""Compute v2 host aggregates: create, delete, list, set, show, unset,
add/remove host, cache image.

An aggregate groups compute hosts under metadata (shown as properties);
with an availability zone it is what users see as that zone.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.cli.columns import Column, DictColumn, ListColumn
from openstackclient.compute.v2 import common

ZONE_KEY = 'availability_zone'

SHOW_COLUMNS = (
    Column('availability_zone', 'availability_zone'),
    Column('created_at', 'created_at'),
    Column('deleted_at', 'deleted_at'),
    Column('hosts', 'hosts', ListColumn),
    Column('id', 'id'),
    Column('is_deleted', 'is_deleted'),
    Column('name', 'name'),
    Column('metadata', 'properties', DictColumn),
    Column('updated_at', 'updated_at'),
    Column('uuid', 'uuid'),
)


def _without_zone(aggregate):
    """The properties as OSC shows them: the zone has its own field."""
    return {k: v for k, v in (aggregate.metadata or {}).items()
            if k != ZONE_KEY}


PROPERTIES = Column(_without_zone, 'Properties', DictColumn, long=True)
SHOWN_PROPERTIES = Column(_without_zone, 'properties', DictColumn)


def find_aggregate(compute, name_or_id):
    """The aggregate with this name or ID."""
    return common.find(compute, 'aggregate', name_or_id)


def _show(aggregate, zone_in_properties=True):
    specs = [SHOWN_PROPERTIES if (c.label == 'properties'
                                  and not zone_in_properties) else c
             for c in SHOW_COLUMNS]
    return cols.show(aggregate, specs)


class _HostAction(base.ShowOne):
    """Add a host to, or remove it from, an aggregate."""

    verb = 'add'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('aggregate', metavar='<aggregate>',
                            help='Aggregate (name or ID)')
        parser.add_argument('host', metavar='<host>',
                            help=f'Host to {self.verb} '
                                 f'{"to" if self.verb == "add" else "from"}'
                                 ' <aggregate>')
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        aggregate = find_aggregate(compute, parsed_args.aggregate)
        if self.verb == 'add':
            aggregate = compute.add_host_to_aggregate(aggregate.id,
                                                      parsed_args.host)
        else:
            aggregate = compute.remove_host_from_aggregate(aggregate.id,
                                                           parsed_args.host)
        return _show(aggregate)


class AddAggregateHost(_HostAction):
    """Add host to aggregate"""

    verb = 'add'


class RemoveAggregateHost(_HostAction):
    """Remove host from aggregate"""

    verb = 'remove'


class CreateAggregate(base.ShowOne):
    """Create a new aggregate"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New aggregate name')
        parser.add_argument('--zone', metavar='<availability-zone>',
                            help='Availability zone name')
        properties.add_property_option(
            parser, 'Property to add to this aggregate (repeat option to '
                    'set multiple properties)')
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        attrs = {'name': parsed_args.name}
        if parsed_args.zone:
            attrs[ZONE_KEY] = parsed_args.zone
        aggregate = compute.create_aggregate(**attrs)
        if parsed_args.properties:
            aggregate = compute.set_aggregate_metadata(
                aggregate.id, parsed_args.properties)
        return _show(aggregate)


class DeleteAggregate(multi.MultiResourceAction):
    """Delete existing aggregate(s)"""

    resource = 'aggregate'
    verb, past = 'delete', 'deleted'

    def act(self, parsed_args, name_or_id):
        compute = common.client(self.app)
        aggregate = find_aggregate(compute, name_or_id)
        compute.delete_aggregate(aggregate.id, ignore_missing=False)


class ListAggregate(base.ResourceLister):
    """List all aggregates"""

    columns = (
        Column('id', 'ID'),
        Column('uuid', 'UUID'),
        Column('name', 'Name'),
        Column('availability_zone', 'Availability Zone'),
        PROPERTIES,
        Column('hosts', 'Hosts', ListColumn, long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--availability-zone',
                            metavar='<availability-zone>',
                            help='Filter by availability zone name')
        parser.add_argument('--host', metavar='<host>',
                            help='Filter by aggregates containing this host')
        return parser

    def get_columns(self, parsed_args):
        specs = super().get_columns(parsed_args)
        if not common.supports(self.app, '2.41'):
            specs = [s for s in specs if s.label != 'UUID']
        return specs

    def list_resources(self, parsed_args):
        # Nova filters aggregates by nothing: done here, as OSC does.
        zone, host = parsed_args.availability_zone, parsed_args.host
        return [a for a in common.client(self.app).aggregates()
                if (zone is None or a.availability_zone == zone)
                and (host is None or host in (a.hosts or ()))]


class SetAggregate(base.Command):
    """Set aggregate properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('aggregate', metavar='<aggregate>',
                            help='Aggregate to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set aggregate name')
        parser.add_argument('--zone', metavar='<availability-zone>',
                            help='Set availability zone name')
        properties.add_property_option(
            parser, 'Property to set on <aggregate> (repeat option to set '
                    'multiple properties)', allow_clear=True)
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        compute = common.client(self.app)
        aggregate = find_aggregate(compute, args.aggregate)
        attrs = {}
        if args.name:
            attrs['name'] = args.name
        if args.zone:
            attrs[ZONE_KEY] = args.zone
        if attrs:
            compute.update_aggregate(aggregate.id, **attrs)
        # Nova drops a key set to None; the zone is never dropped here.
        metadata = {}
        if args.no_property:
            metadata = {key: None for key in _without_zone(aggregate)}
        metadata.update(args.properties or {})
        if metadata:
            compute.set_aggregate_metadata(aggregate.id, metadata)


class ShowAggregate(base.ShowOne):
    """Display aggregate details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('aggregate', metavar='<aggregate>',
                            help='Aggregate to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        aggregate = find_aggregate(compute, parsed_args.aggregate)
        return _show(aggregate, zone_in_properties=False)


class UnsetAggregate(base.Command):
    """Unset aggregate properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('aggregate', metavar='<aggregate>',
                            help='Aggregate to modify (name or ID)')
        properties.add_property_option(
            parser, 'Property to remove from aggregate (repeat option to '
                    'remove multiple properties)', unset=True)
        return parser

    def take_action(self, parsed_args):
        compute = common.client(self.app)
        aggregate = find_aggregate(compute, parsed_args.aggregate)
        metadata = {key: None for key in parsed_args.properties}
        if metadata:
            compute.set_aggregate_metadata(aggregate.id, metadata)


class CacheImageForAggregate(base.Command):
    """Request image caching for aggregate"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('aggregate', metavar='<aggregate>',
                            help='Aggregate (name or ID)')
        parser.add_argument('image', metavar='<image>', nargs='+',
                            help='Image to request caching for aggregate '
                                 '(name or ID); may be given several times')
        return parser

    def take_action(self, parsed_args):
        common.require(self.app, '2.81', 'aggregate cache image')
        compute = common.client(self.app)
        aggregate = find_aggregate(compute, parsed_args.aggregate)
        image = self.app.client_manager.image
        ids = [lookup.find(image.find_image, name, kind='image').id
               for name in parsed_args.image]
        compute.aggregate_precache_images(aggregate.id, ids)
