"""``quota show|set|list|delete``: per-project quotas across services.

Each service is one ``QuotaService`` with a table of its quotas (the
``quota set`` option, the name ``quota show`` prints, the ``quota list``
label). Only the services in the cloud's catalog are asked: compute
(Nova), volume (Cinder) and network (Neutron).
"""

import dataclasses

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.common import catalog

#: Fields of a quota resource that are not quotas.
NOT_QUOTAS = ('id', 'name', 'location', 'project_id', 'tenant_id',
              'check_limit', 'force')


@dataclasses.dataclass(frozen=True)
class Quota:
    """One quota of a service."""

    #: ``quota set --<option>``.
    option: str
    #: The resource name ``quota show`` prints (OSC's: the SDK attribute).
    name: str
    #: The ``quota list`` column label.
    label: str


class QuotaService:
    """The quotas of one service; subclasses talk to its API."""

    #: 'network', 'compute', 'volume' (a key of ``catalog.SERVICE_TYPES``).
    service = None
    #: ``Quota`` specs, in ``quota list`` column order.
    quotas = ()

    def limits(self, app, project_id, default=False):
        """``{resource name: limit}`` of the project (or the defaults)."""
        raise NotImplementedError

    def usage(self, app, project_id):
        """``{resource name: (limit, in use, reserved)}``."""
        raise NotImplementedError

    def update(self, app, project_id, values, force=False):
        """Set ``{resource name: limit}`` for the project."""
        raise NotImplementedError

    def update_defaults(self, app, values):
        """Set the default ``{resource name: limit}`` (``--default``)."""
        raise errors.UsageError(
            f'{catalog.TITLES[self.service]} quotas have no defaults to set')

    def per_type(self, values, type_name):
        """``values`` for one volume type (``--volume-type``)."""
        return values

    def revert(self, app, project_id):
        """Delete the project's own quotas (back to the defaults)."""
        raise NotImplementedError

    def configured(self, app):
        """``{project ID: {resource name: limit}}`` of the projects whose
        quotas differ from the defaults."""
        raise NotImplementedError


def _quota_fields(resource):
    """The quota fields of an SDK quota resource, in its order."""
    data = resource.to_dict(computed=False)
    return {key: value for key, value in data.items()
            if key not in NOT_QUOTAS and value is not None}


class NetworkQuotas(QuotaService):
    """Neutron's quotas (``/v2.0/quotas``)."""

    service = 'network'
    quotas = (
        Quota('floating-ips', 'floating_ips', 'Floating IPs'),
        Quota('networks', 'networks', 'Networks'),
        Quota('ports', 'ports', 'Ports'),
        Quota('rbac-policies', 'rbac_policies', 'RBAC Policies'),
        Quota('router-routes', 'router_routes', 'Router Routes'),
        Quota('routers', 'routers', 'Routers'),
        Quota('secgroups', 'security_groups', 'Security Groups'),
        Quota('secgroup-rules', 'security_group_rules',
              'Security Group Rules'),
        Quota('subnets', 'subnets', 'Subnets'),
        Quota('subnetpools', 'subnet_pools', 'Subnet Pools'),
    )

    def limits(self, app, project_id, default=False):
        network = app.client_manager.network
        if default:
            return _quota_fields(network.get_quota_default(project_id))
        return _quota_fields(network.get_quota(project_id))

    def usage(self, app, project_id):
        network = app.client_manager.network
        details = _quota_fields(network.get_quota(project_id, details=True))
        return {
            name: (value.get('limit'), value.get('used', 0),
                   value.get('reserved', 0))
            for name, value in details.items() if isinstance(value, dict)
        }

    def update(self, app, project_id, values, force=False):
        attrs = dict(values)
        # Neutron refuses a limit below what is in use unless forced.
        attrs['force' if force else 'check_limit'] = True
        app.client_manager.network.update_quota(project_id, **attrs)

    def revert(self, app, project_id):
        app.client_manager.network.delete_quota(project_id,
                                                ignore_missing=False)

    def configured(self, app):
        network = app.client_manager.network
        names = [quota.name for quota in self.quotas]
        projects = {project.id for project in
                    app.client_manager.identity.projects()}
        defaults = None
        result = {}
        for quota in network.quotas():
            project_id = quota.project_id
            if project_id not in projects:
                continue
            if defaults is None:
                found = network.get_quota_default(project_id)
                defaults = [getattr(found, name, None) for name in names]
            limits = [getattr(quota, name, None) for name in names]
            if limits != defaults:
                result[project_id] = dict(zip(names, limits))
        return result


class QuotaSetQuotas(QuotaService):
    """Quotas of an API with Nova's and Cinder's ``/os-quota-sets``
    (defaults in the ``default`` quota class). Subclasses say which proxy,
    how OSC's names map to the API's, and what they do differently."""

    #: ``app.client_manager`` attribute of the service's SDK proxy.
    proxy_attr = None
    #: Quotas whose use is not counted per project: shown as N/A.
    NOT_COUNTED = ()
    #: Whether ``--force`` is sent (lets a limit go below what is in use).
    SENDS_FORCE = False

    def _api_name(self, name):
        """The API's name of a quota shown (and set) as ``name``."""
        return name

    def _shown_name(self, key):
        """The name shown for the API's quota ``key``."""
        return key

    def _proxy(self, app):
        return getattr(app.client_manager, self.proxy_attr)

    def _fields(self, resource):
        data = _quota_fields(resource)
        for key in ('usage', 'reservation'):
            data.pop(key, None)
        return {self._shown_name(key): value for key, value in data.items()}

    def limits(self, app, project_id, default=False):
        proxy = self._proxy(app)
        if default:
            return self._fields(proxy.get_quota_set_defaults(project_id))
        return self._fields(proxy.get_quota_set(project_id))

    def usage(self, app, project_id):
        found = self._proxy(app).get_quota_set(project_id, usage=True)
        used = found.usage or {}
        reserved = found.reservation or {}
        rows = {}
        for key, limit in _quota_fields(found).items():
            if key in ('usage', 'reservation'):
                continue
            in_use = 'N/A' if key in self.NOT_COUNTED else used.get(key, 0)
            rows[self._shown_name(key)] = (limit, in_use,
                                           reserved.get(key, 0))
        return rows

    def _body(self, values):
        return {self._api_name(name): value for name, value in values.items()}

    def update(self, app, project_id, values, force=False):
        attrs = self._body(values)
        if force and self.SENDS_FORCE:
            attrs['force'] = True
        self._proxy(app).update_quota_set(project_id, **attrs)

    def update_defaults(self, app, values):
        self._proxy(app).update_quota_class_set('default',
                                                **self._body(values))

    def revert(self, app, project_id):
        self._proxy(app).revert_quota_set(project_id)

    def configured(self, app):
        proxy = self._proxy(app)
        names = [quota.name for quota in self.quotas]
        result = {}
        for project in app.client_manager.identity.projects():
            limits = self._fields(proxy.get_quota_set(project.id))
            defaults = self._fields(proxy.get_quota_set_defaults(project.id))
            mine = [limits.get(name) for name in names]
            if mine != [defaults.get(name) for name in names]:
                result[project.id] = dict(zip(names, mine))
        return result


class VolumeQuotas(QuotaSetQuotas):
    """Cinder's quotas. Names are OSC's: Cinder's, with dashes where OSC's
    option has them; per volume type quotas (``volumes_<type>``) keep
    Cinder's names."""

    service = 'volume'
    proxy_attr = 'volume'
    quotas = (
        Quota('backups', 'backups', 'Backups'),
        Quota('backup-gigabytes', 'backup-gigabytes', 'Backup Gigabytes'),
        Quota('gigabytes', 'gigabytes', 'Gigabytes'),
        Quota('groups', 'groups', 'Groups'),
        Quota('per-volume-gigabytes', 'per-volume-gigabytes',
              'Per Volume Gigabytes'),
        Quota('snapshots', 'snapshots', 'Snapshots'),
        Quota('volumes', 'volumes', 'Volumes'),
    )
    #: Quotas a volume type has its own of.
    PER_TYPE = ('gigabytes', 'snapshots', 'volumes')

    #: OSC's dashed names of Cinder's underscored quotas. Only these are
    #: mapped: a volume type's name (``volumes_<type>``) is kept as given.
    DASHED = {'backup-gigabytes': 'backup_gigabytes',
              'per-volume-gigabytes': 'per_volume_gigabytes'}

    def _api_name(self, name):
        return self.DASHED.get(name, name)

    def _shown_name(self, key):
        for shown, api in self.DASHED.items():
            if key == api:
                return shown
        return key

    def per_type(self, values, type_name):
        return {(f'{name}_{type_name}' if name in self.PER_TYPE else name):
                value for name, value in values.items()}


class ComputeQuotas(QuotaSetQuotas):
    """Nova's quotas, under OSC's names (its ``quota set`` options). Key
    pair use is counted per user, so ``--usage`` shows it as N/A, as OSC
    does; ``--force`` sets a limit even below what is in use."""

    service = 'compute'
    proxy_attr = 'compute'
    quotas = (
        Quota('cores', 'cores', 'Cores'),
        Quota('injected-files', 'injected-files', 'Injected Files'),
        Quota('injected-file-size', 'injected-file-size',
              'Injected File Content Bytes'),
        Quota('injected-path-size', 'injected-path-size',
              'Injected File Path Bytes'),
        Quota('instances', 'instances', 'Instances'),
        Quota('key-pairs', 'key-pairs', 'Key Pairs'),
        Quota('properties', 'properties', 'Metadata Items'),
        Quota('ram', 'ram', 'Ram'),
        Quota('server-groups', 'server-groups', 'Server Groups'),
        Quota('server-group-members', 'server-group-members',
              'Server Group Members'),
    )
    NOT_COUNTED = ('key_pairs',)
    SENDS_FORCE = True
    #: Nova's names of the quotas whose OSC names differ.
    API_NAMES = {
        'injected-files': 'injected_files',
        'injected-file-size': 'injected_file_content_bytes',
        'injected-path-size': 'injected_file_path_bytes',
        'key-pairs': 'key_pairs',
        'properties': 'metadata_items',
        'server-groups': 'server_groups',
        'server-group-members': 'server_group_members',
    }
    SHOWN_NAMES = {api: shown for shown, api in API_NAMES.items()}

    def _api_name(self, name):
        return self.API_NAMES.get(name, name)

    def _shown_name(self, key):
        return self.SHOWN_NAMES.get(key, key)


#: The services quotas are served for, in output order (OSC's).
SERVICES = {
    'compute': ComputeQuotas(),
    'volume': VolumeQuotas(),
    'network': NetworkQuotas(),
}
#: The service options of show/list/delete (OSC's).
SERVICE_OPTIONS = tuple(SERVICES)


def selected_services(app, service):
    """The ``QuotaService``s to ask: the one named (which the catalog
    must have), or for 'all' those of the catalog's services we serve."""
    if service != 'all':
        if not catalog.has_service(app, service):
            raise errors.NotFoundError(
                f'This cloud has no {catalog.TITLES[service]} service in '
                'its catalog')
        return [SERVICES[service]]
    return [SERVICES[name] for name in SERVICE_OPTIONS
            if catalog.has_service(app, name)]


def add_service_options(parser, what, default='all'):
    """``--all`` (when ``default`` is 'all'), ``--compute``, ``--volume``,
    ``--network``: one of them, into ``service``."""
    group = parser.add_mutually_exclusive_group(required=default is None)
    if default == 'all':
        group.add_argument(
            '--all', action='store_const', const='all', dest='service',
            default='all', help=f'{what} quotas for all services (default)')
    for name in SERVICE_OPTIONS:
        group.add_argument(
            f'--{name}', action='store_const', const=name, dest='service',
            default=default, help=f'{what} {name} quotas')


def project_id(app, name_or_id):
    """The ID of the named project, or of the signed-in one for None."""
    if name_or_id is None:
        return app.client_manager.auth_ref.project_id
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        name_or_id)


class ShowQuota(base.Lister):
    """Show quotas of a project, or the default quotas"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'project', metavar='<project>', nargs='?',
            help='Show quotas for this project (name or ID) (defaults to '
                 'current project)')
        kind = parser.add_mutually_exclusive_group()
        kind.add_argument('--default', action='store_true',
                          help='Show default quotas for <project>')
        kind.add_argument('--usage', action='store_true',
                          help='Show details about quotas usage')
        add_service_options(parser, 'Show')
        return parser

    def take_action(self, parsed_args):
        services = selected_services(self.app, parsed_args.service)
        project = project_id(self.app, parsed_args.project)
        if parsed_args.usage:
            rows = []
            for service in services:
                for name, (limit, used, reserved) in service.usage(
                        self.app, project).items():
                    rows.append((name, limit or 0, used, reserved))
            return ('Resource', 'Limit', 'In Use', 'Reserved'), rows
        rows = []
        for service in services:
            limits = service.limits(self.app, project,
                                    default=parsed_args.default)
            rows.extend(limits.items())
        return ('Resource', 'Limit'), rows


class SetQuota(base.Command):
    """Set quotas of a project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'project', metavar='<project>', nargs='?',
            help='Set quotas for this project (name or ID) (defaults to '
                 'current project)')
        parser.add_argument(
            '--default', action='store_true',
            help='Set default quotas (compute and volume only)')
        for service in SERVICES.values():
            for quota in service.quotas:
                parser.add_argument(
                    f'--{quota.option}', metavar=f'<{quota.option}>',
                    dest=f'{service.service}:{quota.name}', type=int,
                    help=f'New value for the {quota.option} quota')
        parser.add_argument(
            '--volume-type', metavar='<volume-type>',
            help='Set quotas for a specific <volume-type> (gigabytes, '
                 'snapshots and volumes)')
        force = parser.add_mutually_exclusive_group()
        force.add_argument(
            '--force', action='store_true', dest='force', default=False,
            help='Set the quota even below what is in use (compute, '
                 'network)')
        force.add_argument(
            '--no-force', action='store_false', dest='force',
            help='Refuse a quota below what is in use (default)')
        return parser

    def take_action(self, parsed_args):
        given = {}
        for service in SERVICES.values():
            values = {
                quota.name: getattr(parsed_args,
                                    f'{service.service}:{quota.name}')
                for quota in service.quotas}
            values = {k: v for k, v in values.items() if v is not None}
            if values and parsed_args.volume_type:
                values = service.per_type(values, parsed_args.volume_type)
            if values:
                given[service.service] = (service, values)
        if parsed_args.default:
            if parsed_args.force:
                raise errors.UsageError(
                    '--force cannot be used with --default')
            if 'network' in given:
                raise errors.UsageError(
                    'Network quotas have no defaults to set: Neutron '
                    'takes them from its configuration')
        if not given:
            return
        for name in given:
            if not catalog.has_service(self.app, name):
                raise errors.NotFoundError(
                    f'This cloud has no {catalog.TITLES[name]} service in '
                    'its catalog')
        if parsed_args.default:
            for service, values in given.values():
                service.update_defaults(self.app, values)
            return
        project = project_id(self.app, parsed_args.project)
        for service, values in given.values():
            service.update(self.app, project, values,
                           force=parsed_args.force)


class ListQuota(base.Lister):
    """List quotas of the projects whose quotas differ from the defaults"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_service_options(parser, 'List', default=None)
        return parser

    def take_action(self, parsed_args):
        service = selected_services(self.app, parsed_args.service)[0]
        labels = ('Project ID',) + tuple(q.label for q in service.quotas)
        rows = [
            (project,) + tuple(limits.get(q.name) for q in service.quotas)
            for project, limits in service.configured(self.app).items()]
        return labels, rows


class DeleteQuota(base.Command):
    """Delete a project's quotas, reverting them to the defaults"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'project', metavar='<project>',
            help='Delete quotas for this project (name or ID)')
        add_service_options(parser, 'Delete')
        return parser

    def take_action(self, parsed_args):
        services = selected_services(self.app, parsed_args.service)
        project = project_id(self.app, parsed_args.project)
        for service in services:
            service.revert(self.app, project)
