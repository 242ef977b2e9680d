"""Network v2 security group default statefulness: whether the security
groups of a project (or of every project, for the system-wide setting) are
stateful unless their creator says otherwise (extension
``security-groups-default-statefulness``).

Neutron names one setting as it names the collection
(``security_groups_default_statefulness``); openstacksdk's resource
expects the singular key, so the SDK resource is used with Neutron's key
(``setting_resource``).
"""

import functools

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli import lookup
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

KIND = 'default statefulness setting'

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('project_id', 'Project ID'),
    Column('stateful', 'Stateful'),
)

_HIDDEN = ('name', 'revision_number')


@functools.cache
def setting_resource():
    """openstacksdk's resource, with the body key Neutron uses."""
    from openstack.network.v2 import \
        security_groups_default_statefulness as sdk

    class DefaultStatefulness(sdk.SecurityGroupsDefaultStatefulness):
        resource_key = 'security_groups_default_statefulness'

    return DefaultStatefulness


def find_setting(network, setting_id):
    """The setting with this ID."""
    finder = functools.partial(network._find, setting_resource())
    return lookup.find(finder, setting_id, kind=KIND)


def setting_fields(setting):
    """``(labels, values)`` of a setting, as OSC shows it."""
    return common.fields(setting, hidden=_HIDDEN)


def _add_stateful_options(parser):
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('--stateful', dest='stateful', action='store_true',
                       default=None,
                       help='Set default statefulness to stateful')
    group.add_argument('--stateless', dest='stateful', action='store_false',
                       help='Set default statefulness to stateless')


class CreateSecurityGroupDefaultStatefulness(base.ShowOne):
    """Create a default statefulness setting for security groups"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_stateful_options(parser)
        common.add_project_options(
            parser, 'Apply the setting to this project (name or ID). If not '
                    'specified, the setting applies system-wide')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        # project_id is always sent: without it Neutron would take the
        # caller's project rather than make the system-wide setting.
        setting = network._create(
            setting_resource(), stateful=parsed_args.stateful,
            project_id=common.project_id(self.app, parsed_args))
        return setting_fields(setting)


class DeleteSecurityGroupDefaultStatefulness(multi.MultiResourceAction):
    """Delete security group default statefulness setting(s)"""

    resource = KIND
    metavar = '<setting>'
    named_by = 'ID only'

    def act(self, parsed_args, name_or_id):
        network = common.client(self.app)
        setting = find_setting(network, name_or_id)
        network._delete(setting_resource(), setting, ignore_missing=False)


class ListSecurityGroupDefaultStatefulness(base.ResourceLister):
    """List security group default statefulness settings"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_project_options(
            parser, 'List only settings for this project (name or ID)')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            project_id=common.project_id(self.app, parsed_args))
        return common.client(self.app)._list(setting_resource(), **query)


class SetSecurityGroupDefaultStatefulness(base.Command):
    """Update a security group default statefulness setting"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'setting', metavar='<setting>',
            help='Default statefulness setting to modify (ID only)')
        _add_stateful_options(parser)
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        setting = find_setting(network, parsed_args.setting)
        network._update(setting_resource(), setting,
                        stateful=parsed_args.stateful)


class ShowSecurityGroupDefaultStatefulness(base.ShowOne):
    """Show a security group default statefulness setting"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'setting', metavar='<setting>',
            help='Default statefulness setting to display (ID only)')
        return parser

    def take_action(self, parsed_args):
        return setting_fields(find_setting(common.client(self.app),
                                           parsed_args.setting))
