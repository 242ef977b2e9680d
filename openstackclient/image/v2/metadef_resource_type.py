"""Image v2 metadata definition resource types and their associations
with namespaces."""

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common

NAME_COLUMNS = (Column('name', 'Name'),)

ASSOCIATION_COLUMNS = tuple(Column(name, name) for name in (
    'created_at', 'id', 'name', 'prefix', 'properties_target', 'updated_at'))


def _add_namespace_argument(parser, what):
    parser.add_argument('metadef_namespace', metavar='<metadef_namespace>',
                        help=f'Metadef namespace {what} (name)')


class ListMetadefResourceType(base.ResourceLister):
    """List metadef resource types"""

    columns = NAME_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).metadef_resource_types()


class CreateMetadefResourceTypeAssociation(base.ResourceShowOne):
    """Associate a resource type with a metadef namespace"""

    columns = ASSOCIATION_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'namespace', metavar='<namespace>',
            help='Metadef namespace to associate the resource type with '
                 '(name)')
        parser.add_argument('name', metavar='<name>',
                            help='Resource type (e.g. OS::Glance::Image)')
        parser.add_argument(
            '--properties-target', metavar='<properties_target>',
            help='Which part of the resource the properties apply to, '
                 'for resource types with several (e.g. image)')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).create_metadef_resource_type_association(
            parsed_args.namespace, namespace=parsed_args.namespace,
            name=parsed_args.name,
            **common.changed(properties_target=parsed_args.properties_target))


class DeleteMetadefResourceTypeAssociation(multi.MultiResourceAction):
    """Remove resource type association(s) from a metadef namespace"""

    resource = 'resource type association'
    metavar = '<name>'

    def add_leading_arguments(self, parser):
        _add_namespace_argument(parser, 'to remove the associations from')

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--force', action='store_true',
            help='Remove even if the namespace is protected (it is '
                 'protected again afterwards)')
        return parser

    def prepare(self, parsed_args):
        self.image_client = common.client(self.app)
        self.namespace = self.image_client.get_metadef_namespace(
            parsed_args.metadef_namespace)
        self.unprotected = bool(parsed_args.force
                                and self.namespace.is_protected)
        if self.unprotected:
            self._protect(False)

    def _protect(self, protected):
        self.image_client.update_metadef_namespace(
            self.namespace.namespace, namespace=self.namespace.namespace,
            is_protected=protected)

    def act(self, parsed_args, name_or_id):
        self.image_client.delete_metadef_resource_type_association(
            name_or_id, self.namespace, ignore_missing=False)

    def take_action(self, parsed_args):
        self.unprotected = False
        try:
            super().take_action(parsed_args)
        finally:
            if self.unprotected:
                self._protect(True)


class ListMetadefResourceTypeAssociation(base.ResourceLister):
    """List the resource types associated with a metadef namespace"""

    columns = NAME_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_namespace_argument(parser, 'to list the associations of')
        return parser

    def list_resources(self, parsed_args):
        return common.client(self.app).metadef_resource_type_associations(
            parsed_args.metadef_namespace)
