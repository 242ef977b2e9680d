"""Image API: version option and client factory (OSC plugin contract)."""

from openstackclient.cli import apimodule

API_NAME = 'image'
API_VERSION_OPTION = 'os_image_api_version'
DEFAULT_API_VERSION = '2'
API_VERSIONS = ('2',)

make_client = apimodule.sdk_proxy_factory('image')
build_option_parser = apimodule.version_option_builder(
    API_NAME, 'image', DEFAULT_API_VERSION)
