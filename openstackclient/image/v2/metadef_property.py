"""Image v2 metadata definition properties: create, delete, list, set,
show."""

import json

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common
from openstackclient.image.v2 import metadef_namespace

#: Property fields OSC shows (those the server set), in its order.
PROPERTY_FIELDS = (
    'namespace_name', 'name', 'type', 'title', 'description', 'operators',
    'default', 'is_readonly', 'minimum', 'maximum', 'enum', 'pattern',
    'min_length', 'max_length', 'items', 'require_unique_items',
    'min_items', 'max_items', 'allow_additional_items',
)

LIST_COLUMNS = tuple(Column(name, name) for name in ('name', 'title', 'type'))


def property_fields(prop):
    """The fields of a property that the server set."""
    data = prop.to_dict(ignore_none=True, original_names=True)
    return {key: data[key] for key in PROPERTY_FIELDS if key in data}


def _schema(text):
    """The attributes in a ``--schema`` JSON object."""
    try:
        schema = json.loads(text)
    except ValueError as exc:
        raise errors.UsageError(f'--schema is not valid JSON: {exc}') from exc
    if not isinstance(schema, dict):
        raise errors.UsageError('--schema must be a JSON object')
    return schema


def _add_definition_options(parser, required):
    what = ' (required)' if required else ''
    parser.add_argument('--name', metavar='<name>', required=required,
                        help=f'Internal name of the property{what}')
    parser.add_argument('--title', metavar='<title>', required=required,
                        help=f'Name of the property people see{what}')
    parser.add_argument('--type', metavar='<type>', required=required,
                        help=f'Type of the property (string, integer, '
                             f'...){what}')
    parser.add_argument('--schema', metavar='<schema>', required=required,
                        help=f'JSON schema of the property (a JSON '
                             f'object){what}')


def _add_property_arguments(parser, what):
    metadef_namespace.add_namespace_argument(parser, 'of the property')
    parser.add_argument('property', metavar='<property>',
                        help=f'Property {what} (name)')


class CreateMetadefProperty(base.ShowOne):
    """Create a metadef property"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_definition_options(parser, required=True)
        metadef_namespace.add_namespace_argument(
            parser, 'to create the property in')
        return parser

    def take_action(self, parsed_args):
        attrs = {'name': parsed_args.name, 'title': parsed_args.title,
                 'type': parsed_args.type}
        attrs.update(_schema(parsed_args.schema))
        prop = common.client(self.app).create_metadef_property(
            parsed_args.namespace, **attrs)
        return common.sorted_show(property_fields(prop))


class DeleteMetadefProperty(common.NamespaceItemAction):
    """Delete metadef properties of a namespace (all if none is named)"""

    resource = 'metadef property'
    resource_plural = 'metadef properties'
    metavar = '<property>'

    def delete_all(self, namespace):
        self.image_client.delete_all_metadef_properties(namespace)

    def act(self, parsed_args, name_or_id):
        self.image_client.delete_metadef_property(
            name_or_id, parsed_args.namespace, ignore_missing=False)


class ListMetadefProperty(metadef_namespace.NamespaceItemLister):
    """List the metadef properties of a namespace"""

    columns = LIST_COLUMNS
    list_method = 'metadef_properties'


class SetMetadefProperty(base.Command):
    """Change a metadef property"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_definition_options(parser, required=False)
        _add_property_arguments(parser, 'to change')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        # The server replaces the whole definition: send what it has now,
        # changed by the options.
        current = image_client.get_metadef_property(parsed_args.property,
                                                    parsed_args.namespace)
        attrs = property_fields(current)
        attrs.update(common.changed(name=parsed_args.name,
                                    title=parsed_args.title,
                                    type=parsed_args.type))
        if parsed_args.schema:
            attrs.update(_schema(parsed_args.schema))
        image_client.update_metadef_property(
            parsed_args.property, parsed_args.namespace, **attrs)


class ShowMetadefProperty(base.ShowOne):
    """Show a metadef property"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_property_arguments(parser, 'to show')
        return parser

    def take_action(self, parsed_args):
        prop = common.client(self.app).get_metadef_property(
            parsed_args.property, parsed_args.namespace)
        return common.sorted_show(property_fields(prop))
