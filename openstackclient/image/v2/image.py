"""Image v2 images: list, show, set, unset, delete.

Commands that move image data (create, save, stage, import) are in
``image_data``.
"""

import argparse
import logging

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import properties
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common

LOG = logging.getLogger(__name__)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('disk_format', 'Disk Format', long=True),
    Column('container_format', 'Container Format', long=True),
    Column('size', 'Size', long=True),
    Column('checksum', 'Checksum', long=True),
    Column('status', 'Status'),
    Column('visibility', 'Visibility', long=True),
    Column('is_protected', 'Protected', long=True),
    Column('owner_id', 'Project', long=True),
    Column('hash_algo', 'Hash Algorithm', long=True),
    Column('hash_value', 'Hash Value', long=True),
    Column('tags', 'Tags', cols.ListColumn, long=True),
)

#: Glance property names whose SDK attribute has another name.
SDK_NAMES = {
    'os_hidden': 'is_hidden',
    'protected': 'is_protected',
    'os_hash_algo': 'hash_algo',
    'os_hash_value': 'hash_value',
    'img_config_drive': 'needs_config_drive',
    'os_secure_boot': 'needs_secure_boot',
    'hw_vif_multiqueue_enabled': 'is_hw_vif_multiqueue_enabled',
    'hw_boot_menu': 'is_hw_boot_menu_enabled',
    'auto_disk_config': 'has_auto_disk_config',
}


def _property_value(image, key):
    """An image's field or property ``key``; None if it has neither."""
    if key in image.keys():
        return image[key]
    return (image.properties or {}).get(key)


def _sort_spec(text):
    """``[(key, reverse)]`` from ``name:asc,size:desc``."""
    spec = []
    for part in text.split(','):
        key, _, direction = part.strip().partition(':')
        if not key:
            raise errors.UsageError(f"--sort: empty sort key in '{text}'")
        if direction not in ('', 'asc', 'desc'):
            raise errors.UsageError(
                f"--sort: '{direction}' is not a direction for key '{key}' "
                "(use asc or desc)")
        spec.append((key, direction == 'desc'))
    return spec


def _sorted(items, text):
    """``items`` sorted as OSC sorts them: by each key's text, stable."""
    items = list(items)
    if not text:
        return items
    for key, reverse in reversed(_sort_spec(text)):
        def text_of(item, key=key):
            value = cols.get(item, key)
            return '' if value is cols.MISSING else str(value)
        items.sort(key=text_of, reverse=reverse)
    return items


class ListImage(base.ResourceLister):
    """List images"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_visibility_options(parser, listing=True)
        parser.add_argument(
            '--property', metavar='<key=value>',
            action=properties.KeyValueAction,
            help='List only images with this property value (repeat '
                 'option to filter on several properties)')
        parser.add_argument('--name', metavar='<name>',
                            help='List only images with this name')
        parser.add_argument('--status', metavar='<status>',
                            help='List only images in this status')
        parser.add_argument(
            '--member-status', metavar='<member-status>',
            type=str.lower, choices=common.MEMBER_STATUSES,
            help='List only images shared with this project whose '
                 'membership is in this status: '
                 + ', '.join(common.MEMBER_STATUSES))
        parser.add_argument(
            '--project', metavar='<project>',
            help='List only images owned by this project (name or ID)')
        common.add_project_domain_option(parser)
        parser.add_argument(
            '--tag', metavar='<tag>', action='append', default=[],
            help='List only images with this tag (repeat option to '
                 'require several tags)')
        parser.add_argument('--hidden', action='store_true',
                            dest='is_hidden', default=False,
                            help='List hidden images')
        parser.add_argument('--page-size', metavar='<size>',
                            help=argparse.SUPPRESS)
        parser.add_argument(
            '--sort', metavar='<key>[:<direction>]', default='name:asc',
            help='Sort by these keys and directions (asc or desc), '
                 'comma-separated (default: name:asc)')
        common.add_pagination_options(parser)
        parser.add_argument(
            '--max-items', metavar='<max-items>', type=int,
            help='Return at most <max-items> entries in total')
        return parser

    def list_resources(self, parsed_args):
        image_client = common.client(self.app)
        query = common.changed(
            visibility=parsed_args.visibility,
            name=parsed_args.name,
            status=parsed_args.status,
            member_status=parsed_args.member_status,
            tag=parsed_args.tag or None,
            is_hidden=parsed_args.is_hidden or None,
            owner=common.project_id(self.app, parsed_args.project,
                                    parsed_args.project_domain),
            limit=parsed_args.limit,
            max_items=parsed_args.max_items,
        )
        if parsed_args.marker:
            query['marker'] = common.find_image(
                image_client, parsed_args.marker).id
        if parsed_args.limit:
            query['paginated'] = False
        images = image_client.images(**query)
        wanted = parsed_args.property or {}
        if wanted:
            images = [
                image for image in images
                if all(_matches(image, key, value)
                       for key, value in wanted.items())
            ]
        return _sorted(images, parsed_args.sort)


def _matches(image, key, value):
    found = _property_value(image, key)
    return bool(found) and str(found) == value


class ShowImage(base.ShowOne):
    """Show image details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--human-readable', action='store_true',
            help='Show the size in human units (1.5G)')
        common.add_image_argument(parser, 'to show')
        return parser

    def take_action(self, parsed_args):
        image = common.find_image(common.client(self.app), parsed_args.image)
        return common.sorted_show(
            common.image_fields(image, parsed_args.human_readable))


def _add_membership_options(parser):
    group = parser.add_mutually_exclusive_group()
    for flag, status, text in (
            ('--accept', 'accepted', 'Accept the image shared with your '
             'project (or with --project)'),
            ('--reject', 'rejected', 'Reject the image shared with your '
             'project (or with --project)'),
            ('--pending', 'pending', "Reset the membership to 'pending'")):
        group.add_argument(flag, action='store_const', const=status,
                           dest='membership', help=text)


#: set options copied to the image as they are: option dest -> metavar.
_SET_FIELDS = {
    'architecture': ('<architecture>', 'Operating system architecture'),
    'instance_id': ('<instance-id>',
                    'ID of the server the image was created from'),
    'kernel_id': ('<kernel-id>', 'ID of the kernel image to boot with'),
    'os_distro': ('<os-distro>', 'Operating system distribution name'),
    'os_version': ('<os-version>', 'Operating system distribution version'),
    'ramdisk_id': ('<ramdisk-id>', 'ID of the ramdisk image to boot with'),
}


class SetImage(base.Command):
    """Change an image's fields, properties, tags, state or membership"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_image_argument(parser, 'to change')
        parser.add_argument('--name', metavar='<name>',
                            help='New name of the image')
        common.add_format_options(parser)
        common.add_protection_options(parser)
        common.add_visibility_options(parser)
        properties.add_property_option(parser, what='image')
        parser.add_argument(
            '--tag', dest='tags', metavar='<tag>', action='append',
            help='Add a tag to the image (repeat option for several tags)')
        for dest, (metavar, text) in _SET_FIELDS.items():
            parser.add_argument(f"--{dest.replace('_', '-')}",
                                metavar=metavar, help=text)
        parser.add_argument('--instance-uuid', metavar='<instance-id>',
                            dest='instance_id', help=argparse.SUPPRESS)
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--deactivate', action='store_true',
                           help='Deactivate the image (its data can no '
                                'longer be downloaded)')
        group.add_argument('--activate', action='store_true',
                           help='Reactivate a deactivated image')
        parser.add_argument(
            '--project', metavar='<project>',
            help='Give the image to this project (name or ID); with '
                 '--accept, --reject or --pending, the member project '
                 'whose status changes')
        common.add_project_domain_option(parser)
        parser.add_argument('--visibility', metavar='<visibility>',
                            dest='dead_visibility', help=argparse.SUPPRESS)
        _add_membership_options(parser)
        group = parser.add_mutually_exclusive_group()
        group.add_argument('--hidden', dest='is_hidden', action='store_true',
                           default=None, help='Hide the image from lists')
        group.add_argument('--unhidden', dest='is_hidden',
                           action='store_false',
                           help='List the image again')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.dead_visibility:
            raise errors.UsageError(
                '--visibility is an Image v1 option; use --public, '
                '--private, --community or --shared')
        image_client = common.client(self.app)
        image = common.find_image(image_client, parsed_args.image)
        project = common.project_id(self.app, parsed_args.project,
                                    parsed_args.project_domain)
        if parsed_args.deactivate:
            image_client.deactivate_image(image.id)
        if parsed_args.activate:
            image_client.reactivate_image(image.id)
        if parsed_args.membership:
            image_client.update_member(
                image=image.id,
                member=project or image_client.get_project_id(),
                status=parsed_args.membership)
        changes = self._changes(parsed_args, image, project)
        if changes:
            image_client.update_image(image.id, **changes)

    @staticmethod
    def _changes(parsed_args, image, project):
        changes = common.changed(
            name=parsed_args.name,
            min_disk=parsed_args.min_disk,
            min_ram=parsed_args.min_ram,
            container_format=parsed_args.container_format,
            disk_format=parsed_args.disk_format,
            visibility=parsed_args.visibility,
            is_protected=parsed_args.is_protected,
            is_hidden=parsed_args.is_hidden,
            **{dest: getattr(parsed_args, dest) for dest in _SET_FIELDS},
        )
        for key, value in (parsed_args.properties or {}).items():
            changes[key] = str(value)
        if parsed_args.tags:
            changes['tags'] = properties.merged_tags(image.tags,
                                                     parsed_args.tags)
        if project and not parsed_args.membership:
            changes['owner_id'] = project
        return changes


class UnsetImage(base.Command):
    """Remove tags and properties from an image"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        common.add_image_argument(parser, 'to change')
        parser.add_argument(
            '--tag', dest='tags', metavar='<tag>', action='append',
            default=[],
            help='Tag to remove (repeat option to remove several tags)')
        parser.add_argument(
            '--property', dest='properties', metavar='<property-key>',
            action='append', default=[],
            help='Property to remove (repeat option to remove several '
                 'properties)')
        return parser

    def take_action(self, parsed_args):
        image_client = common.client(self.app)
        image = common.find_image(image_client, parsed_args.image)
        missing_tags = [tag for tag in parsed_args.tags
                        if tag not in (image.tags or ())]
        for tag in parsed_args.tags:
            if tag not in missing_tags:
                image_client.remove_tag(image.id, tag)
        missing_props = []
        if parsed_args.properties:
            changes = {}
            for key in parsed_args.properties:
                if not self._drop(image, key, changes):
                    missing_props.append(key)
            image_client.update_image(image, **changes)
        problems = []
        if missing_tags:
            problems.append('no tag ' + ', '.join(
                f"'{tag}'" for tag in missing_tags))
        if missing_props:
            problems.append('no property ' + ', '.join(
                f"'{key}'" for key in missing_props))
        if problems:
            raise errors.CommandError(
                f'Image {image.id} has {" and ".join(problems)}')

    @staticmethod
    def _drop(image, key, changes):
        """Mark ``key`` for removal on ``image``; False if it has none."""
        keys = image.keys()
        if key in keys and image[key] is not None:
            delattr(image, key)
            return True
        props = changes.get('properties', image.properties or {})
        if key in props:
            changes['properties'] = {k: v for k, v in props.items()
                                     if k != key}
            return True
        sdk_name = SDK_NAMES.get(key)
        if sdk_name in keys and image[sdk_name] is not None:
            delattr(image, sdk_name)
            return True
        return False


class DeleteImage(common.ImageAction):
    """Delete image(s)"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--store', metavar='<STORE>',
            help='Delete the image data from this store only')
        return parser

    def act_on(self, parsed_args, image):
        self.image_client.delete_image(
            image.id, store=parsed_args.store, ignore_missing=False)
