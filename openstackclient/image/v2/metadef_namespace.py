"""Image v2 metadata definition namespaces: create, delete, list, set,
show, unset."""

import logging

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import properties
from openstackclient.image.v2 import common

LOG = logging.getLogger(__name__)

#: Namespace fields OSC shows as they are.
NAMESPACE_FIELDS = frozenset((
    'created_at', 'description', 'display_name', 'namespace', 'owner',
    'protected', 'tags', 'schema', 'updated_at', 'visibility',
))


def namespace_fields(namespace):
    """A namespace as OSC shows it; associations and properties by name."""
    data = namespace.to_dict(ignore_none=True, original_names=True)
    info = {key: value for key, value in data.items()
            if key in NAMESPACE_FIELDS}
    if 'resource_type_associations' in data:
        info['resource_type_associations'] = [
            assoc['name'] for assoc in data['resource_type_associations']]
    if 'properties' in data:
        info['properties'] = list(data['properties'])
    return info


def add_namespace_argument(parser, what):
    """The ``<namespace>`` positional (a namespace is known by its name)."""
    parser.add_argument('namespace', metavar='<namespace>',
                        help=f'Metadef namespace {what} (name)')


class NamespaceItemLister(base.ResourceLister):
    """List the items of a namespace with the proxy's ``list_method``."""

    list_method = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_namespace_argument(parser, 'to list')
        return parser

    def list_resources(self, parsed_args):
        lister = getattr(common.client(self.app), self.list_method)
        return lister(parsed_args.namespace)


def _add_common_options(parser, verb):
    parser.add_argument('--display-name', metavar='<display_name>',
                        help=f'{verb} the name people see')
    parser.add_argument('--description', metavar='<description>',
                        help=f'{verb} the description')
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--public', action='store_const', const='public',
                       dest='visibility',
                       help='Make the namespace visible to everyone')
    group.add_argument('--private', action='store_const', const='private',
                       dest='visibility',
                       help='Make the namespace visible to its project '
                            'only (default)')
    common.add_protection_options(parser, 'namespace')


def _attributes(parsed_args):
    return common.changed(
        display_name=parsed_args.display_name,
        description=parsed_args.description,
        protected=parsed_args.is_protected,
        visibility=parsed_args.visibility)


class CreateMetadefNamespace(base.ShowOne):
    """Create a metadef namespace"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('namespace', metavar='<namespace>',
                            help='Name of the new namespace')
        _add_common_options(parser, 'Set')
        return parser

    def take_action(self, parsed_args):
        namespace = common.client(self.app).create_metadef_namespace(
            namespace=parsed_args.namespace, **_attributes(parsed_args))
        return common.sorted_show(namespace_fields(namespace))


class DeleteMetadefNamespace(multi.MultiResourceAction):
    """Delete metadef namespace(s)"""

    resource = 'metadef namespace'
    metavar = '<namespace>'

    def prepare(self, parsed_args):
        self.image_client = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        self.image_client.delete_metadef_namespace(name_or_id,
                                                   ignore_missing=False)


class ListMetadefNamespace(base.Lister):
    """List metadef namespaces"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--resource-types', metavar='<resource_types>',
            help='List only namespaces associated with these resource '
                 'types (comma-separated)')
        parser.add_argument(
            '--visibility', metavar='<visibility>',
            help='List only namespaces with this visibility')
        return parser

    def take_action(self, parsed_args):
        namespaces = common.client(self.app).metadef_namespaces(
            **common.changed(resource_types=parsed_args.resource_types,
                             visibility=parsed_args.visibility))
        return ('namespace',), ((ns.namespace,) for ns in namespaces)


class SetMetadefNamespace(base.Command):
    """Change a metadef namespace"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_namespace_argument(parser, 'to change')
        _add_common_options(parser, 'Change')
        properties.add_tag_option(parser, 'namespace', mode='set')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        name = parsed_args.namespace
        if parsed_args.no_tag:
            image_client.remove_tags_from_metadef_namespace(name)
        changes = _attributes(parsed_args)
        if changes:
            image_client.update_metadef_namespace(name, namespace=name,
                                                  **changes)
        for tag in parsed_args.tags:
            image_client.add_tag_to_metadef_namespace(name, tag)


class ShowMetadefNamespace(base.ShowOne):
    """Show a metadef namespace"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_namespace_argument(parser, 'to show')
        return parser

    def take_action(self, parsed_args):
        namespace = common.client(self.app).get_metadef_namespace(
            parsed_args.namespace)
        return common.sorted_show(namespace_fields(namespace))


class UnsetMetadefNamespace(base.Command):
    """Remove tags from a metadef namespace"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_namespace_argument(parser, 'to change')
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument(
            '--tag', metavar='<tag>', action='append', default=[],
            dest='tags',
            help='Tag to remove (repeat option to remove several tags)')
        group.add_argument('--all-tags', action='store_true',
                           help='Remove all tags')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        namespace = image_client.get_metadef_namespace(parsed_args.namespace)
        if parsed_args.all_tags:
            image_client.remove_tags_from_metadef_namespace(namespace)
            return
        have = {tag['name'] if isinstance(tag, dict) else tag
                for tag in namespace.tags or ()}
        missing = [tag for tag in parsed_args.tags if tag not in have]
        for tag in parsed_args.tags:
            if tag not in missing:
                image_client.remove_tag_from_metadef_namespace(namespace,
                                                               tag)
        if missing:
            raise errors.NotFoundError(
                f"Metadef namespace '{parsed_args.namespace}' has no tag "
                + ', '.join(f"'{tag}'" for tag in missing))
