"""The devcloud's ML2 mechanism driver: binds every port, no agent needed.

The devcloud runs Neutron without agents, and ML2's own drivers bind a port
only to a host whose agent reports in; Nova's servers would then fail with
PortBindingFailed.  This driver binds any port on any host to the first
segment it is offered, as an Open vSwitch port would be bound (nothing is
plugged anywhere: the fake hypervisor needs nothing).

Found by ML2 through the entry point in devcloud_neutron-1.0.dist-info
(this folder is on Neutron's PYTHONPATH); nothing of the project imports it.
"""
from neutron_lib.api.definitions import portbindings
from neutron_lib import constants
from neutron_lib.plugins.ml2 import api


class BindAnyPort(api.MechanismDriver):

    def initialize(self):
        pass

    @property
    def connectivity(self):
        return portbindings.CONNECTIVITY_L2

    def bind_port(self, context):
        for segment in context.segments_to_bind:
            context.set_binding(
                segment[api.ID], portbindings.VIF_TYPE_OVS,
                {portbindings.CAP_PORT_FILTER: True,
                 portbindings.OVS_HYBRID_PLUG: False},
                status=constants.PORT_STATUS_ACTIVE)
            return
