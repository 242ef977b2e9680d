"""Network v2 auto-allocated topology ("get me a network"): a network,
subnet and router for a project, made from the cloud's default external
network and default subnet pool on first use."""

from openstackclient.cli import base
from openstackclient.network.v2 import common

SHOW_FIELDS = ('id', 'project_id')


def add_project_option(parser, what):
    common.add_project_options(
        parser, f'{what} for this project (name or ID; default: the '
                'current project)')


class CreateAutoAllocatedTopology(base.ShowOne):
    """Create the auto allocated topology for project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_project_option(parser, 'Return the auto allocated topology')
        parser.add_argument(
            '--check-resources', action='store_true',
            help='Only check that the cloud has what the topology needs '
                 '(a default external network and subnet pool)')
        parser.add_argument(
            '--or-show', action='store_true', default=True,
            help="Show the project's topology if it exists (default: "
                 'always, as Neutron returns the existing one)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        project = common.project_id(self.app, parsed_args)
        if parsed_args.check_resources:
            result = network.validate_auto_allocated_topology(project)
            # Neutron answers {"dry-run": "pass"} or an HTTP 409 that
            # names what is missing.
            return SHOW_FIELDS, ('dry-run=pass',
                                 result.project_id or project or
                                 network.get_project_id())
        topology = network.get_auto_allocated_topology(project)
        return SHOW_FIELDS, (topology.id,
                             topology.project_id or project or
                             network.get_project_id())


class DeleteAutoAllocatedTopology(base.Command):
    """Delete auto allocated topology for project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_project_option(parser, 'Delete the auto allocated topology')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        network.delete_auto_allocated_topology(
            common.project_id(self.app, parsed_args), ignore_missing=False)
