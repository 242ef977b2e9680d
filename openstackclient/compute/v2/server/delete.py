"""server delete: delete servers, in parallel, optionally waiting."""

from openstackclient.cli import wait
from openstackclient.compute.v2 import common
from openstackclient.compute.v2.server import _common


class DeleteServer(_common.ServerAction):
    """Delete server(s)"""

    verb, past = 'delete', 'deleted'
    all_projects = True

    def add_action_arguments(self, parser):
        parser.add_argument('--force', action='store_true',
                            help='Force delete server(s)')
        wait.add_wait_option(parser, 'delete')

    def act(self, parsed_args, name_or_id):
        server = _common.find_server(
            self.app, name_or_id, all_projects=parsed_args.all_projects,
            details=False)
        compute = common.client(self.app)
        compute.delete_server(server, force=parsed_args.force)
        if parsed_args.wait:
            _common.wait_for_delete(self.app, server, name_or_id,
                                    timeout=parsed_args.wait_timeout)
