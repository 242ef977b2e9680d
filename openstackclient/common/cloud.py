"""``cloud cache delete``: forget the tokens kept by earlier runs."""

from openstackclient.cli import base


class DeleteCloudCache(base.Command):
    """Delete the authentication cached for a cloud"""

    # Signing in just to throw away the token that signing in reuses would
    # defeat the point when that token is what is wrong.
    auth_required = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--all', action='store_true',
            help='Delete the cached tokens of every cloud and user, not '
                 'only those of the selected auth options')
        parser.epilog = (
            'Tokens are cached unless --no-token-cache, OS_TOKEN_CACHE=0 '
            'or token_cache: false in clouds.yaml turns it off '
            '(doc/token-cache.rst).')
        return parser

    def take_action(self, parsed_args):
        if parsed_args.all:
            from openstackclient import tokencache

            tokencache.clear()
        else:
            self.app.client_manager.delete_token_cache()
