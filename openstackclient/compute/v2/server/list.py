"""server list: servers with their image and flavor names, in few requests.

Whatever the number of servers, the names cost at most two requests: one
image list filtered to the IDs shown (``id=in:a,b,...``) and, before
microversion 2.47 (which embeds the flavor's name), one flavor list. Both
are skipped with ``--no-name-lookup``; ``--name-lookup-one-by-one`` asks
for each image and flavor separately, as OSC can.
"""

import argparse

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column, DictColumn, ListColumn
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common

STATUSES = (
    'ACTIVE', 'BUILD', 'DELETED', 'ERROR', 'HARD_REBOOT', 'MIGRATING',
    'PASSWORD', 'PAUSED', 'REBOOT', 'REBUILD', 'RESCUE', 'RESIZE',
    'REVERT_RESIZE', 'SHELVED', 'SHELVED_OFFLOADED', 'SHUTOFF',
    'SOFT_DELETED', 'SUSPENDED', 'VERIFY_RESIZE')
VM_STATES = (
    'active', 'building', 'deleted', 'error', 'paused', 'stopped',
    'suspended', 'rescued', 'resized', 'shelved', 'shelved_offloaded',
    'soft-delete')
TASK_STATES = (
    'block_device_mapping', 'deleting', 'image_backup',
    'image_pending_upload', 'image_snapshot', 'image_snapshot_pending',
    'image_uploading', 'migrating', 'networking', 'pausing', 'powering-off',
    'powering-on', 'rebooting', 'reboot_pending', 'reboot_started',
    'reboot_pending_hard', 'reboot_started_hard', 'rebooting_hard',
    'rebuilding', 'rebuild_block_device_mapping', 'rebuild_spawning',
    'rescuing', 'resize_confirming', 'resize_finish', 'resize_migrated',
    'resize_migrating', 'resize_prep', 'resize_reverting', 'restoring',
    'resuming', 'scheduling', 'shelving', 'shelving_image_pending_upload',
    'shelving_image_uploading', 'shelving_offloading', 'soft-deleting',
    'spawning', 'suspending', 'updating_password', 'unpausing',
    'unrescuing', 'unshelving')
# Nova's InstancePowerState numbers.
POWER_STATES = {'pending': 0, 'running': 1, 'paused': 3, 'shutdown': 4,
                'crashed': 6, 'suspended': 7}
# (dest, query parameter, microversion) of filters from later versions.
_FILTERS_FROM = (('changes_before', 'changes-before', '2.66'),)


def _host(value):
    return '' if value is None else value


def _list_dicts(value):
    return _common.ListDictColumn(value) if isinstance(value, list) else \
        DictColumn(value)


# Every column ``server list`` can show; ``columns_for`` picks them.
ID = Column('id', 'ID')
NAME = Column('name', 'Name')
STATUS = Column('status', 'Status')
TASK_STATE = Column('task_state', 'Task State')
POWER_STATE = Column('power_state', 'Power State', _common.PowerStateColumn)
NETWORKS = Column('addresses', 'Networks', _common.AddressesColumn)
IMAGE_NAME = Column('image_name', 'Image Name')
IMAGE_ID = Column('image_id', 'Image ID')
FLAVOR_NAME = Column('flavor_name', 'Flavor Name')
FLAVOR_ID = Column('flavor_id', 'Flavor ID')
ZONE = Column('availability_zone', 'Availability Zone')
HOST = Column('hypervisor_hostname', 'Host', _host)
PROPERTIES = Column('metadata', 'Properties', DictColumn)
PINNED_ZONE = Column('pinned_availability_zone', 'Pinned Availability Zone')
HINTS = Column('scheduler_hints', 'Scheduler Hints', DictColumn)
PROJECT_ID = Column('project_id', 'Project ID')
HOST_STATUS = Column('host_status', 'Host Status')
# What ``-c <name>`` may add beyond the default columns, by its
# lower-case, underscored name (with the microversion it needs).
EXTRA = {
    'project_id': (PROJECT_ID, None),
    'user_id': (Column('user_id', 'User ID'), None),
    'created_at': (Column('created_at', 'Created At'), None),
    'security_groups': (Column('security_group_names', 'Security Groups',
                               ListColumn), None),
    'task_state': (TASK_STATE, None),
    'power_state': (POWER_STATE, None),
    'image_id': (IMAGE_ID, None),
    'flavor_id': (FLAVOR_ID, None),
    'availability_zone': (ZONE, None),
    'pinned_availability_zone': (PINNED_ZONE, '2.96'),
    'host': (HOST, None),
    'properties': (PROPERTIES, None),
    'scheduler_hints': (HINTS, '2.100'),
}


def columns_for(args, supports):
    """The columns to show; ``supports('2.47')`` says what the API has."""
    long = args.long
    embedded_flavor = supports('2.47')
    specs = [ID, NAME, STATUS]
    if long:
        specs += [TASK_STATE, POWER_STATE]
    specs.append(NETWORKS)
    if long:
        specs += [IMAGE_NAME, IMAGE_ID]
    else:
        specs.append(Column('image_id' if args.no_name_lookup
                            else 'image_name', 'Image'))
    if embedded_flavor:
        specs.append(Column('flavor_name', 'Flavor'))
    elif long:
        specs += [FLAVOR_NAME, FLAVOR_ID]
    else:
        specs.append(Column('flavor_id' if args.no_name_lookup
                            else 'flavor_name', 'Flavor'))
    if long:
        specs += [ZONE, HOST, PROPERTIES]
        if supports('2.96'):
            specs.append(PINNED_ZONE)
        if supports('2.100'):
            specs.append(HINTS)
    if args.all_projects:
        specs.append(PROJECT_ID)
    for name in args.columns or ():
        spec, version = EXTRA.get(
            name.lower().strip().replace(' ', '_'), (None, None))
        if spec and (version is None or supports(version)):
            specs.append(spec)
    seen = set()
    return [s for s in specs if not (s.label in seen or seen.add(s.label))]


class PercentAction(argparse.Action):
    """``--progress``: a whole number from 0 to 100."""

    def __call__(self, parser, namespace, values, option_string=None):
        try:
            value = int(values)
        except ValueError:
            value = -1
        if not 0 <= value <= 100:
            parser.error(f"{option_string}: expected a percentage from 0 "
                         f"to 100, got '{values}'")
        setattr(namespace, self.dest, value)


def _admin_before_2_83(text):
    return f'{text} (admin only before microversion 2.83)'


def _add_filter_options(parser):
    add = parser.add_argument
    add('--reservation-id', metavar='<reservation-id>',
        help='Only return instances that match the reservation')
    add('--ip', metavar='<ip-address-regex>',
        help='Regular expression to match IP addresses')
    add('--ip6', metavar='<ip-address-regex>',
        help='Regular expression to match IPv6 addresses (for non-admin '
             'users with --os-compute-api-version 2.5 or greater)')
    add('--name', metavar='<name-regex>',
        help='Regular expression to match names')
    add('--instance-name', metavar='<server-name>',
        help='Regular expression to match instance name (admin only)')
    add('--status', metavar='<status>', choices=STATUSES,
        help='Search by server status')
    add('--flavor', metavar='<flavor>',
        help='Search by flavor (name or ID)')
    add('--image', metavar='<image>', help='Search by image (name or ID)')
    add('--host', metavar='<hostname>', help='Search by hostname')
    _common.add_all_projects_option(parser, 'list')
    add('--project', metavar='<project>',
        help='Search by project (admin only) (name or ID)')
    common.add_project_domain_option(parser)
    add('--user', metavar='<user>',
        help='Search by user (name or ID) (admin only before microversion '
             '2.83)')
    common.add_project_domain_option(parser, 'user')
    add('--deleted', action='store_true',
        help='Only display deleted servers (admin only)')
    add('--availability-zone', metavar='<availability-zone>',
        help=_admin_before_2_83('Search by availability zone'))
    add('--key-name', metavar='<key-name>',
        help=_admin_before_2_83('Search by keypair name'))
    drive = parser.add_mutually_exclusive_group()
    drive.add_argument(
        '--config-drive', action='store_true', dest='has_config_drive',
        default=None, help=_admin_before_2_83(
            'Only display servers with a config drive attached'))
    drive.add_argument(
        '--no-config-drive', action='store_false', dest='has_config_drive',
        help=_admin_before_2_83(
            'Only display servers without a config drive attached'))
    add('--progress', metavar='<progress>', action=PercentAction,
        help=_admin_before_2_83('Search by progress value (%%)'))
    add('--vm-state', metavar='<state>', choices=VM_STATES,
        help=_admin_before_2_83('Search by vm_state value'))
    add('--task-state', metavar='<state>', choices=TASK_STATES,
        help=_admin_before_2_83('Search by task_state value'))
    add('--power-state', metavar='<state>', choices=tuple(POWER_STATES),
        help=_admin_before_2_83('Search by power_state value'))
    _common.add_changes_options(parser, 'servers')
    lock = parser.add_mutually_exclusive_group()
    lock.add_argument('--locked', action='store_true',
                      help='Only display locked servers (supported by '
                           '--os-compute-api-version 2.73 or above)')
    lock.add_argument('--unlocked', action='store_true',
                      help='Only display unlocked servers (supported by '
                           '--os-compute-api-version 2.73 or above)')
    add('--tags', metavar='<tag>', action='append', default=[],
        dest='tags',
        help='Only list servers with the specified tag; repeat for more '
             '(supported by --os-compute-api-version 2.26 or above)')
    add('--not-tags', metavar='<tag>', action='append', default=[],
        dest='not_tags',
        help='Only list servers without the specified tag; repeat for more '
             '(supported by --os-compute-api-version 2.26 or above)')


class ListServer(base.Lister):
    """List servers"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_filter_options(parser)
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output')
        lookup = parser.add_mutually_exclusive_group()
        lookup.add_argument(
            '-n', '--no-name-lookup', action='store_true',
            help='Skip flavor and image name lookup')
        lookup.add_argument(
            '--name-lookup-one-by-one', action='store_true',
            help='Look flavor and image names up one by one, as needed, '
                 'instead of all together (default)')
        parser.add_argument(
            '--limit', metavar='<limit>', type=pagination.non_negative_int,
            help='The maximum number of entries to return; the cloud may '
                 'return fewer')
        parser.add_argument(
            '--marker', metavar='<marker>',
            help='List the servers after this one (name or ID; an ID with '
                 '--deleted)')
        return parser

    def _query(self, args):
        """The query of Nova's server list for these arguments."""
        app = self.app
        if args.tags or args.not_tags:
            common.require(app, '2.26', '--tags/--not-tags')
        if args.locked or args.unlocked:
            common.require(app, '2.73', '--locked/--unlocked')
        if args.changes_before:
            common.require(app, '2.66', '--changes-before')
        query = {'details': True}
        project = common.project_id(app, args.project, args.project_domain)
        if project:
            query['project_id'] = project
            args.all_projects = True
        if args.all_projects:
            query['all_projects'] = True
        user = common.user_id(app, args.user, args.user_domain)
        if user:
            query['user_id'] = user
        compute = common.client(app)
        if args.flavor:
            query['flavor'] = common.find(compute, 'flavor', args.flavor,
                                          is_public=None).id
        if args.image:
            query['image'] = common.find(app.client_manager.image, 'image',
                                         args.image).id
        plain = (('reservation_id', 'reservation_id'), ('ip', 'ip'),
                 ('ip6', 'ip6'), ('name', 'name'), ('status', 'status'),
                 ('host', 'compute_host'),
                 ('instance_name', 'instance_name'),
                 ('availability_zone', 'availability_zone'),
                 ('key_name', 'key_name'), ('vm_state', 'vm_state'),
                 ('task_state', 'task_state'),
                 ('changes_since', 'changes_since'),
                 ('changes_before', 'changes_before'))
        for dest, param in plain:
            if getattr(args, dest):
                query[param] = getattr(args, dest)
        if args.deleted:
            query['deleted'] = True
        if args.has_config_drive is not None:
            query['config_drive'] = args.has_config_drive
        if args.progress is not None:
            query['progress'] = str(args.progress)
        if args.power_state:
            query['power_state'] = POWER_STATES[args.power_state]
        if args.tags:
            query['tags'] = ','.join(args.tags)
        if args.not_tags:
            query['not_tags'] = ','.join(args.not_tags)
        if args.locked or args.unlocked:
            query['locked'] = bool(args.locked)
        if args.limit is not None:
            query['limit'] = args.limit
            query['paginated'] = False
        if args.marker:
            query['marker'] = args.marker if args.deleted else \
                _common.find_server(app, args.marker, details=False,
                                    all_projects=args.all_projects).id
        return query

    def take_action(self, parsed_args):
        args = parsed_args
        compute = common.client(self.app)
        servers = [s.to_dict() for s in compute.servers(**self._query(args))]
        self._add_names(args, servers)
        specs = columns_for(args, lambda v: common.supports(self.app, v))
        if args.long and common.supports(self.app, '2.16') and any(
                s.get('host_status') is not None for s in servers):
            specs.append(HOST_STATUS)
        return cols.labels(specs), [cols.row(s, specs) for s in servers]

    def _add_names(self, args, servers):
        """Fill in image_name/_id, flavor_name/_id, security_group_names."""
        images, flavors = {}, {}
        if servers and not args.no_name_lookup:
            images = self._images(args, servers)
            flavors = self._flavors(args, servers)
        for server in servers:
            if server.get('status') == 'UNKNOWN' and not server.get('image'):
                continue   # a server in a down cell: only its ID is known
            image_id = (server.get('image') or {}).get('id')
            if image_id:
                server['image_id'] = image_id
                if image_id in images:
                    server['image_name'] = images[image_id]
            else:
                server['image_id'] = server['image_name'] = \
                    _common.IMAGE_FOR_BFV
            flavor = server.get('flavor') or {}
            if flavor.get('original_name') is not None:
                server['flavor_name'] = flavor['original_name']
            else:
                server['flavor_id'] = flavor.get('id')
                if flavor.get('id') in flavors:
                    server['flavor_name'] = flavors[flavor['id']]
            server['security_group_names'] = [
                group.get('name')
                for group in server.get('security_groups') or ()]

    def _images(self, args, servers):
        """``{image ID: name}`` of the servers' images, in one request."""
        ids = sorted({(s.get('image') or {}).get('id') for s in servers}
                     - {None, ''})
        if not ids:
            return {}
        images = self.app.client_manager.image
        found = {}
        try:
            if args.name_lookup_one_by_one:
                for image_id in ids:
                    found[image_id] = images.get_image(image_id).name
            else:
                for image in images.images(id='in:' + ','.join(ids),
                                           limit=len(ids), paginated=False):
                    found[image.id] = image.name
        except Exception as exc:   # noqa: BLE001 - names are a courtesy
            # The list is still right without the names: say why once.
            self.app.stderr.write(
                f'openstack: image names not shown: {errors.one_line(exc)}'
                '\n')
        return found

    def _flavors(self, args, servers):
        """``{flavor ID: name}``; needed only before 2.47."""
        ids = {(s.get('flavor') or {}).get('id') for s in servers
               if (s.get('flavor') or {}).get('original_name') is None}
        ids -= {None, ''}
        if not ids:
            return {}
        compute = common.client(self.app)
        found = {}
        try:
            if args.name_lookup_one_by_one:
                for flavor_id in sorted(ids):
                    found[flavor_id] = compute.get_flavor(flavor_id).name
            else:
                for flavor in compute.flavors(is_public=None):
                    found[flavor.id] = flavor.name
        except Exception as exc:   # noqa: BLE001 - as for images
            self.app.stderr.write(
                f'openstack: flavor names not shown: {errors.one_line(exc)}'
                '\n')
        return found
