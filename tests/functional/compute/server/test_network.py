"""Functional tests: a server's fixed and floating IPs, networks, ports and
security groups, against the devcloud's Nova and Neutron.

Servers boot on the shared ``public`` network; a tenant network routed
to ``public`` (module fixture ``routed``) is what floating IPs reach.
Nova detaches interfaces in the background, so detaches are polled.
"""

import time
import uuid

import pytest

from tests.functional.compute import one_line_error


def until(check, timeout=60, what='condition'):
    """Poll ``check()`` until it returns something true; return it."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f'timed out waiting for {what}')
        time.sleep(1)


@pytest.fixture(scope='module')
def routed(openstack):
    """A tenant network and subnet, routed to ``public``."""
    tag = uuid.uuid4().hex[:8]
    names = {'network': f'fn-net-{tag}', 'subnet': f'fn-subnet-{tag}',
             'router': f'fn-router-{tag}'}
    undo = []
    try:
        openstack('network', 'create', names['network'])
        undo.append(('network', 'delete', names['network']))
        openstack('subnet', 'create', names['subnet'], '--network',
                  names['network'], '--subnet-range', '10.77.0.0/24')
        openstack('router', 'create', names['router'])
        undo.append(('router', 'delete', names['router']))
        openstack('router', 'set', names['router'], '--external-gateway',
                  'public')
        openstack('router', 'add', 'subnet', names['router'],
                  names['subnet'])
        undo.append(('router', 'remove', 'subnet', names['router'],
                     names['subnet']))
        yield names
    finally:
        for args in reversed(undo):
            openstack(*args, check=False)


def ports(openstack, server_id):
    """``{port ID: [fixed IPs]}`` of the server's ports, from Neutron."""
    rows = openstack('port', 'list', '--server', server_id,
                     parse_json=True).json
    return {row['ID']: [ip['ip_address'] for ip in
                        row['Fixed IP Addresses']]
            for row in rows}


def count_ports(openstack, server_id, network):
    """How many of the server's ports are on ``network``."""
    return len(openstack('port', 'list', '--server', server_id,
                         '--network', network, parse_json=True).json)


def network_id(openstack, name):
    return openstack('network', 'show', name, '-f', 'value', '-c',
                     'id').stdout.strip()


def test_fixed_ip_add_shows_the_interface_and_remove_frees_it(
        openstack, boot, routed):
    server = boot()
    shown = openstack('server', 'add', 'fixed', 'ip', server['id'],
                      routed['network'], '--fixed-ip-address', '10.77.0.40',
                      '--tag', 'fixed', parse_json=True).json
    assert list(shown) == ['Port ID', 'Server ID', 'Network ID',
                           'MAC Address', 'Port State', 'Fixed IPs', 'Tag']
    assert shown['Server ID'] == server['id']
    assert shown['Network ID'] == network_id(openstack, routed['network'])
    assert shown['Tag'] == 'fixed'
    assert [ip['ip_address'] for ip in shown['Fixed IPs']] == ['10.77.0.40']
    assert ports(openstack, server['id'])[shown['Port ID']] == [
        '10.77.0.40']
    addresses = until(
        lambda: openstack('server', 'show', server['id'], parse_json=True)
        .json['addresses'].get(routed['network']), what='the address')
    assert addresses == ['10.77.0.40']

    openstack('server', 'remove', 'fixed', 'ip', server['id'], '10.77.0.40')
    # Nova takes the address off the port and keeps the port.
    until(lambda: ports(openstack, server['id']).get(shown['Port ID'])
          == [], what='the address to go')


def test_fixed_ip_refusals(openstack, server, routed):
    # The router's address on the subnet.
    taken = openstack('server', 'add', 'fixed', 'ip', server['id'],
                      routed['network'], '--fixed-ip-address', '10.77.0.1',
                      check=False)
    assert one_line_error(taken, 6) == (
        'openstack: Fixed IP 10.77.0.1 is already in use. (HTTP 409)')
    pinned = openstack('--os-compute-api-version', '2.44', 'server',
                       'remove', 'fixed', 'ip', server['id'], '10.0.0.1',
                       check=False)
    assert one_line_error(pinned, 2).startswith(
        'openstack: server remove fixed ip was removed in compute API 2.44')
    old = openstack('--os-compute-api-version', '2.48', 'server', 'add',
                    'network', server['id'], routed['network'], '--tag', 't',
                    check=False)
    assert one_line_error(old, 2) == (
        'openstack: --tag needs --os-compute-api-version 2.49 or greater '
        '(requested: 2.48)')
    missing = openstack('server', 'add', 'network', server['id'],
                        'fn-no-such-network', check=False)
    assert one_line_error(missing, 5) == (
        "openstack: No network with a name or ID of 'fn-no-such-network' "
        "exists.")


def test_network_add_and_remove(openstack, boot, routed):
    server = boot()
    openstack('server', 'add', 'network', server['id'], routed['network'],
              '--tag', 'net')
    openstack('server', 'add', 'network', server['id'], routed['network'])
    assert count_ports(openstack, server['id'], routed['network']) == 2
    assert count_ports(openstack, server['id'], 'public') == 1

    # Every port on the network goes; the others stay.
    openstack('server', 'remove', 'network', server['id'],
              routed['network'])
    until(lambda: count_ports(openstack, server['id'],
                              routed['network']) == 0,
          what='both ports to go')
    assert count_ports(openstack, server['id'], 'public') == 1


def test_port_add_and_remove(openstack, cleanup, boot, routed,
                             unique_name):
    server = boot()
    port = unique_name('port')
    cleanup('port', 'delete', port)
    port_id = openstack('port', 'create', port, '--network',
                        routed['network'], parse_json=True).json['id']
    openstack('server', 'add', 'port', server['id'], port, '--tag', 'p')
    shown = openstack('port', 'show', port, parse_json=True).json
    assert shown['device_id'] == server['id']
    assert shown['device_owner'] == 'compute:nova'

    openstack('server', 'remove', 'port', server['id'], port)
    until(lambda: openstack('port', 'show', port_id, parse_json=True)
          .json['device_id'] == '', what='the port to be detached')
    # A port the user made outlives the detach; removing it again is
    # refused in one line (Nova would accept it and do nothing).
    again = openstack('server', 'remove', 'port', server['id'], port,
                      check=False)
    assert one_line_error(again, 5) == (
        f"openstack: Port '{port}' is not attached to server "
        f"'{server['id']}'")


def test_floating_ip_add_and_remove(openstack, boot, cleanup, routed):
    server = boot()
    made = openstack('server', 'add', 'fixed', 'ip', server['id'],
                     routed['network'], '--fixed-ip-address', '10.77.0.60',
                     parse_json=True).json
    floating = openstack('floating', 'ip', 'create', 'public',
                         parse_json=True).json
    address = floating['floating_ip_address']
    cleanup('floating', 'ip', 'delete', floating['id'])

    def held():
        shown = openstack('floating', 'ip', 'show', address,
                          parse_json=True).json
        return shown['port_id'], shown['fixed_ip_address']

    openstack('server', 'add', 'floating', 'ip', server['id'], address,
              '--fixed-ip-address', '10.77.0.60')
    assert held() == (made['Port ID'], '10.77.0.60')
    openstack('server', 'remove', 'floating', 'ip', server['id'], address)
    assert held() == (None, None)
    # Not associated: removing again changes nothing, as in OSC.
    openstack('server', 'remove', 'floating', 'ip', server['id'], address)

    # Without --fixed-ip-address: the port on 'public' cannot reach
    # 'public' through a router, so the routed port is the one used.
    openstack('server', 'add', 'floating', 'ip', server['id'], address)
    assert held() == (made['Port ID'], '10.77.0.60')
    openstack('server', 'remove', 'floating', 'ip', server['id'], address)

    wrong = openstack('server', 'add', 'floating', 'ip', server['id'],
                      address, '--fixed-ip-address', '10.77.0.99',
                      check=False)
    assert one_line_error(wrong, 5) == (
        f"openstack: No port of server '{server['id']}' has the fixed IP "
        'address 10.77.0.99')
    unknown = openstack('server', 'add', 'floating', 'ip', server['id'],
                        '203.0.113.9', check=False)
    assert one_line_error(unknown, 5) == (
        "openstack: No floating IP with a name or ID of '203.0.113.9' "
        "exists.")


def test_floating_ip_unreachable_is_neutrons_one_line(openstack, server,
                                                      cleanup):
    floating = openstack('floating', 'ip', 'create', 'public',
                         parse_json=True).json
    cleanup('floating', 'ip', 'delete', floating['id'])
    result = openstack('server', 'add', 'floating', 'ip', server['id'],
                       floating['floating_ip_address'], check=False)
    line = one_line_error(result, 5)
    assert 'is not reachable from subnet' in line
    assert '(HTTP 404)' in line


def test_floating_ip_of_another_server_is_not_removed(openstack, boot,
                                                      cleanup, routed):
    holder, other = boot(), boot()
    made = openstack('server', 'add', 'fixed', 'ip', holder['id'],
                     routed['network'], parse_json=True).json
    floating = openstack('floating', 'ip', 'create', 'public',
                         parse_json=True).json
    cleanup('floating', 'ip', 'delete', floating['id'])
    address = floating['floating_ip_address']
    openstack('server', 'add', 'floating', 'ip', holder['id'], address)
    result = openstack('server', 'remove', 'floating', 'ip', other['id'],
                       address, check=False)
    assert one_line_error(result, 1) == (
        f"openstack: Floating IP {address} is associated with port "
        f"{made['Port ID']}, not a port of server '{other['id']}'")
    shown = openstack('floating', 'ip', 'show', address, parse_json=True)
    assert shown.json['port_id'] == made['Port ID']


def groups_of(openstack, server_id):
    shown = openstack('server', 'show', server_id, parse_json=True).json
    return {group['name'] for group in shown.get('security_groups', [])}


def test_security_groups_add_and_remove(openstack, cleanup, boot,
                                        unique_name):
    # cleanup before boot: the groups are deleted after the server.
    server = boot()
    first, second = unique_name('sg'), unique_name('sg')
    for name in (first, second):
        cleanup('security', 'group', 'delete', name)
    openstack('security', 'group', 'create', first)
    second_id = openstack('security', 'group', 'create', second,
                          parse_json=True).json['id']
    # By name (looked up in the server's project: the admin sees other
    # projects' 'default' groups too) and by ID.
    openstack('server', 'add', 'security', 'group', server['id'], first,
              second_id)
    assert groups_of(openstack, server['id']) == {'default', first, second}

    openstack('server', 'remove', 'security', 'group', server['id'], first,
              'default')
    assert groups_of(openstack, server['id']) == {second}

    missing = unique_name('nothing')
    result = openstack('server', 'add', 'security', 'group', server['id'],
                       missing, first, check=False)
    assert result.rc == 5
    assert result.stderr.strip().splitlines() == [
        f"Failed to add security group '{missing}' to server "
        f"'{server['id']}': No security group with a name or ID of "
        f"'{missing}' exists.",
        'openstack: 1 of 2 security groups were not added.']
    assert groups_of(openstack, server['id']) == {first, second}

    again = openstack('server', 'remove', 'security', 'group', server['id'],
                      'default', check=False)
    line = one_line_error(again, 5)
    assert 'not associated with the instance' in line


def test_demo_user_cannot_touch_the_admins_server(openstack, server):
    result = openstack('server', 'add', 'security', 'group', server['id'],
                       'default', cloud='devcloud-demo', check=False)
    assert one_line_error(result, 5) == (
        f"openstack: No server with a name or ID of '{server['id']}' "
        'exists.')
