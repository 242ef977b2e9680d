"""Image v2 members: share an image with projects and list who has it."""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common

SHOW_COLUMNS = (
    Column('created_at', 'created_at'),
    Column('image_id', 'image_id'),
    Column('member_id', 'member_id'),
    Column('schema', 'schema'),
    Column('status', 'status'),
    Column('updated_at', 'updated_at'),
)

LIST_COLUMNS = (
    Column('image_id', 'Image ID'),
    Column('member_id', 'Member ID'),
    Column('status', 'Status'),
)


class _ImageProject:
    """Mixin: ``<image> <project>`` arguments, resolved to IDs."""

    image_help = ''
    project_help = ''

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_image_argument(parser, self.image_help)
        parser.add_argument('project', metavar='<project>',
                            help=f'Project {self.project_help} (name or ID)')
        common.add_project_domain_option(parser)
        return parser

    def resolve(self, parsed_args):
        """``(image client, image, project ID)``."""
        image_client = common.client(self.app)
        image = common.find_image(image_client, parsed_args.image)
        project = common.project_id(self.app, parsed_args.project,
                                    parsed_args.project_domain)
        return image_client, image, project


class AddProjectToImage(_ImageProject, base.ResourceShowOne):
    """Share an image with a project"""

    columns = SHOW_COLUMNS
    image_help = 'to share'
    project_help = 'to share the image with'

    def get_resource(self, parsed_args):
        image_client, image, project = self.resolve(parsed_args)
        return image_client.add_member(image=image.id, member_id=project)


class RemoveProjectFromImage(_ImageProject, base.Command):
    """Stop sharing an image with a project"""

    image_help = 'to stop sharing'
    project_help = 'to stop sharing the image with'

    def take_action(self, parsed_args):
        image_client, image, project = self.resolve(parsed_args)
        image_client.remove_member(member=project, image=image.id,
                                   ignore_missing=False)


class ShowImageMember(_ImageProject, base.ResourceShowOne):
    """Show one project an image is shared with"""

    columns = SHOW_COLUMNS
    image_help = 'shared'
    project_help = 'to show'

    def get_resource(self, parsed_args):
        image_client, image, project = self.resolve(parsed_args)
        return image_client.get_member(member=project, image=image.id)


class ListImageMember(base.ResourceLister):
    """List the projects an image is shared with"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_image_argument(parser, 'shared')
        common.add_project_domain_option(parser)
        return parser

    def list_resources(self, parsed_args):
        image_client = common.client(self.app)
        image = common.find_image(image_client, parsed_args.image)
        return image_client.members(image=image.id)
