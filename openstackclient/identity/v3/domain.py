"""Identity v3 domains: create, delete, list, set, show."""

import logging

from openstackclient.cli import base
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common

LOG = logging.getLogger(__name__)

# OSC shows a domain under lower-case labels, lists it under capitalised
# ones; both are kept so JSON keys match.
SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('name', 'name'),
    Column('is_enabled', 'enabled'),
    Column('description', 'description'),
    Column('options', 'options'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('is_enabled', 'Enabled'),
    Column('description', 'Description'),
)


class CreateDomain(base.ResourceShowOne):
    """Create a domain"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('name', metavar='<domain-name>',
                            help='Name of the new domain')
        parser.add_argument('--description', metavar='<description>',
                            help='Description of the domain')
        common.add_enable_options(parser, 'domain', create=True)
        common.add_or_show_option(parser, 'domain')
        common.add_immutable_option(parser)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        try:
            return identity.create_domain(
                name=parsed_args.name,
                description=parsed_args.description,
                is_enabled=parsed_args.is_enabled,
                options=common.resource_options(parsed_args),
            )
        except Exception as exc:
            if not (parsed_args.or_show and common.is_conflict(exc)):
                raise
        LOG.info('Returning existing domain %s', parsed_args.name)
        return common.find_domain(identity, parsed_args.name)


class DeleteDomain(multi.MultiResourceAction):
    """Delete domain(s)"""

    resource = 'domain'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        domain = common.find_domain(self.identity, name_or_id)
        self.identity.delete_domain(domain.id)


class ListDomain(base.ResourceLister):
    """List domains"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--name', metavar='<name>',
                            help='List only the domain with this name')
        parser.add_argument(
            '--enabled', dest='is_enabled', action='store_true',
            help='List only enabled domains')
        return parser

    def list_resources(self, parsed_args):
        filters = common.changed(name=parsed_args.name,
                                 is_enabled=parsed_args.is_enabled or None)
        return common.client(self.app).domains(**filters)


class SetDomain(base.Command):
    """Change a domain"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('domain', metavar='<domain>',
                            help='Domain to change (name or ID)')
        parser.add_argument('--name', metavar='<name>',
                            help='New name for the domain')
        parser.add_argument('--description', metavar='<description>',
                            help='New description for the domain')
        common.add_enable_options(parser, 'domain')
        common.add_immutable_option(parser)
        return parser

    def take_action(self, parsed_args):
        identity = common.client(self.app)
        domain = common.find_domain(identity, parsed_args.domain)
        changes = common.changed(
            name=parsed_args.name,
            description=parsed_args.description,
            is_enabled=parsed_args.is_enabled,
            options=common.resource_options(parsed_args) or None,
        )
        if changes:
            identity.update_domain(domain.id, **changes)


class ShowDomain(base.ResourceShowOne):
    """Show a domain"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('domain', metavar='<domain>',
                            help='Domain to show (name or ID)')
        return parser

    def get_resource(self, parsed_args):
        return common.find_domain(common.client(self.app), parsed_args.domain)
