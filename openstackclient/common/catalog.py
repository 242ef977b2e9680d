"""Which services the signed-in cloud's catalog has.

Commands that span services (``quota show``, ``availability zone list``)
ask here before calling a service, so that a cloud without, say, Nova is
skipped instead of failing.
"""

#: Service name -> the catalog types that serve it (official type first).
SERVICE_TYPES = {
    'compute': ('compute',),
    'network': ('network',),
    'volume': ('block-storage', 'volumev3', 'volumev2', 'volume'),
}

#: How a service is named in messages.
TITLES = {
    'compute': 'Compute',
    'network': 'Network',
    'volume': 'Block Storage',
}


def has_service(app, service):
    """True if the catalog has an endpoint for ``service`` ('network').

    A token without a catalog counts as having it (the request then says
    what is wrong), as in OSC.
    """
    manager = app.client_manager
    region = getattr(manager, 'region_name', None)
    interface = getattr(manager, 'interface', None) or 'public'
    for service_type in SERVICE_TYPES[service]:
        if manager.is_service_available(service_type, region,
                                        interface) is not False:
            return True
    return False
