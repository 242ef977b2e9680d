"""openstackclient: one fast, script-safe command line for OpenStack clouds.

Nothing is imported here: ``openstack --version`` reads only this module.
"""

__version__ = '0.1.0'
