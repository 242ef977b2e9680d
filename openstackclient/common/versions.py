"""``versions show``: the API versions each catalogued service offers."""

from openstackclient.cli import base

COLUMNS = ('Region Name', 'Service Type', 'Version', 'Status', 'Endpoint',
           'Min Microversion', 'Max Microversion')


class ShowVersions(base.Lister):
    """Show available versions of services"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        interface = parser.add_mutually_exclusive_group()
        interface.add_argument(
            '--all-interfaces', dest='is_all_interfaces',
            action='store_true', default=False,
            help='Show values for all interfaces')
        interface.add_argument(
            '--interface', default='public', metavar='<interface>',
            help='Show versions for a specific interface.')
        parser.add_argument(
            '--region-name', metavar='<region_name>',
            help='Show versions for a specific region.')
        parser.add_argument(
            '--service', metavar='<service>',
            help='Show versions for a specific service. The argument '
                 'should be either an exact match to what is in the '
                 'catalog or a known official value or alias from '
                 'service-types-authority.')
        parser.add_argument(
            '--status', metavar='<status>',
            help='Show versions for a specific status. Valid values are: '
                 'SUPPORTED, CURRENT, DEPRECATED, EXPERIMENTAL')
        return parser

    def take_action(self, parsed_args):
        manager = self.app.client_manager
        interface = None if parsed_args.is_all_interfaces else \
            parsed_args.interface
        service = _official_type(parsed_args.service)
        data = manager.session.get_all_version_data(
            interface=interface, region_name=parsed_args.region_name,
            service_type=service)
        status = parsed_args.status.upper() if parsed_args.status else None
        rows = []
        for region, interfaces in data.items():
            for iface, services in interfaces.items():
                for service_type, versions in services.items():
                    if service and service != service_type:
                        continue
                    for v in versions:
                        if status and status != v['status']:
                            continue
                        row = [region, service_type, v['version'],
                               v['status'], v['url'], v['min_microversion'],
                               v['max_microversion']]
                        if parsed_args.is_all_interfaces:
                            row.insert(1, iface)
                        rows.append(tuple(row))
        columns = list(COLUMNS)
        if parsed_args.is_all_interfaces:
            columns.insert(1, 'Endpoint Interface')
        return columns, rows


def _official_type(service):
    """The official service type for an alias ('volume' -> block-storage)."""
    if not service:
        return None
    import os_service_types

    types = os_service_types.ServiceTypes()
    return types.get_service_type(service) or service
