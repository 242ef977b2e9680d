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


def test_clashes_are_logged_with_the_winner():
    import logging

    table = registry.CommandTable([
        _ep('stack_list', 'heat:List', 'python-heatclient'),
        _ep('stack_list', 'ours:List', 'openstackclient-orchestration'),
        _ep('stack_list', 'ours:List', 'openstackclient-orchestration'),
    ])
    table.commands(['openstack.orchestration.v1'])
    records = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record.getMessage())

    log = logging.getLogger('test-clashes')
    log.setLevel(logging.DEBUG)
    log.addHandler(Keep())
    table.log_clashes(log)
    assert records == [
        "command 'stack list': using ours:List "
        '(openstackclient-orchestration) over heat:List (python-heatclient)']


def test_api_module_of_another_package_wins_over_our_plugins():
    table = registry.CommandTable([
        registry.EntryPoint('openstack.cli.extension', 'orchestration',
                            'openstackclient_orchestration.client',
                            'openstackclient-orchestration', '0.1'),
        registry.EntryPoint('openstack.cli.extension', 'orchestration',
                            'heatclient.osc.plugin', 'python-heatclient',
                            '5.3'),
        registry.EntryPoint('openstack.cli.extension', 'dns',
                            'designateclient.osc.plugin',
                            'python-designateclient', '7.0'),
    ])
    chosen = {ep.name: ep.dist for ep in table.api_entry_points()}
    assert chosen == {'orchestration': 'python-heatclient',
                      'dns': 'python-designateclient'}
