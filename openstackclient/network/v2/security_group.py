"""Network v2 security groups: create, delete, list, set, show, unset."""

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import pagination
from openstackclient.cli.columns import Column
from openstackclient.network.v2 import common

# Left out of each rule's line: they are the same for every rule of a group.
_RULE_NOISE = ('security_group_id', 'project_id', 'tenant_id')


class RulesColumn(cliff_columns.FormattableColumn):
    """One line per rule (its set fields); the rules for machines."""

    def human_readable(self):
        lines = []
        for rule in self._value or ():
            shown = {k: v for k, v in rule.items()
                     if k not in _RULE_NOISE and v not in (None, '', [])}
            lines.append(cols.format_dict(shown))
        return '\n'.join(lines)

    def machine_readable(self):
        return [dict(rule) for rule in self._value or ()]


RENAMES = {'security_group_rules': 'rules'}
FORMATTERS = {'rules': RulesColumn, 'tags': common.ListColumn}

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('description', 'Description'),
    Column('project_id', 'Project'),
    Column('tags', 'Tags', common.ListColumn),
)


def security_group_fields(group):
    """``(labels, values)`` of a security group, as OSC shows it."""
    return common.fields(group, RENAMES, FORMATTERS)


def find_security_group(network, name_or_id):
    """The security group with this name or ID."""
    return common.find(network, 'security_group', name_or_id,
                       kind='security group')


def _add_stateful(parser):
    common.add_toggle(
        parser, '--stateful', '--stateless', 'stateful',
        'Security group is stateful (default)', 'Security group is stateless')


class CreateSecurityGroup(base.ShowOne):
    """Create a new security group"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New security group name')
        parser.add_argument('--description', metavar='<description>',
                            help='Security group description')
        common.add_project_options(parser)
        _add_stateful(parser)
        common.add_tag_options(parser, 'security group', 'create')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        attrs = common.changed(
            name=parsed_args.name,
            # OSC sends the name as description when none is given.
            description=parsed_args.description or parsed_args.name,
            stateful=parsed_args.stateful,
            project_id=common.project_id(self.app, parsed_args),
        )
        made = network.create_security_group(**attrs)
        made = common.set_tags(network, made, parsed_args, 'create')
        return security_group_fields(made)


class DeleteSecurityGroup(common.NetworkDelete):
    """Delete security group(s)"""

    resource = 'security group'
    sdk_resource = 'security_group'


class ListSecurityGroup(common.Paginated, base.ResourceLister):
    """List security groups"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_project_options(
            parser, 'List security groups according to the project (name or '
                    'ID)')
        common.add_toggle(
            parser, '--share', '--no-share', 'shared',
            'List security groups shared between projects',
            'List security groups not shared between projects')
        common.add_tag_filter_options(parser, 'security group')
        return parser

    def list_resources(self, parsed_args):
        query = common.changed(
            project_id=common.project_id(self.app, parsed_args),
            is_shared=parsed_args.shared,
        )
        query.update(common.tag_filters(parsed_args))
        query.update(pagination.query(parsed_args))
        return common.client(self.app).security_groups(**query)


class SetSecurityGroup(base.Command):
    """Set security group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Security group to modify (name or ID)')
        parser.add_argument('--name', metavar='<new-name>',
                            help='New security group name')
        parser.add_argument('--description', metavar='<description>',
                            help='New security group description')
        _add_stateful(parser)
        common.add_tag_options(parser, 'security group', 'set')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_security_group(network, parsed_args.group)
        attrs = common.changed(name=parsed_args.name,
                               description=parsed_args.description,
                               stateful=parsed_args.stateful)
        if attrs:
            network.update_security_group(obj, **attrs)
        common.set_tags(network, obj, parsed_args, 'set')


class ShowSecurityGroup(base.ShowOne):
    """Display security group details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Security group to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        return security_group_fields(find_security_group(
            common.client(self.app), parsed_args.group))


class UnsetSecurityGroup(base.Command):
    """Unset security group properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('group', metavar='<group>',
                            help='Security group to modify (name or ID)')
        common.add_tag_options(parser, 'security group', 'unset')
        return parser

    def take_action(self, parsed_args):
        network = common.client(self.app)
        obj = find_security_group(network, parsed_args.group)
        common.set_tags(network, obj, parsed_args, 'unset')
