"""Identity API: version option and client factory (OSC plugin contract)."""

from openstackclient.cli import apimodule

API_NAME = 'identity'
API_VERSION_OPTION = 'os_identity_api_version'
DEFAULT_API_VERSION = '3'
API_VERSIONS = ('3',)

make_client = apimodule.sdk_proxy_factory('identity')
build_option_parser = apimodule.version_option_builder(
    API_NAME, 'identity', DEFAULT_API_VERSION)
