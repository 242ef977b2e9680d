"""The orchestration API module: OSC's plugin contract, as data."""

from openstackclient.cli import apimodule

API_NAME = 'orchestration'
API_VERSION_OPTION = 'os_orchestration_api_version'
DEFAULT_API_VERSION = '1'
API_VERSIONS = ('1',)

# client_manager.orchestration: the SDK's orchestration proxy.
make_client = apimodule.sdk_proxy_factory('orchestration')
build_option_parser = apimodule.version_option_builder(
    API_NAME, 'orchestration', DEFAULT_API_VERSION)
