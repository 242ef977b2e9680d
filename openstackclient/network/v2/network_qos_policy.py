"""Network v2 QoS policies: create, delete, list, set, show.

A policy groups QoS rules (``network qos rule``); ports and networks take
one with ``--qos-policy``.
"""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('is_shared', 'Shared'),
    Column('is_default', 'Default'),
    Column('project_id', 'Project'),
)
FORMATTERS = {'rules': common.ListDictColumn, 'tags': common.ListColumn}


def find_qos_policy(network, name_or_id):
    """The QoS policy with this name or ID."""
    return common.find(network, 'qos_policy', name_or_id, kind='QoS policy')


def show(policy):
    """A QoS policy as OSC shows it."""
    return common.fields(policy, formatters=FORMATTERS)


def add_policy_options(parser, *, create):
    parser.add_argument('--description', metavar='<description>',
                        help='Description of the QoS policy')
    common.add_toggle(
        parser, '--share', '--no-share', 'shared',
        'Make the QoS policy accessible by other projects',
        'Make the QoS policy not accessible by other projects'
        + (' (default)' if create else ''))
    common.add_toggle(
        parser, '--default', '--no-default', 'is_default',
        'Make this the default QoS policy of its project',
        'Make this QoS policy not the default'
        + (' (default)' if create else ''))


class CreateNetworkQosPolicy(base.ShowOne):
    """Create a QoS policy"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='Name of QoS policy to create')
        add_policy_options(parser, create=True)
        common.add_project_options(parser)
        return parser

    def take_action(self, parsed_args):
        attrs = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            shared=parsed_args.shared, is_default=parsed_args.is_default,
            project_id=common.project_id(self.app, parsed_args))
        return show(common.client(self.app).create_qos_policy(**attrs))


class DeleteNetworkQosPolicy(common.NetworkDelete):
    """Delete QoS policy(s)"""

    resource = 'QoS policy'
    resource_plural = 'QoS policies'
    sdk_resource = 'qos_policy'
    metavar = '<qos-policy>'


class ListNetworkQosPolicy(common.Paginated, base.ResourceLister):
    """List QoS policies"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_project_options(
            parser, 'List QoS policies of this project (name or ID)')
        common.add_toggle(
            parser, '--share', '--no-share', 'shared',
            'List QoS policies shared between projects',
            'List QoS policies not shared between projects')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            project_id=common.project_id(self.app, parsed_args),
            is_shared=parsed_args.shared)
        query.update(pagination.query(parsed_args))
        return common.client(self.app).qos_policies(**query)


class SetNetworkQosPolicy(base.Command):
    """Set QoS policy properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('policy', metavar='<qos-policy>',
                            help='QoS policy to modify (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='Set QoS policy name')
        add_policy_options(parser, create=False)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        policy = find_qos_policy(network, parsed_args.policy)
        changes = common.changed(
            name=parsed_args.name, description=parsed_args.description,
            shared=parsed_args.shared, is_default=parsed_args.is_default)
        if changes:
            network.update_qos_policy(policy, **changes)


class ShowNetworkQosPolicy(base.ShowOne):
    """Display QoS policy details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('policy', metavar='<qos-policy>',
                            help='QoS policy to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return show(find_qos_policy(common.client(self.app),
                                    parsed_args.policy))
