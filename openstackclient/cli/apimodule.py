"""What an API module declares, built from data: the OSC plugin contract.

Each of our ``<service>/client.py`` modules (registered in
``openstack.cli.base``) has API_NAME, API_VERSION_OPTION,
DEFAULT_API_VERSION, API_VERSIONS, ``make_client(instance)`` and
``build_option_parser(parser)``, exactly as OSC plugins do. This helper
makes the last two so the modules stay a few lines of data.
"""

import os


def version_option_builder(api_name, flag_word, default):
    """A ``build_option_parser`` adding ``--os-<flag_word>-api-version``."""
    env_name = f"OS_{flag_word.upper().replace('-', '_')}_API_VERSION"
    dest = f"os_{flag_word.replace('-', '_')}_api_version"

    def build_option_parser(parser):
        parser.add_argument(
            f'--os-{flag_word}-api-version',
            metavar=f'<{flag_word}-api-version>',
            dest=dest,
            default=os.environ.get(env_name),
            help=f'{api_name.replace("_", " ").capitalize()} API version, '
                 f'default={default} (Env: {env_name})',
        )
        return parser

    return build_option_parser


def sdk_proxy_factory(service_attr):
    """A ``make_client`` returning the SDK Connection's service proxy."""

    def make_client(instance):
        return getattr(instance.sdk_connection, service_attr)

    return make_client
