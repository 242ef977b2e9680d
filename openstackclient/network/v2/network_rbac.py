"""Network v2 RBAC policies: share network objects with other projects.

A policy gives one project (or, with ``*``, all) access to a network, QoS
policy, security group, address scope, address group or subnet pool, to
use it shared or as an external network.
"""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('object_type', 'Object Type'),
    Column('object_id', 'Object ID'),
    Column('action', 'Action', long=True),
)

#: Object type -> the SDK resource a name is looked up in.
OBJECT_TYPES = {
    'address_group': 'address_group',
    'address_scope': 'address_scope',
    'security_group': 'security_group',
    'subnetpool': 'subnet_pool',
    'qos_policy': 'qos_policy',
    'network': 'network',
}
ACTIONS = ('access_as_external', 'access_as_shared')
HIDDEN = ('name',)


def show(policy):
    """An RBAC policy as OSC shows it."""
    return common.fields(policy, hidden=HIDDEN)


def find_rbac_policy(network, policy_id):
    """The RBAC policy with this ID."""
    return common.find(network, 'rbac_policy', policy_id,
                       kind='RBAC policy')


def target_project_id(app, name_or_id, domain):
    """The ID of the target project given by name or ID (None stays)."""
    if name_or_id is None:
        return None
    from openstackclient.identity.v3 import common as identity_common
    return identity_common.id_or_name(
        identity_common.find_project, app.client_manager.identity,
        name_or_id, domain)


def add_target_domain_option(parser):
    parser.add_argument(
        '--target-project-domain', metavar='<target-project-domain>',
        help='Domain the target project belongs to (name or ID), for '
             'project names used in more than one domain')


class CreateNetworkRBAC(base.ShowOne):
    """Create network RBAC policy"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'rbac_object', metavar='<rbac-object>',
            help='The object the RBAC policy applies to (name or ID)')
        parser.add_argument(
            '--type', metavar='<type>', required=True,
            choices=tuple(OBJECT_TYPES),
            help='Type of the object: ' + ', '.join(OBJECT_TYPES))
        parser.add_argument(
            '--action', metavar='<action>', required=True, choices=ACTIONS,
            help='What the target project may do: ' + ', '.join(ACTIONS))
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument(
            '--target-project', metavar='<target-project>',
            help='The project the policy grants access to (name or ID)')
        target.add_argument(
            '--target-all-projects', action='store_true',
            help='Grant access to all projects')
        add_target_domain_option(parser)
        common.add_project_options(
            parser, 'The owner project of the policy (name or ID)')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = common.find(network, OBJECT_TYPES[parsed_args.type],
                          parsed_args.rbac_object,
                          kind=parsed_args.type.replace('_', ' '))
        if parsed_args.target_all_projects:
            target = '*'
        else:
            target = target_project_id(self.app, parsed_args.target_project,
                                       parsed_args.target_project_domain)
        attrs = common.changed(
            object_type=parsed_args.type, object_id=obj.id,
            action=parsed_args.action, target_tenant=target,
            project_id=common.project_id(self.app, parsed_args))
        return show(network.create_rbac_policy(**attrs))


class DeleteNetworkRBAC(common.NetworkDelete):
    """Delete network RBAC policy(s)"""

    resource = 'RBAC policy'
    resource_plural = 'RBAC policies'
    sdk_resource = 'rbac_policy'
    metavar = '<rbac-policy>'
    named_by = 'ID'


class ListNetworkRBAC(common.Paginated, base.ResourceLister):
    """List network RBAC policies"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--type', metavar='<type>', choices=tuple(OBJECT_TYPES),
            help='List only policies of this object type: '
                 + ', '.join(OBJECT_TYPES))
        parser.add_argument(
            '--action', metavar='<action>', choices=ACTIONS,
            help='List only policies of this action: ' + ', '.join(ACTIONS))
        parser.add_argument(
            '--target-project', metavar='<target-project>',
            help='List only policies granting access to this project '
                 '(name or ID)')
        add_target_domain_option(parser)
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            object_type=parsed_args.type, action=parsed_args.action,
            target_project_id=target_project_id(
                self.app, parsed_args.target_project,
                parsed_args.target_project_domain))
        # Neutron does not page RBAC policies.
        return common.paginate_here(
            common.client(self.app).rbac_policies(**query), parsed_args)


class SetNetworkRBAC(base.Command):
    """Set network RBAC policy properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('rbac_policy', metavar='<rbac-policy>',
                            help='RBAC policy to modify (ID)')
        parser.add_argument(
            '--target-project', metavar='<target-project>',
            help='Grant access to this project instead (name or ID)')
        add_target_domain_option(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        policy = find_rbac_policy(network, parsed_args.rbac_policy)
        target = target_project_id(self.app, parsed_args.target_project,
                                   parsed_args.target_project_domain)
        if target is not None:
            network.update_rbac_policy(policy, target_tenant=target)


class ShowNetworkRBAC(base.ShowOne):
    """Display network RBAC policy details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('rbac_policy', metavar='<rbac-policy>',
                            help='RBAC policy to display (ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_rbac_policy(common.client(self.app),
                                     parsed_args.rbac_policy))
