"""Identity v3 projects: create, delete, list, set, show."""

from openstackclient.cli import base
from openstackclient.cli import pagination
from openstackclient.cli import properties
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import scoped

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('domain_id', 'Domain ID', long=True),
    Column('description', 'Description', long=True),
    Column('is_enabled', 'Enabled', long=True),
)

# Projects carry any extra attribute (--property), so show outputs every
# field the server returned, sorted, under OSC's names.
_HIDDEN = ('links', 'location', 'parents_as_ids', 'subtree_as_ids')
_RENAMED = {'is_enabled': 'enabled'}

_TAG_FILTERS = (
    # option, SDK query argument, what it does
    ('--tags', 'tags', 'List projects with all of these tags'),
    ('--tags-any', 'any_tags', 'List projects with any of these tags'),
    ('--not-tags', 'not_tags', 'Leave out projects with all of these tags'),
    ('--not-tags-any', 'not_any_tags',
     'Leave out projects with any of these tags'),
)


def project_fields(project):
    """``(labels, values)`` of every field of ``project``, as OSC shows."""
    data = project.to_dict(body=True, headers=False, ignore_none=False)
    fields = {_RENAMED.get(key, key): value for key, value in data.items()
              if key not in _HIDDEN}
    labels = tuple(sorted(fields))
    return labels, tuple(fields[label] for label in labels)


def _comma_list(text):
    """argparse type: ``a,b`` -> ``['a', 'b']``."""
    return [item for item in text.split(',') if item]


def _typed_properties(props):
    """``--property`` values; ``is_domain`` becomes a boolean (or None)."""
    props = dict(props or {})
    if 'is_domain' in props:
        text = props['is_domain'].lower()
        props['is_domain'] = {'true': True, 'false': False,
                              'none': None}.get(text, props['is_domain'])
    return props


def _add_project_options(parser, create):
    """The options create and set share."""
    parser.add_argument(
        '--description', metavar='<description>',
        help='Project description',
    )
    common.add_enable_options(parser, 'project', create=create)
    properties.add_property_option(
        parser, what='project',
        help='Extra attribute to store on the project (repeat option to set '
             'several)',
    )
    common.add_immutable_option(parser)


class CreateProject(base.ShowOne):
    """Create new project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<project-name>',
                            help='New project name')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain to own the project (name or ID)')
        parser.add_argument('--parent', metavar='<project>',
                            help='Parent project (name or ID)')
        _add_project_options(parser, create=True)
        common.add_or_show_option(parser, 'project')
        properties.add_tag_option(parser, 'project', mode='create')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        domain_id = common.domain_id(identity, parsed_args.domain)
        attrs = _typed_properties(parsed_args.properties)
        attrs.update(common.changed(
            description=parsed_args.description or None,
            domain_id=domain_id,
            options=common.resource_options(parsed_args) or None,
            tags=sorted(set(parsed_args.tags)) or None,
        ))
        if parsed_args.parent is not None:
            attrs['parent_id'] = scoped.find_in_domain(
                identity, 'project', parsed_args.parent, domain_id).id
        attrs.update(name=parsed_args.name, is_enabled=parsed_args.is_enabled)
        return project_fields(scoped.create_or_show(
            identity, 'project', parsed_args, attrs))


class DeleteProject(scoped.ScopedDelete):
    """Delete project(s)

    Resources other services keep for the project (servers, volumes...)
    are left in place.
    """

    resource = 'project'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        # One at a time by default, so 'child parent' works: a parent
        # can be deleted only once its children are gone.
        parser.set_defaults(parallel=1)
        parser._option_string_actions['--parallel'].help = (
            'Number of concurrent requests (default: 1, in the order given)')
        return parser


class ListProject(base.ResourceLister):
    """List projects"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--domain', metavar='<domain>',
                            help='List projects of this domain (name or ID)')
        parser.add_argument(
            '--parent', metavar='<parent>',
            help='List children of this project (name or ID)')
        parser.add_argument(
            '--user', metavar='<user>',
            help='List projects this user has a role on (name or ID)')
        parser.add_argument(
            '--my-projects', action='store_true',
            help='List the projects of the signed-in user (other filters '
                 'are ignored)')
        parser.add_argument(
            '--sort', metavar='<key>[:<direction>]',
            help='Sort by these keys, each asc (default) or desc: '
                 'name:desc,id')
        enabled = parser.add_mutually_exclusive_group()
        enabled.add_argument(
            '--enabled', dest='is_enabled', action='store_true',
            default=None, help='List only enabled projects')
        enabled.add_argument(
            '--disabled', dest='is_enabled', action='store_false',
            help='List only disabled projects')
        for option, dest, text in _TAG_FILTERS:
            parser.add_argument(
                option, dest=dest, metavar='<tag>[,<tag>,...]',
                type=_comma_list, help=f'{text} (comma-separated)')
        pagination.add_options(parser)
        return parser

    def _filters(self, identity, parsed_args):
        """The list query, and the user whose projects to list if any."""
        domain_id = common.domain_id(identity, parsed_args.domain)
        query = common.changed(domain_id=domain_id,
                               is_enabled=parsed_args.is_enabled)
        if parsed_args.parent is not None:
            query['parent_id'] = scoped.find_in_domain(
                identity, 'project', parsed_args.parent, domain_id).id
        for _, dest, _ in _TAG_FILTERS:
            if getattr(parsed_args, dest):
                query[dest] = ','.join(getattr(parsed_args, dest))
        query.update(pagination.query(parsed_args))
        user_id = None
        if parsed_args.user is not None:
            user_id = scoped.find_in_domain(identity, 'user',
                                            parsed_args.user, domain_id).id
        return query, user_id

    def list_resources(self, parsed_args):
        identity = common.client(self.app)
        if parsed_args.my_projects:
            query, user_id = {}, identity.get_user_id()
        else:
            query, user_id = self._filters(identity, parsed_args)
        if user_id is not None:
            projects = list(identity.user_projects(user_id, **query))
        else:
            projects = self._all_or_own(identity, query)
        if parsed_args.sort:
            projects = scoped.sort_items(projects, parsed_args.sort)
        return projects

    @staticmethod
    def _all_or_own(identity, query):
        try:
            return list(identity.projects(**query))
        except Exception as exc:
            # Without filters, a user who may not list all projects gets
            # their own, as with OSC.
            if query or type(exc).__name__ != 'ForbiddenException':
                raise
        return list(identity.user_projects(identity.get_user_id()))


class SetProject(base.Command):
    """Set project properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('project', metavar='<project>',
                            help='Project to change (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New project name')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain that owns the project (name or ID)')
        _add_project_options(parser, create=False)
        properties.add_tag_option(parser, 'project', mode='set')
        parser.add_argument(
            '--clear-tags', dest='no_tag', action='store_true',
            help='Remove all tags first (same as --no-tag)')
        parser.add_argument(
            '--remove-tag', dest='remove_tags', metavar='<tag>',
            action='append', default=[],
            help='Tag to remove from the project (repeat option to remove '
                 'several)')
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        project = common.find_project(identity, parsed_args.project,
                                      parsed_args.domain)
        changes = _typed_properties(parsed_args.properties)
        changes.update(common.changed(
            name=parsed_args.name,
            description=parsed_args.description,
            is_enabled=parsed_args.is_enabled,
            options=common.resource_options(parsed_args) or None,
        ))
        if parsed_args.tags or parsed_args.remove_tags or parsed_args.no_tag:
            changes['tags'] = properties.merged_tags(
                project.tags, add=parsed_args.tags,
                remove=parsed_args.remove_tags, clear=parsed_args.no_tag)
        if changes:
            identity.update_project(project.id, **changes)


class ShowProject(base.ShowOne):
    """Display project details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('project', metavar='<project>',
                            help='Project to display (name or ID)')
        parser.add_argument('--domain', metavar='<domain>',
                            help='Domain that owns the project (name or ID)')
        parser.add_argument(
            '--parents', action='store_true',
            help="Also show the IDs of the project's ancestors")
        parser.add_argument(
            '--children', action='store_true',
            help="Also show the IDs of the project's subtree")
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        project = common.find_project(identity, parsed_args.project,
                                      parsed_args.domain)
        hierarchy = common.changed(
            parents_as_ids=parsed_args.parents or None,
            subtree_as_ids=parsed_args.children or None)
        if hierarchy:
            project = identity.find_project(
                project.id, ignore_missing=False, **hierarchy)
        return project_fields(project)

