"""Identity v3 federation protocols of an identity provider: create,
delete, list, set, show.

Every command names the identity provider (``--identity-provider``); a
protocol is known by its name within it.
"""

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import federation_common as fed

KIND = 'federation protocol'

SHOW_COLUMNS = (
    Column('id', 'id'),
    Column('idp_id', 'identity_provider'),
    Column('mapping_id', 'mapping'),
)

LIST_COLUMNS = (
    Column('id', 'id'),
    Column('mapping_id', 'mapping'),
)


def add_identity_provider_option(parser, what):
    """Add the required ``--identity-provider <identity-provider>``."""
    parser.add_argument(
        '--identity-provider',
        metavar='<identity-provider>',
        required=True,
        help=f'Identity provider {what} (required)',
    )


def not_found(idp, name):
    """A 404 on a protocol of ``idp`` as one clear line."""
    return fed.not_found_as(KIND, name, error=errors.NotFoundError(
        f"No federation protocol '{name}' exists for identity provider "
        f"'{idp}'."))


class CreateFederationProtocol(base.ResourceShowOne):
    """Create new federation protocol"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            'federation_protocol',
            metavar='<name>',
            help='New federation protocol name (unique within the '
                 'identity provider)',
        )
        add_identity_provider_option(parser, 'to add the protocol to')
        parser.add_argument('--mapping', metavar='<mapping>', required=True,
                            help='Mapping the protocol uses (required)')
        return parser

    def get_resource(self, parsed_args):
        return common.client(self.app).create_federation_protocol(
            parsed_args.identity_provider,
            id=parsed_args.federation_protocol,
            mapping_id=parsed_args.mapping,
        )


class DeleteFederationProtocol(multi.MultiResourceAction):
    """Delete federation protocol(s)"""

    resource = KIND

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_identity_provider_option(parser, 'the protocols belong to')
        return parser

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        idp = parsed_args.identity_provider
        with not_found(idp, name_or_id):
            self.identity.delete_federation_protocol(
                idp, name_or_id, ignore_missing=False)


class ListFederationProtocol(base.ResourceLister):
    """List federation protocols"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        add_identity_provider_option(parser, 'to list the protocols of')
        return parser

    def list_resources(self, parsed_args):
        idp = parsed_args.identity_provider
        with fed.not_found_as('identity provider', idp):
            # A list, so that a 404 is raised here, not while printing.
            return list(common.client(self.app).federation_protocols(idp))


class SetFederationProtocol(base.Command):
    """Set federation protocol properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('federation_protocol', metavar='<name>',
                            help='Federation protocol to modify')
        add_identity_provider_option(parser, 'the protocol belongs to')
        parser.add_argument('--mapping', metavar='<mapping>',
                            help='Mapping the protocol is to use')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.mapping is None:
            return
        idp = parsed_args.identity_provider
        name = parsed_args.federation_protocol
        with not_found(idp, name):
            common.client(self.app).update_federation_protocol(
                idp, name, mapping_id=parsed_args.mapping)


class ShowFederationProtocol(base.ResourceShowOne):
    """Display federation protocol details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('federation_protocol',
                            metavar='<federation-protocol>',
                            help='Federation protocol to display')
        add_identity_provider_option(parser, 'the protocol belongs to')
        return parser

    def get_resource(self, parsed_args):
        idp = parsed_args.identity_provider
        name = parsed_args.federation_protocol
        with not_found(idp, name):
            return common.client(self.app).get_federation_protocol(idp, name)
