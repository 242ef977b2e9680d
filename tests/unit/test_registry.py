"""Unit tests: the command table's rule when two packages clash."""

from openstackclient import registry


def _ep(name, value, dist):
    return registry.EntryPoint('openstack.orchestration.v1', name, value,
                               dist, '1')


def test_ours_and_our_plugins_win_clashes():
    table = registry.CommandTable([
        _ep('stack_list', 'heatclient.osc.v1.stack:ListStack',
            'python-heatclient'),
        _ep('stack_list', 'openstackclient_orchestration.v1.stack:ListStack',
            'openstackclient-orchestration'),
        _ep('stack_show', 'heatclient.osc.v1.stack:ShowStack',
            'python-heatclient'),
    ]).commands(['openstack.orchestration.v1'])
    assert table['stack list'].dist == 'openstackclient-orchestration'
    assert table['stack show'].dist == 'python-heatclient'


def test_first_of_two_others_stays():
    table = registry.CommandTable([
        _ep('thing_list', 'a:A', 'pkg-a'), _ep('thing_list', 'b:B', 'pkg-b'),
    ]).commands(['openstack.orchestration.v1'])
    assert table['thing list'].dist == 'pkg-a'


def test_is_ours():
    assert registry.is_ours('openstackclient')
    assert registry.is_ours('openstackclient_orchestration')
    assert not registry.is_ours('python-openstackclient')
    assert not registry.is_ours(None)
