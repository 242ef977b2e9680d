"""Compute v2 server groups: create, delete, list, show.

A server group asks the scheduler to place its members together
(affinity) or apart (anti-affinity); from 2.64 a group has one policy
and rules (max_server_per_host), before it a list of policies.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.cli.columns import Column, DictColumn, ListColumn
from openstackclient.compute.v2 import common

POLICIES = ('affinity', 'anti-affinity', 'soft-affinity',
            'soft-anti-affinity')

SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('member_ids', 'members', ListColumn),
    Column('name', 'name'),
    Column('policies', 'policies', ListColumn),
    Column('policy', 'policy'),
    Column('project_id', 'project_id'),
    Column('rules', 'rules', DictColumn),
    Column('user_id', 'user_id'),
)


def _show(app, group):
    """OSC's fields: policy and rules from 2.64, policies before."""
    hidden = ('policies',) if common.supports(app, '2.64') else (
        'policy', 'rules')
    return cols.show(group, [c for c in SHOW_COLUMNS
                             if c.label not in hidden])


def find_group(app, name_or_id, **kw):
    return common.find(common.client(app), 'server_group', name_or_id, **kw)


class CreateServerGroup(base.ShowOne):
    """Create a new server group."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<name>',
                            help='New server group name')
        parser.add_argument(
            '--policy', metavar='<policy>', choices=POLICIES,
            default='affinity',
            help='Add a policy to <name> (soft-affinity and '
                 'soft-anti-affinity need --os-compute-api-version 2.15 or '
                 'higher)')
        parser.add_argument(
            '--rule', metavar='<key=value>', dest='rules', default={},
            action=properties.KeyValueAction,
            help="A rule for the policy; only 'max_server_per_host' is "
                 "supported, for the 'anti-affinity' policy (needs "
                 '--os-compute-api-version 2.64 or higher)')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        if args.policy.startswith('soft-'):
            common.require(self.app, '2.15', f'The {args.policy} policy')
        if args.rules:
            common.require(self.app, '2.64', '--rule')
        attrs = {'name': args.name}
        if common.supports(self.app, '2.64'):
            attrs['policy'] = args.policy
            if args.rules:
                attrs['rules'] = args.rules
        else:
            attrs['policies'] = [args.policy]
        group = common.client(self.app).create_server_group(**attrs)
        return _show(self.app, group)


class DeleteServerGroup(multi.MultiResourceAction):
    """Delete existing server group(s)."""

    resource = 'server group'
    verb, past = 'delete', 'deleted'

    def act(self, parsed_args, name_or_id):
        group = find_group(self.app, name_or_id)
        common.client(self.app).delete_server_group(group.id,
                                                    ignore_missing=False)


class ListServerGroup(base.Lister):
    """List all server groups."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--all-projects', action='store_true',
                            default=False,
                            help='Display information from all projects '
                                 '(admin only)')
        parser.add_argument('--long', action='store_true', default=False,
                            help='List additional fields in output')
        parser.add_argument('--offset', metavar='<offset>', type=int,
                            help='The number of groups to skip')
        parser.add_argument('--limit', metavar='<limit>', type=int,
                            help='The maximum number of groups to list')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        new = common.supports(self.app, '2.64')
        specs = [Column('id', 'ID'), Column('name', 'Name'),
                 Column('policy', 'Policy') if new else
                 Column('policies', 'Policies', ListColumn)]
        if args.long:
            specs += [Column('member_ids', 'Members', ListColumn),
                      Column('project_id', 'Project Id'),
                      Column('user_id', 'User Id')]
        if args.limit is not None or args.offset:
            groups = self._page(args)
        else:
            groups = common.client(self.app).server_groups(
                all_projects=args.all_projects)
        return cols.labels(specs), (cols.row(g, specs) for g in groups)


    def _page(self, args):
        """One page (``--limit``/``--offset``): the SDK's listing drops
        ``offset``, so the page is asked for directly."""
        params = {}
        if args.all_projects:
            params['all_projects'] = 'True'
        if args.limit is not None:
            params['limit'] = args.limit
        if args.offset:
            params['offset'] = args.offset
        compute = common.client(self.app)
        response = compute.get(
            '/os-server-groups', params=params, raise_exc=False,
            microversion=common.microversion(self.app, '2.64'))
        common.http_error(response, 'server group list')
        return [dict(g, member_ids=g.get('members', []))
                for g in response.json().get('server_groups', [])]


class ShowServerGroup(base.ShowOne):
    """Display server group details."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('server_group', metavar='<server-group>',
                            help='server group to display (name or ID)')
        return parser

    def take_action(self, parsed_args):
        group = find_group(self.app, parsed_args.server_group)
        return _show(self.app, group)
