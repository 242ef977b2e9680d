"""Heat's orchestration commands as a plugin of the openstack shell.

A separate package, registered in OSC's entry-point namespaces like any
plugin from PyPI (see doc/plugins.rst of openstackclient): the API module
``client`` in ``openstack.cli.extension``, the commands in
``openstack.orchestration.v1``.
"""
