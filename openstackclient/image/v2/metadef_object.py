"""Image v2 metadata definition objects: create, delete, list, show,
update, and show one of an object's properties."""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common
from openstackclient.image.v2 import metadef_namespace

OBJECT_COLUMNS = tuple(Column(name, name) for name in (
    'created_at', 'description', 'name', 'namespace_name', 'properties',
    'required', 'updated_at'))

LIST_COLUMNS = (Column('name', 'name'), Column('description', 'description'))


def _add_object_arguments(parser, what):
    metadef_namespace.add_namespace_argument(parser, 'of the object')
    parser.add_argument('object', metavar='<object>',
                        help=f'Metadef object {what} (name)')


class CreateMetadefObject(base.ResourceShowOne):
    """Create a metadef object"""

    columns = OBJECT_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--namespace', metavar='<namespace>', required=True,
            help='Metadef namespace to create the object in (name)')
        parser.add_argument('name', metavar='<metadef-object-name>',
                            help='Name of the new object')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).create_metadef_object(
            namespace=parsed_args.namespace, name=parsed_args.name)


class ShowMetadefObject(base.ResourceShowOne):
    """Show a metadef object"""

    columns = OBJECT_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_object_arguments(parser, 'to show')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).get_metadef_object(
            parsed_args.object, parsed_args.namespace)


class DeleteMetadefObject(common.NamespaceItemAction):
    """Delete metadef object(s) of a namespace (all if none is named)"""

    resource = 'metadef object'
    metavar = '<object>'

    def delete_all(self, namespace):
        self.image_client.delete_all_metadef_objects(namespace)

    def act(self, parsed_args, name_or_id):
        found = self.image_client.get_metadef_object(name_or_id,
                                                     parsed_args.namespace)
        self.image_client.delete_metadef_object(found, parsed_args.namespace)


class ListMetadefObject(metadef_namespace.NamespaceItemLister):
    """List the metadef objects of a namespace"""

    columns = LIST_COLUMNS
    list_method = 'metadef_objects'


class SetMetadefObject(base.Command):
    """Change a metadef object"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_object_arguments(parser, 'to change')
        parser.add_argument('--name', metavar='<name>',
                            help='New name of the object')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        found = image_client.get_metadef_object(parsed_args.object,
                                                parsed_args.namespace)
        image_client.update_metadef_object(
            found, parsed_args.namespace,
            **common.changed(name=parsed_args.name))


class ShowMetadefObjectProperty(base.ShowOne):
    """Show one property of a metadef object"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('namespace', metavar='<namespace_name>',
                            help='Metadef namespace of the object (name)')
        parser.add_argument('object', metavar='<object_name>',
                            help='Metadef object (name)')
        parser.add_argument('property', metavar='<property>',
                            help='Property to show (name)')
        return parser

    def take_action(self, parsed_args):
        found = common.client(self.app).get_metadef_object(
            parsed_args.object, parsed_args.namespace)
        prop = (found.properties or {}).get(parsed_args.property)
        if prop is None:
            raise errors.NotFoundError(
                f"Metadef object '{parsed_args.object}' has no property "
                f"'{parsed_args.property}'")
        return common.sorted_show(dict(prop, name=parsed_args.property))
