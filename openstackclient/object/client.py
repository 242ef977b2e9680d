"""Object store API: version option and client factory (OSC plugin contract)."""

from openstackclient.cli import apimodule

API_NAME = 'object_store'
API_VERSION_OPTION = 'os_object_api_version'
DEFAULT_API_VERSION = '1'
API_VERSIONS = ('1',)

make_client = apimodule.sdk_proxy_factory('object_store')
build_option_parser = apimodule.version_option_builder(
    API_NAME, 'object', DEFAULT_API_VERSION)
