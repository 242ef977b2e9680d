"""Unit tests: what OSC plugins read off the client manager."""

from openstackclient import clientmanager


def test_underscored_names_of_osc_plugins():
    manager = object.__new__(clientmanager.ClientManager)
    manager.__dict__.update(region_name='RegionOne', interface='public',
                            cacert='/ca.pem', verify=False)
    assert manager._region_name == 'RegionOne'
    assert manager._interface == 'public'
    assert manager._cacert == '/ca.pem'
    assert manager._insecure is True
