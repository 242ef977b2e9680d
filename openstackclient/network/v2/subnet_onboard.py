"""``network onboard subnet``: the older name of ``subnet pool add
network`` (same arguments), kept for runbooks; it warns that it is
deprecated, as OSC does."""

import logging

from openstackclient.network.v2 import subnet_pool

LOG = logging.getLogger(__name__)


class NetworkOnboardSubnets(subnet_pool.AddNetworkSubnetPool):
    """DEPRECATED: Use 'subnet pool add network' instead."""

    def take_action(self, parsed_args):
        LOG.warning('The "network onboard subnet" command is deprecated in '
                    'favour of "subnet pool add network". It will be removed '
                    'in a future release.')
        return super().take_action(parsed_args)
