"""Block storage v3 volume hosts: set (freeze/thaw), failover.

A volume host is a ``cinder-volume`` service's host (``host@backend``).
Freezing one stops changes to its volumes (for a failover); failing it
over moves its replicated volumes to a replication target of the backend.
"""

from openstackclient.cli import base
from openstackclient.volume.v3 import common


class FailoverVolumeHost(base.Command):
    """Failover volume host to different backend"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host-name>',
                            help='Name of volume host')
        parser.add_argument(
            '--volume-backend', metavar='<backend-id>', required=True,
            help='The ID of the volume backend replication target where '
                 'the host will failover to (required)')
        return parser

    def take_action(self, parsed_args):
        from openstack import exceptions

        volume = common.client(self.app)
        # Cinder routes only "failover_host" (the SDK sends "failover"
        # from 3.26 on, which Cinder 29 answers with a bare 404).
        response = volume.put(
            '/os-services/failover_host', raise_exc=False,
            json={'host': parsed_args.host,
                  'backend_id': parsed_args.volume_backend})
        exceptions.raise_from_response(response)


class SetVolumeHost(base.Command):
    """Set volume host properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('host', metavar='<host-name>',
                            help='Name of volume host')
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--disable', action='store_true',
                           help='Freeze and disable the specified volume '
                                'host')
        group.add_argument('--enable', action='store_true',
                           help='Thaw and enable the specified volume host')
        return parser

    def take_action(self, parsed_args):
        from openstack.block_storage.v3 import service as _service

        volume = common.client(self.app)
        service = _service.Service(host=parsed_args.host)
        if parsed_args.enable:
            volume.thaw_service(service)
        if parsed_args.disable:
            volume.freeze_service(service)
