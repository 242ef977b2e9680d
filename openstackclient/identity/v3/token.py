"""Identity v3 tokens: issue (show the session's token), revoke."""

from openstackclient.cli import base
from openstackclient.identity.v3 import common
from openstackclient.identity.v3 import delegation

EXPIRES_FORMAT = '%Y-%m-%dT%H:%M:%S%z'


def token_fields(ref):
    """The fields OSC shows for a token, sorted by name; empty ones left
    out (``domain_id`` only for a domain-scoped token, ``system`` only for
    a system-scoped one)."""
    fields = {
        'id': ref.auth_token,
        'expires': ref.expires.strftime(EXPIRES_FORMAT)
        if ref.expires else None,
        'project_id': ref.project_id,
        'user_id': ref.user_id,
        'domain_id': ref.domain_id,
        # Keystone scopes a system token to the whole deployment only.
        'system': 'all' if ref.system_scoped else None,
    }
    return {key: fields[key] for key in sorted(fields) if fields[key]}


class IssueToken(base.ShowOne):
    """Issue new token"""

    def take_action(self, parsed_args):
        fields = token_fields(delegation.auth_ref(self.app))
        return tuple(fields), tuple(fields.values())


class RevokeToken(base.Command):
    """Revoke existing token"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('token', metavar='<token>',
                            help='Token to revoke')
        return parser

    def take_action(self, parsed_args):
        common.client(self.app).revoke_token(parsed_args.token)
        # A revoked token would only be refused: no run may reuse it.
        self.app.client_manager.forget_token(parsed_args.token)
