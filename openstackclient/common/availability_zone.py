"""``availability zone list``: the zones of each service in the catalog.

Each service is one ``ZoneSource`` turning its API's zones into rows of
the same columns: compute (Nova), network (Neutron) and volume (Cinder).
A service the catalog lacks is skipped.
"""

import logging

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column
from openstackclient.common import catalog

LOG = logging.getLogger(__name__)

COLUMNS = (
    Column('zone_name', 'Zone Name'),
    Column('zone_status', 'Zone Status'),
    Column('zone_resource', 'Zone Resource', long=True),
    Column('host_name', 'Host Name', long=True),
    Column('service_name', 'Service Name', long=True),
    Column('service_status', 'Service Status', long=True),
)


class ZoneSource:
    """The availability zones of one service."""

    #: A key of ``catalog.SERVICE_TYPES``.
    service = None

    def zones(self, app, parsed_args):
        """Rows as dicts of the ``COLUMNS`` attributes."""
        raise NotImplementedError


class NetworkZones(ZoneSource):
    """Neutron's zones (extension ``availability_zone``): one row per zone
    and resource type (network, router)."""

    service = 'network'

    def zones(self, app, parsed_args):
        network = app.client_manager.network
        if network.find_extension('availability_zone') is None:
            if parsed_args.network:
                LOG.warning('Availability zones list not supported by '
                            'Network API')
            return []
        return [
            {'zone_name': zone.name,
             'zone_status': ('not available' if zone.state == 'unavailable'
                             else zone.state),
             'zone_resource': zone.resource,
             'host_name': '', 'service_name': '', 'service_status': ''}
            for zone in network.availability_zones()]


class VolumeZones(ZoneSource):
    """Cinder's zones: one row per zone, no resource, host or service."""

    service = 'volume'

    def zones(self, app, parsed_args):
        try:
            found = list(app.client_manager.volume.availability_zones())
        except Exception as exc:  # an old Cinder without the API
            LOG.debug('Volume availability zones: %s', exc)
            if parsed_args.volume:
                LOG.warning('Availability zones list not supported by '
                            'Block Storage API')
            return []
        return [
            {'zone_name': zone.name,
             'zone_status': ('available' if (zone.state or {}).get(
                 'available') else 'not available'),
             'zone_resource': '', 'host_name': '', 'service_name': '',
             'service_status': ''}
            for zone in found]


class ComputeZones(ZoneSource):
    """Nova's zones. With ``--long``, one row per zone, host and service
    (``os-availability-zone/detail``, admin only: others get one row per
    zone, as OSC falls back to)."""

    service = 'compute'

    def zones(self, app, parsed_args):
        compute = app.client_manager.compute
        try:
            found = list(compute.availability_zones(details=True))
        except Exception as exc:
            if getattr(exc, 'status_code', None) != 403:
                raise
            found = list(compute.availability_zones(details=False))
        rows = []
        for zone in found:
            state = zone.state or {}
            base_row = {
                'zone_name': zone.name,
                'zone_status': ('available' if state.get('available')
                                else 'not available'),
                'zone_resource': '', 'host_name': '', 'service_name': '',
                'service_status': ''}
            hosts = (zone.hosts or {}) if parsed_args.long else {}
            if not hosts:
                rows.append(base_row)
            for host, services in hosts.items():
                for name, svc in services.items():
                    rows.append(dict(
                        base_row, host_name=host, service_name=name,
                        service_status='%s %s %s' % (
                            'enabled' if svc.get('active') else 'disabled',
                            ':-)' if svc.get('available') else 'XXX',
                            svc.get('updated_at'))))
        return rows


#: The services served, in output order.
SOURCES = (ComputeZones(), NetworkZones(), VolumeZones())
SERVICE_OPTIONS = ('compute', 'network', 'volume')


class ListAvailabilityZone(base.Lister):
    """List availability zones and their status"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        for name in SERVICE_OPTIONS:
            parser.add_argument(
                f'--{name}', action='store_true',
                help=f'List {name} availability zones')
        parser.add_argument('--long', action='store_true',
                            help='List additional fields in output')
        return parser

    def take_action(self, parsed_args):
        asked = [name for name in SERVICE_OPTIONS
                 if getattr(parsed_args, name)] or list(SERVICE_OPTIONS)
        served = {source.service: source for source in SOURCES}
        rows = []
        for name in asked:
            title = catalog.TITLES[name]
            explicit = getattr(parsed_args, name)
            if not catalog.has_service(self.app, name):
                if explicit:
                    LOG.warning('%s API is not available in the current '
                                'cloud', title)
                continue
            rows.extend(served[name].zones(self.app, parsed_args))
        specs = cols.select(COLUMNS, parsed_args.long)
        return cols.labels(specs), [cols.row(row, specs) for row in rows]
