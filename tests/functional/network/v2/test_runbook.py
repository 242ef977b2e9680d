"""A tenant network as a member (the demo user) would build it, end to end,
then torn down in reverse; and what Neutron refuses on the way, each as one
line with the right exit code."""

from tests.functional.network.v2.core_fixtures import (  # noqa: F401
    listed, one_line_error, show)

DEMO = 'devcloud-demo'


def test_tenant_network_runbook(openstack, unique_name):
    def cli(*args, **kw):
        return openstack(*args, cloud=DEMO, **kw)

    def made(kind, *args):
        return cli(*kind.split(), 'create', *args, parse_json=True).json

    names = {k: unique_name(k) for k in ('net', 'sub', 'router', 'sg',
                                         'port')}
    undo = []      # (argv, ...) run in reverse whatever happens
    try:
        net = made('network', names['net'])
        undo.append(('network', 'delete', net['id']))
        sub = made('subnet', names['sub'], '--network', names['net'],
                   '--subnet-range', '10.80.0.0/24', '--dns-nameserver',
                   '192.0.2.53')
        undo.append(('subnet', 'delete', sub['id']))
        router = made('router', names['router'], '--external-gateway',
                      'public')
        undo.append(('router', 'delete', router['id']))
        assert router['external_gateway_info']['network_id'] == show(
            openstack, 'network', 'public', cloud=DEMO)['id']
        cli('router', 'add', 'subnet', names['router'], names['sub'])
        undo.append(('router', 'remove', 'subnet', router['id'], sub['id']))
        sg = made('security group', names['sg'], '--description', 'ssh in')
        undo.append(('security', 'group', 'delete', sg['id']))
        rule = made('security group rule', names['sg'], '--protocol', 'tcp',
                    '--dst-port', '22', '--remote-ip', '0.0.0.0/0')
        assert rule['port_range_min'] == 22
        port = made('port', names['port'], '--network', names['net'],
                    '--security-group', names['sg'])
        undo.append(('port', 'delete', port['id']))
        assert port['security_group_ids'] == [sg['id']]
        fip = made('floating ip', 'public', '--port', names['port'])
        undo.append(('floating', 'ip', 'delete', fip['id']))
        assert fip['port_id'] == port['id']
        assert fip['fixed_ip_address'] == port['fixed_ips'][0]['ip_address']
        assert fip['router_id'] == router['id']

        # Neutron says no, cleanly.
        overlap = cli('subnet', 'create', unique_name('sub'), '--network',
                      net['id'], '--subnet-range', '10.80.0.128/25',
                      check=False)
        assert 'overlaps' in one_line_error(overlap, 2)
        in_use = cli('network', 'delete', net['id'], check=False)
        assert 'still in use' in one_line_error(in_use, 6)
        assert show(openstack, 'network', net['id'], cloud=DEMO)['id'] == \
            net['id']
        # A member may not make an external network.
        forbidden = cli('network', 'create', unique_name('net'),
                        '--external', check=False)
        assert '(HTTP 403)' in one_line_error(forbidden, 4)

        # Torn down in reverse, each step checked.
        while undo:
            cli(*undo.pop())
        assert cli('network', 'show', net['id'], check=False).rc == 5
        assert cli('floating', 'ip', 'show', fip['id'], check=False).rc == 5
        assert cli('router', 'show', router['id'], check=False).rc == 5
        assert names['sg'] not in [r['Name'] for r in listed(
            openstack, 'security group', cloud=DEMO)]
    finally:
        while undo:
            cli(*undo.pop(), check=False)
