"""Block storage API: version option and client factory (OSC plugin contract)."""

from openstackclient.cli import apimodule

API_NAME = 'volume'
API_VERSION_OPTION = 'os_volume_api_version'
DEFAULT_API_VERSION = '3'
API_VERSIONS = ('3',)

make_client = apimodule.sdk_proxy_factory('block_storage')
build_option_parser = apimodule.version_option_builder(
    API_NAME, 'volume', DEFAULT_API_VERSION)
