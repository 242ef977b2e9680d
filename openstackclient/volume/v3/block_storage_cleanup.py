"""Block storage v3 cleanup (3.24): clean up after dead services.

Cinder resets what services that died mid-operation left behind (volumes
stuck in ``creating``, ``deleting``...). With no filter, every service
that is down is cleaned up.
"""

from openstackclient.cli import base
from openstackclient.volume.v3 import common

MICROVERSION = '3.24'


class BlockStorageCleanup(base.Lister):
    """Do block storage cleanup.

    This command requires ``--os-volume-api-version`` 3.24 or greater.
    """

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--cluster', metavar='<cluster>',
            help='Name of block storage cluster in which cleanup needs to '
                 'be performed (name only)')
        parser.add_argument('--host', metavar='<host>',
                            help='Host where the service resides. '
                                 '(name only)')
        parser.add_argument('--binary', metavar='<binary>',
                            help='Name of the service binary.')
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            '--up', dest='is_up', action='store_true', default=None,
            help='Filter by up status. If this is set, services need to be '
                 'up.')
        group.add_argument(
            '--down', dest='is_up', action='store_false',
            help='Filter by down status. If this is set, services need to '
                 'be down.')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--disabled', dest='disabled',
                           action='store_true', default=None,
                           help='Filter by disabled status.')
        group.add_argument('--enabled', dest='disabled',
                           action='store_false',
                           help='Filter by enabled status.')
        parser.add_argument('--resource-id', metavar='<resource-id>',
                            help='UUID of a resource to cleanup.')
        parser.add_argument('--resource-type', metavar='<Volume|Snapshot>',
                            choices=('Volume', 'Snapshot'),
                            help='Type of resource to cleanup.')
        parser.add_argument(
            '--service-id', metavar='<service-id>', type=int,
            help='The service ID field from the DB, not the UUID of the '
                 'service.')
        return parser

    def take_action(self, parsed_args):
        volume = common.client_at(self.app, MICROVERSION,
                                  'block storage cleanup')
        from openstack import exceptions

        body = {
            'cluster_name': parsed_args.cluster,
            'host': parsed_args.host,
            'binary': parsed_args.binary,
            'is_up': parsed_args.is_up,
            'disabled': parsed_args.disabled,
            'resource_id': parsed_args.resource_id,
            'resource_type': parsed_args.resource_type,
            'service_id': parsed_args.service_id,
        }
        # Cinder routes POST /workers/cleanup (the SDK sends PUT, which
        # Cinder 29 answers with 404) and refuses nulls: only what is given.
        response = volume.post(
            '/workers/cleanup', raise_exc=False,
            json={k: v for k, v in body.items() if v is not None})
        exceptions.raise_from_response(response)
        result = response.json()
        rows = [
            (item['id'], item['cluster_name'], item['host'], item['binary'],
             status)
            for key, status in (('cleaning', 'Cleaning'),
                                ('unavailable', 'Unavailable'))
            for item in result.get(key) or ()]
        return ('ID', 'Cluster Name', 'Host', 'Binary', 'Status'), rows
