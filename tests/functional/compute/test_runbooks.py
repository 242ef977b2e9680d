"""Two runbooks end to end against the devcloud, as people run them.

An application developer's: a key pair, a security group that lets SSH
in, a server on a tenant network behind a router with a floating IP, a
volume attached, a resize confirmed, a snapshot to an image, and the
server deleted with --wait.

An operator's: a host aggregate with both hosts and metadata, exposed as
an availability zone; a flavor with extra specs; a server group with
anti-affinity and servers booted into it (on different hosts); then one
host drained by live-migrating its server to the other.
"""

import os
import stat
import time

from tests.functional.compute.server.conftest import IMAGE

HOSTS = ('devcloud-1', 'devcloud-2')


def _until(check, what, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert time.monotonic() < deadline, f'timed out waiting for {what}'
        time.sleep(1)


def test_app_developer(openstack, cleanup, unique_name, tmp_path):
    key, sg, net = (unique_name('key'), unique_name('ssh'),
                    unique_name('net'))
    subnet, router, vol = (unique_name('subnet'), unique_name('router'),
                           unique_name('vol'))
    server, snap = unique_name('app'), unique_name('snap')
    pem = tmp_path / 'key.pem'

    cleanup('keypair', 'delete', key)
    made = openstack('keypair', 'create', key, '--private-key', pem,
                     parse_json=True).json
    assert made['name'] == key
    assert stat.S_IMODE(os.stat(pem).st_mode) == 0o600
    assert pem.read_text().startswith('-----BEGIN')

    cleanup('security', 'group', 'delete', sg)
    openstack('security', 'group', 'create', sg, '--description', 'SSH in')
    rule = openstack('security', 'group', 'rule', 'create', sg,
                     '--protocol', 'tcp', '--dst-port', '22',
                     '--remote-ip', '0.0.0.0/0', parse_json=True).json
    assert (rule['port_range_min'], rule['port_range_max']) == (22, 22)

    cleanup('network', 'delete', net)
    openstack('network', 'create', net)
    cleanup('subnet', 'delete', subnet)
    openstack('subnet', 'create', subnet, '--network', net,
              '--subnet-range', '10.123.0.0/24')
    cleanup('router', 'delete', router)
    openstack('router', 'create', router)
    openstack('router', 'set', router, '--external-gateway', 'public')
    cleanup('router', 'remove', 'subnet', router, subnet)
    openstack('router', 'add', 'subnet', router, subnet)

    cleanup('server', 'delete', server, '--wait')
    booted = openstack('server', 'create', server, '--image', IMAGE,
                       '--flavor', 'm1.nano', '--network', net,
                       '--key-name', key, '--security-group', sg, '--wait',
                       parse_json=True).json
    assert booted['status'] == 'ACTIVE'
    assert booted['key_name'] == key
    assert booted['security_groups'] == [{'name': sg}]
    fixed, = booted['addresses'][net]
    assert fixed.startswith('10.123.0.')

    fip = openstack('floating', 'ip', 'create', 'public',
                    parse_json=True).json
    address = fip['floating_ip_address']
    cleanup('floating', 'ip', 'delete', fip['id'])
    openstack('server', 'add', 'floating', 'ip', server, address)
    shown = _until(
        lambda: (lambda s: s if address in s['addresses'][net] else None)(
            openstack('server', 'show', server, parse_json=True).json),
        'the floating IP in server show')
    assert shown['addresses'][net] == [fixed, address]
    port, = openstack('port', 'list', '--server', server, '-f', 'value',
                      '-c', 'ID').stdout.split()
    assert openstack('floating', 'ip', 'show', address,
                     parse_json=True).json['port_id'] == port

    cleanup('volume', 'delete', vol, '--wait')
    openstack('volume', 'create', vol, '--size', '1', '--wait')
    openstack('server', 'add', 'volume', server, vol)
    volume = _until(
        lambda: (lambda v: v if v['status'] == 'in-use' else None)(
            openstack('volume', 'show', vol, parse_json=True).json),
        'the volume to be in use')
    assert volume['attachments'][0]['server_id'] == booted['id']
    attached = openstack('server', 'show', server,
                         parse_json=True).json['volumes_attached']
    assert [a['id'] for a in attached] == [volume['id']]

    openstack('server', 'resize', server, '--flavor', 'm1.micro', '--wait')
    resized = openstack('server', 'show', server, parse_json=True).json
    assert resized['status'] == 'VERIFY_RESIZE'
    openstack('server', 'resize', 'confirm', server)
    confirmed = _until(
        lambda: (lambda s: s if s['status'] == 'ACTIVE' else None)(
            openstack('server', 'show', server, parse_json=True).json),
        'the resize to be confirmed')
    assert confirmed['flavor']['original_name'] == 'm1.micro'

    cleanup('image', 'delete', snap)
    image = openstack('server', 'image', 'create', server, '--name', snap,
                      '--wait', parse_json=True).json
    assert image['name'] == snap
    assert openstack('image', 'show', snap,
                     parse_json=True).json['status'] == 'active'

    openstack('server', 'delete', server, '--wait')
    gone = openstack('server', 'show', server, check=False)
    assert gone.rc == 5
    # The volume outlives the server and is free again.
    assert _until(lambda: openstack('volume', 'show', vol, parse_json=True)
                  .json['status'] == 'available', 'the volume to be freed')


def test_operator(openstack, cleanup, unique_name):
    aggregate, zone = unique_name('agg'), unique_name('az')
    flavor, group = unique_name('flavor'), unique_name('grp')
    first, second = unique_name('srv'), unique_name('srv')

    cleanup('aggregate', 'delete', aggregate)
    made = openstack('aggregate', 'create', aggregate, '--zone', zone,
                     '--property', 'ssd=true', parse_json=True).json
    assert made['availability_zone'] == zone
    for host in HOSTS:
        cleanup('aggregate', 'remove', 'host', aggregate, host)
        openstack('aggregate', 'add', 'host', aggregate, host)
    shown = openstack('aggregate', 'show', aggregate, parse_json=True).json
    assert sorted(shown['hosts']) == list(HOSTS)
    assert shown['properties'] == {'ssd': 'true'}
    zones = openstack('availability', 'zone', 'list', '--compute',
                      parse_json=True).json
    assert {'Zone Name': zone, 'Zone Status': 'available'} in zones

    cleanup('flavor', 'delete', flavor)
    openstack('flavor', 'create', flavor, '--ram', '128', '--disk', '1',
              '--vcpus', '1', '--property', 'hw:cpu_policy=shared',
              '--property', 'aggregate_instance_extra_specs:ssd=true')
    specs = openstack('flavor', 'show', flavor,
                      parse_json=True).json['properties']
    assert specs == {'hw:cpu_policy': 'shared',
                     'aggregate_instance_extra_specs:ssd': 'true'}

    cleanup('server', 'group', 'delete', group)
    openstack('server', 'group', 'create', group, '--policy',
              'anti-affinity')
    servers = {}
    for name in (first, second):
        cleanup('server', 'delete', name, '--wait')
        servers[name] = openstack(
            'server', 'create', name, '--image', IMAGE, '--flavor', flavor,
            '--network', 'public', '--availability-zone', zone,
            '--server-group', group, '--wait', parse_json=True).json
    hosts = {s['OS-EXT-SRV-ATTR:host'] for s in servers.values()}
    assert hosts == set(HOSTS)      # anti-affinity: one per host
    assert {s['OS-EXT-AZ:availability_zone']
            for s in servers.values()} == {zone}
    members = openstack('server', 'group', 'show', group,
                        parse_json=True).json['members']
    assert sorted(members) == sorted(s['id'] for s in servers.values())

    # Drain the first server's host: its neighbour goes, then it moves
    # to the other host, live.
    source = servers[first]['OS-EXT-SRV-ATTR:host']
    target, = set(HOSTS) - {source}
    openstack('server', 'delete', second, '--wait')
    openstack('server', 'migrate', first, '--live-migration', '--host',
              target, '--wait')
    moved = openstack('server', 'show', first, parse_json=True).json
    assert moved['status'] == 'ACTIVE'
    assert moved['OS-EXT-SRV-ATTR:host'] == target
    migrations = openstack('server', 'migration', 'list', '--server', first,
                           parse_json=True).json
    assert [(m['Source Compute'], m['Dest Compute'], m['Status'],
             m['Type']) for m in migrations] == [
        (source, target, 'completed', 'live-migration')]
