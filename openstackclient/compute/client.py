"""Compute API: version option and client factory (OSC plugin contract)."""

from openstackclient.cli import apimodule

API_NAME = 'compute'
API_VERSION_OPTION = 'os_compute_api_version'
DEFAULT_API_VERSION = '2.1'
API_VERSIONS = ('2', '2.1')

make_client = apimodule.sdk_proxy_factory('compute')
build_option_parser = apimodule.version_option_builder(
    API_NAME, 'compute', DEFAULT_API_VERSION)
