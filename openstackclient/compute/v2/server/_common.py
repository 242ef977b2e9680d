"""What the server commands share.

``find_server(app, name_or_id, all_projects=False, details=True)``
    The server with this name or ID (exit 5 if none, 1 if several).

``show(app, server)``
    ``(labels, values)`` of ``server show``: OSC's field names (Nova's old
    ``OS-EXT-*`` ones), sorted; the image as ``name (id)``, the embedded
    flavor (2.47+) as a dict.

``wait_for_status(app, server, target, what)``
    Poll until the server's status is one of ``target`` (progress on a
    terminal; ERROR fails with Nova's fault message).

``wait_for_delete(app, server)``
    Poll until the server is gone.

``add_all_projects_option(parser, verb)``
    ``--all-projects`` (default from ``ALL_PROJECTS``), as OSC has it.

``ServerAction``
    Base of ``server stop a b c``-style commands: the items run through
    ``cli.multi`` (concurrent, one line per failure); a subclass sets
    ``verb``/``past`` and ``act_on(compute, server, parsed_args)``, and
    optionally ``wait_status`` to offer ``--wait``.
"""

import argparse
import datetime
import os

from cliff import columns as cliff_columns

from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.cli import wait
from openstackclient.cli.columns import Column, DictColumn, ListColumn
from openstackclient.compute.v2 import common

IMAGE_FOR_BFV = 'N/A (booted from volume)'
POWER_STATES = {0: 'NOSTATE', 1: 'Running', 3: 'Paused', 4: 'Shutdown',
                6: 'Crashed', 7: 'Suspended'}


class PowerStateColumn(cliff_columns.FormattableColumn):
    """Nova's power state number: its name for people, the number for
    machines."""

    def human_readable(self):
        if self._value is None:
            return ''
        return POWER_STATES.get(self._value, 'N/A')


def addresses(value):
    """``{network: [address dicts]}`` -> ``{network: [addr, ...]}``."""
    return {net: [item['addr'] for item in items if 'addr' in item]
            for net, items in (value or {}).items()}


class AddressesColumn(cliff_columns.FormattableColumn):
    """A server's addresses: ``net=10.0.0.3, 172.24.4.9; net2=...`` for
    people, ``{network: [address, ...]}`` for machines."""

    def human_readable(self):
        return '; '.join(f"{net}={', '.join(addrs)}"
                         for net, addrs in sorted(addresses(self._value)
                                                  .items()))

    def machine_readable(self):
        return addresses(self._value)


class ListDictColumn(cliff_columns.FormattableColumn):
    """A list of dicts: one ``k='v'`` group per line for people."""

    def human_readable(self):
        return '\n'.join(cols.format_dict(item) for item in self._value or ())

    def machine_readable(self):
        return [dict(item) for item in self._value or ()]


def _volumes(attached):
    return ListDictColumn([
        {k: v for k, v in dict(item).items()
         if v is not None and k != 'location'}
        for item in attached or ()])


def _flavor(value):
    return DictColumn(value) if isinstance(value, dict) else value


# OSC's labels, which are the field names of Nova before the SDK renamed
# them; in label order (as ``server show`` prints them).
SHOW_COLUMNS = (
    Column('disk_config', 'OS-DCF:diskConfig'),
    Column('availability_zone', 'OS-EXT-AZ:availability_zone'),
    Column('compute_host', 'OS-EXT-SRV-ATTR:host'),
    Column('hostname', 'OS-EXT-SRV-ATTR:hostname'),
    Column('hypervisor_hostname', 'OS-EXT-SRV-ATTR:hypervisor_hostname'),
    Column('instance_name', 'OS-EXT-SRV-ATTR:instance_name'),
    Column('kernel_id', 'OS-EXT-SRV-ATTR:kernel_id'),
    Column('launch_index', 'OS-EXT-SRV-ATTR:launch_index'),
    Column('ramdisk_id', 'OS-EXT-SRV-ATTR:ramdisk_id'),
    Column('reservation_id', 'OS-EXT-SRV-ATTR:reservation_id'),
    Column('root_device_name', 'OS-EXT-SRV-ATTR:root_device_name'),
    Column('user_data', 'OS-EXT-SRV-ATTR:user_data'),
    Column('power_state', 'OS-EXT-STS:power_state', PowerStateColumn),
    Column('task_state', 'OS-EXT-STS:task_state'),
    Column('vm_state', 'OS-EXT-STS:vm_state'),
    Column('launched_at', 'OS-SRV-USG:launched_at'),
    Column('terminated_at', 'OS-SRV-USG:terminated_at'),
    Column('access_ipv4', 'accessIPv4'),
    Column('access_ipv6', 'accessIPv6'),
    Column('addresses', 'addresses', AddressesColumn),
    Column('admin_password', 'adminPass'),
    Column('has_config_drive', 'config_drive'),
    Column('created_at', 'created'),
    Column('description', 'description'),
    Column('fault', 'fault', DictColumn),
    Column('flavor', 'flavor', _flavor),
    Column('host_id', 'hostId'),
    Column('host_status', 'host_status'),
    Column('id', 'id'),
    Column('image', 'image'),
    Column('key_name', 'key_name'),
    Column('is_locked', 'locked'),
    Column('locked_reason', 'locked_reason'),
    Column('name', 'name'),
    Column('pinned_availability_zone', 'pinned_availability_zone'),
    Column('progress', 'progress'),
    Column('project_id', 'project_id'),
    Column('metadata', 'properties', DictColumn),
    Column('scheduler_hints', 'scheduler_hints', DictColumn),
    Column('security_groups', 'security_groups', ListDictColumn),
    Column('server_groups', 'server_groups', ListColumn),
    Column('status', 'status'),
    Column('tags', 'tags', ListColumn),
    Column('trusted_image_certificates', 'trusted_image_certificates'),
    Column('updated_at', 'updated'),
    Column('user_id', 'user_id'),
    Column('attached_volumes', 'volumes_attached', _volumes),
)
#: Shown only when the server has them (a password only in a create
#: response, a fault only on errored servers).
_OPTIONAL = {'adminPass', 'fault', 'security_groups'}
#: Shown only from the microversion that returns them.
_FROM = {'pinned_availability_zone': '2.96', 'scheduler_hints': '2.100'}


def find_server(app, name_or_id, all_projects=False, details=True):
    """The server with this name or ID."""
    filters = {'details': details}
    if all_projects:
        filters['all_projects'] = True
    return common.find(common.client(app), 'server', name_or_id, **filters)


def image_label(app, image):
    """``name (id)`` of a server's image; the BFV marker when it has none."""
    image_id = (image or {}).get('id') if isinstance(image, dict) else None
    if not image_id:
        return IMAGE_FOR_BFV
    try:
        found = app.client_manager.image.get_image(image_id)
    except Exception:   # noqa: BLE001 - a name is a courtesy; show the ID
        return image_id
    return f'{found.name} ({image_id})'


def flavor_label(app, flavor):
    """The embedded flavor (2.47+) as is, else ``name (id)``."""
    flavor = dict(flavor or {})
    if flavor.get('original_name') is not None:
        return flavor
    flavor_id = flavor.get('id') or ''
    try:
        found = common.client(app).get_flavor(flavor_id)
    except Exception:   # noqa: BLE001 - as for images
        return flavor_id
    return f'{found.name} ({flavor_id})'


def show_data(app, server):
    """The server as the dict ``show`` formats (labels resolved)."""
    data = server.to_dict() if hasattr(server, 'to_dict') else dict(server)
    data['image'] = image_label(app, data.get('image'))
    data['flavor'] = flavor_label(app, data.get('flavor'))
    return data


def show(app, server, extra=()):
    """``(labels, values)`` of ``server show`` for ``server``."""
    data = show_data(app, server)
    specs = []
    for spec in SHOW_COLUMNS + tuple(extra):
        if spec.label in _OPTIONAL and data.get(spec.attr) is None:
            continue
        version = _FROM.get(spec.label)
        if version and not common.supports(app, version):
            continue
        specs.append(spec)
    specs.sort(key=lambda spec: spec.label)
    return cols.show(data, specs)


def label(server, name_or_id=None):
    return f"server {name_or_id or server.name or server.id}"


def wait_for_status(app, server, target=('active',), name_or_id=None,
                    timeout=wait.DEFAULT_TIMEOUT, failure=('error',),
                    ready=None):
    """Poll the server until its status is in ``target`` (and ``ready``
    holds, if given); return it."""
    compute = common.client(app)
    return wait.wait_for_status(
        lambda: compute.get_server(server.id), target=target,
        failure=failure, timeout=timeout, label=label(server, name_or_id),
        progress_attr='progress', ready=ready)


def wait_for_delete(app, server, name_or_id=None,
                    timeout=wait.DEFAULT_TIMEOUT):
    compute = common.client(app)
    wait.wait_for_delete(
        lambda: compute.get_server(server.id), failure=('error',),
        timeout=timeout, label=label(server, name_or_id),
        progress_attr='progress')


def iso_time(option):
    """argparse type: an ISO 8601 time, kept as given."""
    def parse(text):
        try:
            datetime.datetime.fromisoformat(text.replace('Z', '+00:00'))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"Invalid {option} value: '{text}' (expected an ISO 8601 "
                'time such as 2016-03-04T06:27:59Z)')
        return text
    return parse


def add_changes_options(parser, what, since_version=None,
                        before_version='2.66'):
    """``--changes-since`` and ``--changes-before`` (ISO 8601 times) for a
    list of ``what``; a version, where given, is named in the help."""
    for edge, side, version in (('since', 'later', since_version),
                                ('before', 'earlier', before_version)):
        note = (f' (supported by --os-compute-api-version {version} or '
                'above)' if version else '')
        parser.add_argument(
            f'--changes-{edge}', dest=f'changes_{edge}',
            metavar=f'<changes-{edge}>', type=iso_time(f'changes-{edge}'),
            help=f'List only {what} changed {side} than or at a point of '
                 f'time, given in ISO 8601 (e.g. 2016-03-04T06:27:59Z)'
                 f'{note}')


def env_bool(name):
    return os.environ.get(name, '').strip().lower() in (
        '1', 'true', 'yes', 'on')


def add_all_projects_option(parser, verb):
    parser.add_argument(
        '--all-projects', action='store_true',
        default=env_bool('ALL_PROJECTS'),
        help=f'{verb.capitalize()} server(s) in another project by name '
             '(admin only) (can be specified using the ALL_PROJECTS '
             'envvar)')


class ServerAction(multi.MultiResourceAction):
    """One Nova action on each of several servers; see the module doc."""

    resource = 'server'
    #: Offer ``--all-projects`` to find servers of other projects.
    all_projects = False
    #: Offer ``--wait`` until the server reaches one of these statuses.
    wait_status = ()

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        if self.all_projects:
            add_all_projects_option(parser, self.verb)
        if self.wait_status:
            wait.add_wait_option(parser, f'the {self.verb} to complete')
        self.add_action_arguments(parser)
        return parser

    def add_action_arguments(self, parser):
        """Options of this action, beyond the servers (and --wait)."""

    def act(self, parsed_args, name_or_id):
        server = find_server(
            self.app, name_or_id,
            all_projects=getattr(parsed_args, 'all_projects', False),
            details=False)
        self.act_on(common.client(self.app), server, parsed_args)
        if self.wait_status and parsed_args.wait:
            wait_for_status(self.app, server, self.wait_status, name_or_id,
                            timeout=parsed_args.wait_timeout)

    #: The compute proxy's method the default ``act_on`` calls with the
    #: server alone (``start_server``); None where ``act_on`` is written.
    sdk_call = None

    def act_on(self, compute, server, parsed_args):
        """Ask Nova to act on ``server``; raise on error."""
        getattr(compute, self.sdk_call)(server)
