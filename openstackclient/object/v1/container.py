"""Object store v1 containers: create, delete, list, save, set, show,
unset."""

import logging
import os

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli import transfer
from openstackclient.cli.columns import Column
from openstackclient.object.v1 import options
from openstackclient.object.v1 import swift

LOG = logging.getLogger(__name__)

MAX_NAME = 256


def _container_arg(parser, help):
    parser.add_argument('container', metavar='<container>', help=help)


class CreateContainer(base.ResourceLister):
    """Create new container"""

    columns = (
        Column('account', 'account'),
        Column('container', 'container'),
        Column('x-trans-id', 'x-trans-id'),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--public', action='store_true', default=False,
                            help='Let anyone read and list the container')
        parser.add_argument('--storage-policy', metavar='<storage-policy>',
                            help='Storage policy of the container')
        parser.add_argument('containers', metavar='<container-name>',
                            nargs='+', help='Name(s) of the new container(s)')
        return parser

    def list_resources(self, parsed_args):
        proxy = swift.client(self.app)
        made = []
        for name in parsed_args.containers:
            if len(name) > MAX_NAME:
                LOG.warning('Container name is %d characters long; Swift '
                            'allows %d by default', len(name), MAX_NAME)
            made.append(swift.create_container(
                proxy, name, public=parsed_args.public,
                storage_policy=parsed_args.storage_policy))
        return made


class DeleteContainer(multi.MultiResourceAction):
    """Delete container(s)"""

    resource = 'container'

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--recursive', '-r', action='store_true',
                            default=False,
                            help='Delete the objects in the container '
                            'first (large objects with their segments)')
        return parser

    def prepare(self, parsed_args):
        self.proxy = swift.client(self.app)

    def act(self, parsed_args, name_or_id):
        swift.delete_container(self.proxy, name_or_id,
                               recursive=parsed_args.recursive)


class ListContainer(base.ResourceLister):
    """List containers"""

    columns = (
        Column('name', 'Name'),
        Column('bytes', 'Bytes', long=True),
        Column('count', 'Count', long=True),
    )

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        options.add_listing_args(parser, 'containers')
        return parser

    def list_resources(self, parsed_args):
        return swift.listing(swift.client(self.app), '',
                             all_pages=parsed_args.all,
                             **options.listing_query(parsed_args))


def local_path(name):
    """Where ``container save`` writes object ``name``: relative to the
    current directory, never outside it."""
    normal = os.path.normpath(name)
    if os.path.isabs(name) or normal == '..' or \
            normal.startswith('..' + os.sep) or normal == '.':
        raise errors.UsageError(
            f"Object name '{name}' would be saved outside the current "
            'directory; skipped')
    return normal


class SaveContainer(base.Command):
    """Save container contents locally"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _container_arg(parser, 'Container whose objects to save in the '
                       'current directory')
        return parser

    def take_action(self, parsed_args):
        proxy = swift.client(self.app)
        container = parsed_args.container
        failures = []
        count = 0
        for entry in swift.objects(proxy, container):
            count += 1
            name = entry['name']
            try:
                self._save(proxy, container, name)
            except Exception as exc:
                failures.append((name, exc))
                self.app.stderr.write(f"Failed to save object '{name}': "
                                      f'{errors.one_line(exc)}\n')
        if failures:
            codes = {errors.exit_code_for(exc) for _, exc in failures}
            raise errors.CommandError(
                f'{len(failures)} of {count} objects failed to save: '
                + ', '.join(name for name, _ in failures),
                exit_code=codes.pop() if len(codes) == 1 else None)

    def _save(self, proxy, container, name):
        target = local_path(name)
        if name.endswith('/'):
            # A pseudo-directory marker: a directory, not a file.
            os.makedirs(target, exist_ok=True)
            return
        directory = os.path.dirname(target)
        if directory:
            os.makedirs(directory, exist_ok=True)
        swift.download(
            proxy, container, name, target,
            progress_for=lambda total: transfer.progress_for(
                self.app, total, name))


class SetContainer(base.Command):
    """Set container properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _container_arg(parser, 'Container to modify')
        options.add_property_arg(parser, 'container')
        return parser

    def take_action(self, parsed_args):
        headers = swift.meta_headers(parsed_args.property,
                                     'X-Container-Meta-%s')
        swift.post(swift.client(self.app), swift.path(parsed_args.container),
                   headers, parsed_args.container)


class ShowContainer(base.ShowOne):
    """Display container details"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _container_arg(parser, 'Container to display')
        return parser

    def take_action(self, parsed_args):
        return options.show_columns(swift.show_container(
            swift.client(self.app), parsed_args.container))


class UnsetContainer(base.Command):
    """Unset container properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _container_arg(parser, 'Container to modify')
        options.add_property_arg(parser, 'container', unset=True)
        return parser

    def take_action(self, parsed_args):
        headers = swift.meta_headers(parsed_args.property,
                                     'X-Remove-Container-Meta-%s')
        swift.post(swift.client(self.app), swift.path(parsed_args.container),
                   headers, parsed_args.container)
