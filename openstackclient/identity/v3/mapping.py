"""Identity v3 federation mappings: create, delete, list, set, show.

Rules come from a JSON file (``--rules <filename>``): a file that cannot
be read or is not JSON is one usage error line, before any request.
"""

import json

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import federation_common as fed

KIND = 'mapping'

SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('rules', 'rules'),
    Column('schema_version', 'schema_version'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('schema_version', 'schema_version'),
)


def read_rules(path):
    """The mapping rules in the JSON file at ``path``; None stays None."""
    if path is None:
        return None
    text = fed.read_file(path, 'rules')
    try:
        return json.loads(text)
    except ValueError as exc:
        raise errors.UsageError(
            f"Rules file '{path}' is not valid JSON: {exc}") from exc


def _add_schema_version_option(parser):
    parser.add_argument(
        '--schema-version',
        metavar='<schema_version>',
        help='Attribute mapping schema version (default: the Identity '
             "service's attribute_mapping_default_schema_version)",
    )


class CreateMapping(base.ResourceShowOne):
    """Create new mapping"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('mapping', metavar='<name>',
                            help='New mapping name (must be unique)')
        parser.add_argument('--rules', metavar='<filename>', required=True,
                            help='JSON file with the mapping rules '
                                 '(required)')
        _add_schema_version_option(parser)
        return parser

    def get_resource(self, parsed_args):
        rules = read_rules(parsed_args.rules)
        return common.client(self.app).create_mapping(
            id=parsed_args.mapping,
            rules=rules,
            **common.changed(schema_version=parsed_args.schema_version),
        )


class DeleteMapping(fed.DeleteById):
    """Delete mapping(s)"""

    resource = KIND
    delete_method = 'delete_mapping'


class ListMapping(base.ResourceLister):
    """List mappings"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return common.client(self.app).mappings()


class SetMapping(base.Command):
    """Set mapping properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('mapping', metavar='<name>',
                            help='Mapping to modify')
        parser.add_argument('--rules', metavar='<filename>',
                            help='JSON file with the new mapping rules')
        _add_schema_version_option(parser)
        return parser

    def take_action(self, parsed_args):
        rules = read_rules(parsed_args.rules)
        version = parsed_args.schema_version
        if rules is None and version is None:
            return
        identity = common.client(self.app)
        name = parsed_args.mapping
        with fed.not_found_as(KIND, name):
            if rules is None:
                # Keystone wants the rules in every update: keep them.
                rules = identity.get_mapping(name).rules
            identity.update_mapping(
                name, rules=rules,
                **common.changed(schema_version=version))


class ShowMapping(fed.ShowById):
    """Display mapping details"""

    columns = SHOW_COLUMNS
    resource = KIND
    get_method = 'get_mapping'
