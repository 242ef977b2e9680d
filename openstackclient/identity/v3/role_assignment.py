"""Identity v3 role assignments: list, filtered by role, actor and scope."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import role


def _id(ref):
    """``{'id': ...}`` -> the ID; nothing -> ''."""
    return (ref or {}).get('id') or ''


def _name(ref):
    """``{'name': n, 'domain': {'name': d}}`` -> ``n@d`` (``n`` alone
    when it has no domain, as a global role); nothing -> ''."""
    if not ref:
        return ''
    name = ref.get('name') or ''
    domain = ref.get('domain')
    if domain:
        name += '@' + domain['name']
    return name


def _columns(show):
    """The columns, showing role, user, group, project and domain with
    ``show`` (``_id`` or ``_name``)."""
    return (
        Column(lambda a: show(a.role), 'Role'),
        Column(lambda a: show(a.user), 'User'),
        Column(lambda a: show(a.group), 'Group'),
        Column(lambda a: show((a.scope or {}).get('project')), 'Project'),
        Column(lambda a: show((a.scope or {}).get('domain')), 'Domain'),
        Column(lambda a: 'all' if (a.scope or {}).get('system') else '',
               'System'),
        Column(lambda a: (a.scope or {}).get('OS-INHERIT:inherited_to')
               == 'projects', 'Inherited'),
    )


ID_COLUMNS = _columns(_id)
NAME_COLUMNS = _columns(_name)


class ListRoleAssignment(base.ResourceLister):
    """List role assignments"""

    columns = ID_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--effective', action='store_true', default=None,
            help='List effective assignments: group roles as their '
                 'members\', inherited and implied roles included')
        parser.add_argument('--role', metavar='<role>',
                            help='Only this role (name or ID)')
        common.add_domain_scope_option(parser, 'role')
        parser.add_argument(
            '--names', action='store_true',
            help='Show names (name@domain) instead of IDs')
        actor = parser.add_mutually_exclusive_group()
        actor.add_argument('--user', metavar='<user>',
                           help='Only this user (name or ID)')
        common.add_domain_scope_option(parser, 'user')
        actor.add_argument('--group', metavar='<group>',
                           help='Only this group (name or ID)')
        common.add_domain_scope_option(parser, 'group')
        target = parser.add_mutually_exclusive_group()
        target.add_argument('--domain', metavar='<domain>',
                            help='Only on this domain (name or ID)')
        target.add_argument('--project', metavar='<project>',
                            help='Only on this project (name or ID)')
        target.add_argument('--system', metavar='<system>',
                            choices=role.SYSTEM_SCOPES,
                            help='Only on the system (the only system is: '
                                 'all)')
        common.add_domain_scope_option(parser, 'project')
        parser.add_argument(
            '--inherited', action='store_true', default=False,
            help='Only assignments inherited by the projects below '
                 '(OS-INHERIT)')
        parser.add_argument(
            '--auth-user', action='store_true', dest='authuser',
            help='Only the assignments of the user signed in')
        parser.add_argument(
            '--auth-project', action='store_true', dest='authproject',
            help='Only the assignments on the project of the token')
        return parser

    def get_columns(self, parsed_args):
        return list(NAME_COLUMNS if parsed_args.names else ID_COLUMNS)

    def list_resources(self, parsed_args):
        args = parsed_args
        identity = common.client(self.app)

        def ref(find, name_or_id, *scope):
            if name_or_id is None:
                return None
            return common.id_or_name(find, identity, name_or_id, *scope)

        user_id = ref(common.find_user, args.user, args.user_domain)
        if user_id is None and args.authuser:
            user_id = self._from_token('user_id', '--auth-user')
        project_id = ref(common.find_project, args.project,
                         args.project_domain)
        if project_id is None and args.authproject:
            project_id = self._from_token('project_id', '--auth-project')
        query = common.changed(
            role_id=ref(common.find_role, args.role, args.role_domain),
            user_id=user_id,
            group_id=ref(common.find_group, args.group, args.group_domain),
            scope_project_id=project_id,
            scope_domain_id=ref(common.find_domain, args.domain),
            scope_system=args.system,
            effective=args.effective,
            include_names=args.names or None,
            inherited_to='projects' if args.inherited else None,
        )
        return identity.role_assignments(**query)

    def _from_token(self, attr, option):
        value = getattr(self.app.client_manager.auth_ref, attr, None)
        if value is None:
            raise errors.CommandError(
                f'{option}: the current token has no {attr}')
        return value
