"""Identity v3 trusts: create, delete, list, show.

A trust lets a trustee user act for a trustor user on a project with some
of the trustor's roles. Trusts cannot be changed once made.
"""

import itertools

from openstackclient.cli import base
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation

SHOW_COLUMNS = (
    Column('expires_at', 'expires_at'),
    Column('id', 'id'),
    Column('is_impersonation', 'is_impersonation'),
    Column('project_id', 'project_id'),
    Column('redelegated_trust_id', 'redelegated_trust_id'),
    Column('redelegation_count', 'redelegation_count'),
    Column('remaining_uses', 'remaining_uses'),
    Column('roles', 'roles'),
    Column('trustee_user_id', 'trustee_user_id'),
    Column('trustor_user_id', 'trustor_user_id'),
)

LIST_COLUMNS = (
    Column('id', 'ID'),
    Column('expires_at', 'Expires At'),
    Column('is_impersonation', 'Impersonation'),
    Column('project_id', 'Project ID'),
    Column('trustee_user_id', 'Trustee User ID'),
    Column('trustor_user_id', 'Trustor User ID'),
)


def _add_party_domain_options(parser):
    for party in ('trustor', 'trustee'):
        parser.add_argument(
            f'--{party}-domain',
            metavar=f'<{party}-domain>',
            help=f'Domain of the {party} user (name or ID)',
        )


def _user_id(identity, name_or_id, domain):
    if name_or_id is None:
        return None
    return common.id_or_name(common.find_user, identity, name_or_id, domain)


def get_trust(identity, trust_id):
    """The trust with this ID (trusts have no name: no list to search,
    which only an admin may make)."""
    try:
        return identity.get_trust(trust_id)
    except Exception as exc:
        if errors.exit_code_for(exc) == errors.NOT_FOUND:
            raise lookup.not_found('trust', trust_id) from exc
        raise


class CreateTrust(base.ResourceShowOne):
    """Create new trust"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trustor', metavar='<trustor-user>',
                            help='User who delegates (name or ID)')
        parser.add_argument('trustee', metavar='<trustee-user>',
                            help='User who acts for the trustor (name or ID)')
        parser.add_argument('--project', metavar='<project>', required=True,
                            help='Project to delegate (name or ID) '
                                 '(required)')
        delegation.add_role_option(parser, required=True)
        parser.add_argument(
            '--impersonate', dest='is_impersonation', action='store_true',
            default=False,
            help='Tokens of the trust represent the trustor, not the '
                 'trustee (default: off)')
        delegation.add_expiration_option(parser, 'trust')
        common.add_domain_scope_option(parser, 'project')
        _add_party_domain_options(parser)
        return parser

    def get_resource(self, parsed_args):
        identity = common.client(self.app)
        return identity.create_trust(**common.changed(
            trustor_user_id=_user_id(identity, parsed_args.trustor,
                                     parsed_args.trustor_domain),
            trustee_user_id=_user_id(identity, parsed_args.trustee,
                                     parsed_args.trustee_domain),
            project_id=common.id_or_name(common.find_project, identity,
                                         parsed_args.project,
                                         parsed_args.project_domain),
            roles=delegation.role_references(identity, parsed_args.roles),
            expires_at=delegation.parse_expiration(parsed_args.expiration),
            is_impersonation=parsed_args.is_impersonation,
        ))


class DeleteTrust(multi.MultiResourceAction):
    """Delete trust(s)"""

    resource = 'trust'

    def prepare(self, parsed_args):
        self.identity = common.client(self.app)

    def act(self, parsed_args, name_or_id):
        self.identity.delete_trust(name_or_id, ignore_missing=False)


class ListTrust(base.ResourceLister):
    """List trusts"""

    columns = LIST_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--trustor', metavar='<trustor-user>',
                            help='Only trusts of this trustor (name or ID)')
        parser.add_argument('--trustee', metavar='<trustee-user>',
                            help='Only trusts of this trustee (name or ID)')
        _add_party_domain_options(parser)
        parser.add_argument(
            '--auth-user', dest='authuser', action='store_true',
            help='Only trusts whose trustor or trustee is the signed-in '
                 'user')
        return parser

    def list_resources(self, parsed_args):
        args = parsed_args
        if args.authuser and any((args.trustor, args.trustee,
                                  args.trustor_domain, args.trustee_domain)):
            raise errors.UsageError(
                '--auth-user cannot be used with --trustor or --trustee')
        for party in ('trustor', 'trustee'):
            if getattr(args, f'{party}_domain') and not getattr(args, party):
                raise errors.UsageError(
                    f'--{party}-domain needs --{party}')
        identity = common.client(self.app)
        if args.authuser:
            me = delegation.current_user_id(self.app)
            # Keystone filters on both at once: one call for each side.
            both = itertools.chain(identity.trusts(trustor_user_id=me),
                                   identity.trusts(trustee_user_id=me))
            return list({trust.id: trust for trust in both}.values())
        return identity.trusts(**common.changed(
            trustor_user_id=_user_id(identity, args.trustor,
                                     args.trustor_domain),
            trustee_user_id=_user_id(identity, args.trustee,
                                     args.trustee_domain),
        ))


class ShowTrust(base.ResourceShowOne):
    """Display trust details"""

    columns = SHOW_COLUMNS

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('trust', metavar='<trust>',
                            help='Trust to display (ID)')
        return parser

    def get_resource(self, parsed_args):
        return get_trust(common.client(self.app), parsed_args.trust)
