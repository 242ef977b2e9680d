"""What the OS-FEDERATION commands share.

Identity providers, mappings, service providers and federation protocols
have no name apart from their ID, so they are fetched by ID: an HTTP 404
becomes one clear "not found" line (``not_found_as``). Rules and remote ID
lists come from local files (``read_file``). ``DeleteById`` and
``ShowById`` are the delete and show commands of such resources.
"""

import contextlib

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.identity.v3 import common


@contextlib.contextmanager
def not_found_as(kind, name_or_id, *, error=None):
    """Turn an HTTP 404 inside the block into our one-line NotFoundError:
    ``error`` if given, else the usual "No <kind> with a name or ID..."."""
    try:
        yield
    except errors.CommandError:
        raise
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.NOT_FOUND:
            raise error or lookup.not_found(kind, name_or_id) from exc
        raise


def read_file(path, what):
    """The text of a local file; a usage error naming it if unreadable."""
    try:
        with open(path, encoding='utf-8') as stream:
            return stream.read()
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, 'strerror', None) or str(exc)
        raise errors.UsageError(
            f"Cannot read {what} file '{path}': {reason}") from exc


def add_description_option(parser, what, new=True):
    """Add ``--description <description>``."""
    parser.add_argument(
        '--description',
        metavar='<description>',
        help=f"{'New' if new else 'Set'} {what} description",
    )


class DeleteById(multi.MultiResourceAction):
    """Delete resources by ID with the proxy's ``delete_method``."""

    #: Name of the SDK identity proxy method, e.g. 'delete_mapping'.
    delete_method = None

    def prepare(self, parsed_args):
        self.delete = getattr(common.client(self.app), self.delete_method)

    def act(self, parsed_args, name_or_id):
        with not_found_as(self.resource, name_or_id):
            self.delete(name_or_id, ignore_missing=False)


class ShowById(base.ResourceShowOne):
    """Show one resource fetched by ID with the proxy's ``get_method``."""

    #: What is shown, singular: 'mapping', 'identity provider'.
    resource = None
    #: Name of the SDK identity proxy method, e.g. 'get_mapping'.
    get_method = None

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            self.resource.replace(' ', '_'),
            metavar=f"<{self.resource.replace(' ', '-')}>",
            help=f'{self.resource.capitalize()} to display',
        )
        return parser

    def get_resource(self, parsed_args):
        name = getattr(parsed_args, self.resource.replace(' ', '_'))
        fetch = getattr(common.client(self.app), self.get_method)
        with not_found_as(self.resource, name):
            return fetch(name)
