"""volume list: volumes, filtered and paged as in OSC."""

import functools

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import pagination
from openstackclient.cli import properties
from openstackclient.cli.columns import Column, DictColumn
from openstackclient.volume.v3 import _format
from openstackclient.volume.v3 import common


class AttachmentsColumn(cliff_columns.FormattableColumn):
    """``Attached to <server> on <device>`` for people (server names when
    the compute service could tell them); the attachments for machines."""

    def __init__(self, value, servers=None):
        super().__init__(value)
        self._servers = servers or {}

    def human_readable(self):
        text = ''
        for attachment in self._value or ():
            server = attachment.get('server_id')
            server = self._servers.get(server, server)
            text += f"Attached to {server} on {attachment.get('device')} "
        return text


COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('status', 'Status'),
    Column('size', 'Size'),
    Column('volume_type', 'Type', long=True),
    Column('is_bootable', 'Bootable', long=True),
    Column('attachments', 'Attached to', AttachmentsColumn),
    Column('metadata', 'Properties', DictColumn, long=True),
)


def server_names(app, volumes):
    """``{server ID: name}`` when a volume is in use; {} on any trouble
    (a cloud without compute, say): the IDs are shown then."""
    if not any(getattr(v, 'status', None) == 'in-use' for v in volumes):
        return {}
    try:
        return {s.id: s.name for s in app.client_manager.compute.servers()}
    except Exception:   # noqa: BLE001 - names are a nicety, as in OSC
        return {}


class ListVolume(base.ResourceLister):
    """List volumes"""

    columns = COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _format.add_project_option(parser, user=True)
        parser.add_argument('--name', metavar='<name>',
                            help='Filter results by volume name')
        parser.add_argument('--status', metavar='<status>',
                            help='Filter results by status')
        properties.add_property_option(
            parser, 'Filter by a property on the volume list (repeat '
                    'option to filter by multiple properties)')
        common.add_all_projects_option(parser)
        pagination.add_options(parser, max_items=False)
        return parser

    def list_resources(self, parsed_args):
        args = parsed_args
        project_id, user_id = _format.project_and_user_ids(self.app, args)
        query = pagination.query(args)
        for key, value in (('name', args.name), ('status', args.status),
                           ('project_id', project_id),
                           ('user_id', user_id)):
            if value:
                query[key] = value
        if args.properties:
            # Cinder reads the metadata filter as a Python-style dict.
            query['properties'] = str(args.properties)
        all_projects = bool(args.project) or args.all_projects
        return list(common.client(self.app).volumes(
            all_projects=all_projects, **query))

    def take_action(self, parsed_args):
        volumes = self.list_resources(parsed_args)
        servers = server_names(self.app, volumes)
        attached = functools.partial(AttachmentsColumn, servers=servers)
        specs = [Column(s.attr, s.label, attached, s.long)
                 if s.label == 'Attached to' else s
                 for s in self.get_columns(parsed_args)]
        return cols.labels(specs), (cols.row(v, specs) for v in volumes)
