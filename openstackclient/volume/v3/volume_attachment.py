"""Volume attachments: create, list, show, set, complete, delete (3.27+).

Cinder's side of attaching a volume: a reserved attachment, connected
when a connector (where the volume goes: initiator, IP, host...) is set,
and marked attached by ``complete`` (3.44). Nova is not told: these are
for troubleshooting; ``server add volume`` is the usual way.
"""

import logging
import re

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.cli.columns import DictColumn
from openstackclient.common import catalog
from openstackclient.volume.v3 import common

VERSION = '3.27'

COLUMNS = (
    Column('id', 'ID'),
    Column('volume_id', 'Volume ID'),
    Column('instance', 'Instance ID'),
    Column('status', 'Status'),
    Column('attach_mode', 'Attach Mode'),
    Column('attached_at', 'Attached At'),
    Column('detached_at', 'Detached At'),
    Column('connection_info', 'Properties', DictColumn),
)

LOG = logging.getLogger(__name__)

_UUID = re.compile(r'^[0-9a-f]{8}-?([0-9a-f]{4}-?){3}[0-9a-f]{12}$', re.I)


def client(app, command, version=VERSION):
    return common.client_at(app, version, f"'volume attachment {command}'")


def add_connector_options(parser):
    """OSC's connector options: where the volume is to be connected."""
    parser.add_argument('--initiator', metavar='<initiator>',
                        help='IQN of the initiator attaching to')
    parser.add_argument('--ip', metavar='<ip>',
                        help='IP of the attaching host')
    parser.add_argument('--host', metavar='<host>',
                        help='Name of the host attaching to')
    parser.add_argument('--platform', metavar='<platform>',
                        help='Platform type')
    parser.add_argument('--os-type', metavar='<ostype>',
                        help='OS type')
    multipath = parser.add_mutually_exclusive_group()
    multipath.add_argument('--multipath', action='store_true',
                           dest='multipath', default=False,
                           help='Use multipath')
    multipath.add_argument('--no-multipath', action='store_false',
                           dest='multipath',
                           help='Do not use multipath (default)')
    parser.add_argument('--mountpoint', metavar='<mountpoint>',
                        help='Mountpoint volume will be attached at')


def connector(parsed_args):
    """The connector the options describe (OSC sends every key)."""
    return {'initiator': parsed_args.initiator, 'ip': parsed_args.ip,
            'platform': parsed_args.platform, 'host': parsed_args.host,
            'os_type': parsed_args.os_type,
            'multipath': parsed_args.multipath,
            'mountpoint': parsed_args.mountpoint}


def server_id(app, name_or_id):
    """The server's ID: looked up in Nova, or as given (a UUID) when the
    cloud has no Compute service."""
    if catalog.has_service(app, 'compute'):
        from openstackclient.cli import lookup
        return lookup.find(app.client_manager.compute.find_server,
                           name_or_id, kind='server').id
    if not _UUID.match(name_or_id):
        raise errors.UsageError(
            'This cloud has no Compute service to look servers up in: '
            f"give the server's ID, not '{name_or_id}'")
    return name_or_id


class CreateVolumeAttachment(base.ShowOne):
    """Create an attachment for a volume.

    Only the Volume service records it; the Compute service does not
    attach anything. Mainly for troubleshooting: 'server add volume' is
    the usual way (--os-volume-api-version 3.27 or greater).
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('volume', metavar='<volume>',
                            help='Name or ID of volume to attach to server')
        parser.add_argument('server_old', metavar='<server>', nargs='?',
                            help='Server to attach the volume to (name or '
                                 'ID) (deprecated: use --server)')
        parser.add_argument('--server', metavar='<server>',
                            help='Server to attach the volume to (name or '
                                 'ID)')
        connect = parser.add_mutually_exclusive_group()
        connect.add_argument('--connect', action='store_true',
                             dest='connect', default=False,
                             help='Make an active connection using the '
                                  'connector options given')
        connect.add_argument('--no-connect', action='store_false',
                             dest='connect',
                             help='Do not make an active connection '
                                  '(default)')
        add_connector_options(parser)
        parser.add_argument(
            '--mode', metavar='<mode>',
            help='Mode of volume attachment: rw, ro or null (null honours '
                 'any existing admin metadata) (--os-volume-api-version '
                 '3.54 or greater)')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'create')
        if parsed_args.mode:
            volume = client(self.app, 'create --mode', '3.54')
        if parsed_args.server_old:
            LOG.warning('The <server> positional argument is deprecated '
                        'in favour of the --server option')
        server = parsed_args.server or parsed_args.server_old
        if not server:
            raise errors.UsageError('Give the server: --server <server>')
        wanted = connector(parsed_args)
        if not parsed_args.connect:
            if any(value for value in wanted.values()):
                raise errors.UsageError(
                    'You must specify the --connect option for any of the '
                    'connection-specific options such as --initiator to be '
                    'valid')
            wanted = {}
        found = common.find(volume, 'volume', parsed_args.volume)
        attrs = {'connector': wanted, 'instance': server_id(self.app, server)}
        if parsed_args.mode:
            attrs['mode'] = parsed_args.mode
        attachment = volume.create_attachment(found.id, **attrs)
        return cols.show(attachment, COLUMNS)


class DeleteVolumeAttachment(multi.MultiResourceAction):
    """Delete volume attachment(s).

    Only the Volume service's record goes; the Compute service is not
    told (--os-volume-api-version 3.27 or greater).
    """

    resource = 'volume attachment'
    metavar = '<attachment>'
    named_by = 'ID'

    def prepare(self, parsed_args):
        self.volume = client(self.app, 'delete')

    def act(self, parsed_args, name_or_id):
        self.volume.delete_attachment(name_or_id, ignore_missing=False)


class SetVolumeAttachment(base.ShowOne):
    """Update an attachment for a volume: set where it is connected
    (--os-volume-api-version 3.27 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('attachment', metavar='<attachment>',
                            help='ID of volume attachment')
        add_connector_options(parser)
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'set')
        attachment = volume.update_attachment(
            parsed_args.attachment, connector=connector(parsed_args))
        return cols.show(attachment, COLUMNS)


class CompleteVolumeAttachment(base.Command):
    """Complete an attachment for a volume (--os-volume-api-version 3.44 or
    greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('attachment', metavar='<attachment>',
                            help='ID of volume attachment to mark as '
                                 'completed')
        return parser

    def take_action(self, parsed_args):
        client(self.app, 'complete', '3.44').complete_attachment(
            parsed_args.attachment)


class ListVolumeAttachment(base.ResourceLister):
    """List volume attachments (--os-volume-api-version 3.27 or greater)"""

    columns = (
        Column('id', 'ID'),
        Column('volume_id', 'Volume ID'),
        Column('instance', 'Server ID'),
        Column('status', 'Status'),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--project', metavar='<project>',
                            help='Filter results by project (name or ID) '
                                 '(admin only)')
        parser.add_argument('--project-domain', metavar='<project-domain>',
                            help='Domain the project belongs to (name or '
                                 'ID)')
        common.add_all_projects_option(parser)
        parser.add_argument('--volume-id', metavar='<volume-id>',
                            help='Filters results by a volume ID')
        parser.add_argument('--server-id', metavar='<server-id>',
                            help='Filters results by a server ID')
        parser.add_argument('--status', metavar='<status>',
                            help='Filters results by a status')
        pagination.add_options(parser, limit_type=multi.positive_int)
        return parser

    def list_resources(self, parsed_args):
        volume = client(self.app, 'list')
        query = {key: value for key, value in (
            ('volume_id', parsed_args.volume_id),
            ('instance_id', parsed_args.server_id),
            ('status', parsed_args.status),
            ('limit', parsed_args.limit),
            ('marker', parsed_args.marker),
            ('max_items', parsed_args.max_items)) if value is not None}
        if parsed_args.project:
            from openstackclient.identity.v3 import common as identity_common
            identity = self.app.client_manager.identity
            query['project_id'] = identity_common.id_or_name(
                identity_common.find_project, identity, parsed_args.project,
                parsed_args.project_domain)
        if parsed_args.project or parsed_args.all_projects:
            query['all_projects'] = True
        return volume.attachments(**query)


class ShowVolumeAttachment(base.ShowOne):
    """Show detailed information for a volume attachment
    (--os-volume-api-version 3.27 or greater)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('attachment', metavar='<attachment>',
                            help='ID of volume attachment')
        return parser

    def take_action(self, parsed_args):
        volume = client(self.app, 'show')
        return cols.show(volume.get_attachment(parsed_args.attachment),
                         COLUMNS)
