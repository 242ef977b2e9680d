"""Object store v1 objects: create, delete, list, save, set, show, unset.

Uploads and downloads stream with flat memory, show progress on a
terminal and are verified (see ``swift`` and ``cli.transfer``).
"""

import logging
import os
import sys

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import transfer
from openstackclient.cli.columns import Column
from openstackclient.object.v1 import options
from openstackclient.object.v1 import swift

LOG = logging.getLogger(__name__)

MAX_NAME = 1024
STDIN = '-'


def _container_arg(parser, help):
    parser.add_argument('container', metavar='<container>', help=help)


def _object_args(parser, action):
    _container_arg(parser, f'{action} <object> from <container>')
    parser.add_argument('object', metavar='<object>',
                        help=f'Object to {action.lower()}')


def _name(entry):
    """An entry's name; a pseudo-directory (``--delimiter``) its prefix."""
    return entry.get('name', entry.get('subdir'))


class CreateObject(base.ResourceLister):
    """Upload object to container"""

    columns = (
        Column('object', 'object'),
        Column('container', 'container'),
        Column('etag', 'etag'),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _container_arg(parser, 'Container for the new object(s)')
        parser.add_argument(
            'objects', metavar='<filename>', nargs='+',
            help="Local file(s) to upload ('-' reads standard input; "
            'give --name with it)')
        parser.add_argument(
            '--name', metavar='<name>',
            help='Object name for the upload (one file only; default: the '
            'file name)')
        parser.add_argument(
            '--segment-size', metavar='<bytes>', type=options.parse_size,
            help='Upload files larger than this (K, M, G suffixes allowed) '
            'as a static large object: segments of this size, uploaded in '
            'parallel to <container>_segments')
        return parser

    def list_resources(self, parsed_args):
        files = parsed_args.objects
        if parsed_args.name and len(files) > 1:
            raise errors.UsageError(
                '--name can only be used when uploading a single file')
        if STDIN in files and not parsed_args.name:
            raise errors.UsageError(
                "Reading standard input ('-') needs --name <name>")
        proxy = swift.client(self.app)
        results = []
        for filename in files:
            name = parsed_args.name or filename
            if len(name) > MAX_NAME:
                LOG.warning('Object name is %d characters long; Swift '
                            'allows %d by default', len(name), MAX_NAME)
            if filename == STDIN:
                source, total = _binary_stdin(self.app), None
            else:
                source, total = filename, _file_size(filename)
            results.append(swift.upload(
                proxy, parsed_args.container, name, source,
                segment_size=parsed_args.segment_size,
                progress=transfer.progress_for(self.app, total, name)))
        return results


def _binary_stdin(app):
    stream = getattr(app, 'stdin', None) or sys.stdin
    return getattr(stream, 'buffer', stream)


def _file_size(filename):
    try:
        return os.path.getsize(filename)
    except OSError as exc:
        raise errors.CommandError(
            f"Cannot read '{filename}': {exc.strerror}") from exc


class DeleteObject(multi.MultiResourceAction):
    """Delete object(s) from container"""

    resource = 'object'

    def add_leading_arguments(self, parser):
        _container_arg(parser, 'Container to delete the object(s) from')

    def prepare(self, parsed_args):
        self.proxy = swift.client(self.app)

    def act(self, parsed_args, name_or_id):
        swift.delete_object(self.proxy, parsed_args.container, name_or_id)


class ListObject(base.ResourceLister):
    """List objects"""

    columns = (
        Column(_name, 'Name'),
        Column('bytes', 'Bytes', long=True),
        Column('hash', 'Hash', long=True),
        Column('content_type', 'Content Type', long=True),
        Column('last_modified', 'Last Modified', long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _container_arg(parser, 'Container to list')
        parser.add_argument('--delimiter', metavar='<delimiter>',
                            help='Roll up names sharing a prefix up to '
                            '<delimiter> into one entry')
        options.add_listing_args(parser, 'objects')
        return parser

    def list_resources(self, parsed_args):
        container = parsed_args.container
        return swift.listing(
            swift.client(self.app), swift.path(container),
            all_pages=parsed_args.all, container=container,
            delimiter=parsed_args.delimiter,
            **options.listing_query(parsed_args))


class SaveObject(base.Command):
    """Save object locally"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--file', metavar='<filename>',
            help="File to write (default: the object name); '-' writes to "
            'standard output')
        _object_args(parser, 'Download')
        return parser

    def take_action(self, parsed_args):
        obj = parsed_args.object
        target = parsed_args.file or obj
        if target != STDIN:
            directory = os.path.dirname(target)
            if directory:
                os.makedirs(directory, exist_ok=True)
        swift.download(
            swift.client(self.app), parsed_args.container, obj, target,
            progress_for=lambda total: transfer.progress_for(
                self.app, total, obj),
            stdout=self.app.stdout)


class SetObject(base.Command):
    """Set object properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _object_args(parser, 'Modify')
        options.add_property_arg(parser, 'object')
        return parser

    def take_action(self, parsed_args):
        swift.update_object_properties(
            swift.client(self.app), parsed_args.container,
            parsed_args.object, set_props=parsed_args.property)


class ShowObject(base.ShowOne):
    """Display object details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _object_args(parser, 'Display')
        return parser

    def take_action(self, parsed_args):
        return options.show_columns(swift.show_object(
            swift.client(self.app), parsed_args.container,
            parsed_args.object))


class UnsetObject(base.Command):
    """Unset object properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _object_args(parser, 'Modify')
        options.add_property_arg(parser, 'object', unset=True)
        return parser

    def take_action(self, parsed_args):
        swift.update_object_properties(
            swift.client(self.app), parsed_args.container,
            parsed_args.object, unset_keys=parsed_args.property)
