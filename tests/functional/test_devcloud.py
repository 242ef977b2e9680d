"""The devcloud itself works: tokens, catalog, and each service answers.

These talk to the services through keystoneauth1 directly, not through the
CLI, so they say whether a failing CLI test is the CLI's fault or the
cloud's.
"""
import os
import socket
import time
import uuid

import pytest
from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

SERVICE_TYPES = {'keystone': 'identity', 'glance': 'image',
                 'placement': 'placement', 'swift': 'object-store',
                 'neutron': 'network', 'cinder': 'volumev3',
                 'nova': 'compute'}

# Extensions the network command tests rely on (one per service plugin or
# ML2 extension driver the devcloud enables).
NEUTRON_EXTENSIONS = (
    'router', 'extraroute', 'ext-gw-mode', 'external-net', 'security-group',
    'segment', 'qos', 'trunk', 'floating-ip-port-forwarding', 'local_ip',
    'network-segment-range', 'metering', 'l3-conntrack-helper',
    'standard-attr-tag', 'port-security', 'address-scope', 'address-group',
    'subnet_allocation', 'dns-integration', 'dns-domain-ports', 'flavors',
    'rbac-policies', 'network-ip-availability', 'allowed-address-pairs',
    'binding', 'agent', 'quotas',
)


def make_session(devcloud, cred):
    auth = v3.Password(auth_url=devcloud.auth_url,
                       username=cred['username'], password=cred['password'],
                       project_name=cred['project_name'],
                       user_domain_id='default', project_domain_id='default')
    return ks_session.Session(auth=auth)


def endpoint_filter(service_type, interface='public'):
    return {'service_type': service_type, 'interface': interface,
            'region_name': 'RegionOne'}


@pytest.fixture(scope='module')
def admin(devcloud):
    return make_session(devcloud, devcloud.admin)


@pytest.fixture(scope='module')
def demo(devcloud):
    return make_session(devcloud, devcloud.demo)


def need(devcloud, service):
    if service not in devcloud.services:
        pytest.skip('%s is not part of this devcloud' % service)


def test_admin_token(admin):
    access = admin.auth.get_access(admin)
    assert access.project_name == 'admin'
    assert 'admin' in access.role_names


def test_demo_token_is_member_of_demo(demo):
    access = demo.auth.get_access(demo)
    assert access.project_name == 'demo'
    assert access.username == 'demo'
    assert 'member' in access.role_names
    assert 'admin' not in access.role_names


@pytest.mark.parametrize('service', sorted(SERVICE_TYPES))
@pytest.mark.parametrize('interface', ['public', 'internal'])
def test_catalog_has_endpoint(devcloud, admin, service, interface):
    need(devcloud, service)
    url = admin.get_endpoint(**endpoint_filter(SERVICE_TYPES[service],
                                               interface))
    assert url and url.startswith('http://127.0.0.1:%d'
                                  % devcloud.ports[_process_of(service)])


def _process_of(service):
    return {'swift': 'swift-proxy', 'cinder': 'cinder-api',
            'nova': 'nova-api'}.get(service, service)


def test_glance_lists_images(devcloud, demo):
    need(devcloud, 'glance')
    resp = demo.get('/v2/images', endpoint_filter=endpoint_filter('image'))
    assert resp.status_code == 200
    assert isinstance(resp.json()['images'], list)


def test_placement_lists_resource_providers(devcloud, admin):
    need(devcloud, 'placement')
    resp = admin.get('/resource_providers',
                     endpoint_filter=endpoint_filter('placement'))
    assert resp.status_code == 200
    assert isinstance(resp.json()['resource_providers'], list)


def test_neutron_extensions(devcloud, admin):
    need(devcloud, 'neutron')
    resp = admin.get('/v2.0/extensions',
                     endpoint_filter=endpoint_filter('network'))
    assert resp.status_code == 200
    aliases = {ext['alias'] for ext in resp.json()['extensions']}
    assert set(NEUTRON_EXTENSIONS) - aliases == set()


def test_neutron_public_network_is_shared_and_external(devcloud, demo):
    need(devcloud, 'neutron')
    ef = endpoint_filter('network')
    nets = demo.get('/v2.0/networks?name=public',
                    endpoint_filter=ef).json()['networks']
    assert len(nets) == 1
    public = nets[0]
    assert public['router:external'] is True and public['shared'] is True
    subnets = demo.get('/v2.0/subnets?network_id=' + public['id'],
                       endpoint_filter=ef).json()['subnets']
    assert [s['cidr'] for s in subnets] == ['172.24.4.0/24']
    assert subnets[0]['gateway_ip'] == '172.24.4.1'


def test_neutron_demo_network_round_trip(devcloud, demo):
    need(devcloud, 'neutron')
    ef = endpoint_filter('network')
    name = 'fn-devcloud-%s' % uuid.uuid4().hex[:8]
    made = demo.post('/v2.0/networks', json={'network': {'name': name}},
                     endpoint_filter=ef)
    assert made.status_code == 201
    net = made.json()['network']
    try:
        assert net['status'] == 'ACTIVE'
        assert net['port_security_enabled'] is True
    finally:
        gone = demo.delete('/v2.0/networks/' + net['id'],
                           endpoint_filter=ef)
    assert gone.status_code == 204


def _poll(fetch, done, timeout=120):
    """fetch() until done(result) or timeout; the last result."""
    deadline = time.monotonic() + timeout
    while True:
        got = fetch()
        if done(got) or time.monotonic() > deadline:
            return got
        time.sleep(0.5)


def test_cinder_catalog_has_block_storage_too(devcloud, admin):
    need(devcloud, 'cinder')
    v3 = admin.get_endpoint(**endpoint_filter('volumev3'))
    assert admin.get_endpoint(**endpoint_filter('block-storage')) == v3
    assert v3.endswith('/v3/' + admin.get_project_id())


def test_cinder_services_are_up(devcloud, admin):
    need(devcloud, 'cinder')
    services = admin.get('/os-services',
                         endpoint_filter=endpoint_filter('volumev3')).json()
    state = {s['binary']: s['state'] for s in services['services']}
    assert state == {'cinder-scheduler': 'up', 'cinder-volume': 'up',
                     'cinder-backup': 'up'}


def test_cinder_image_volume_image_and_backup(devcloud, demo):
    """The file-backed driver moves real bytes: a volume from a Glance
    image, an image from that volume, and a backup of it restored."""
    need(devcloud, 'cinder')
    need(devcloud, 'glance')
    vol_ef, img_ef = endpoint_filter('volumev3'), endpoint_filter('image')
    name = 'fn-devcloud-%s' % uuid.uuid4().hex[:8]
    made = []                       # (endpoint filter, path) to delete

    def volume(vid):
        return demo.get('/volumes/' + vid,
                        endpoint_filter=vol_ef).json()['volume']

    try:
        image = demo.post('/v2/images', endpoint_filter=img_ef, json={
            'name': name, 'disk_format': 'raw',
            'container_format': 'bare'}).json()
        made.append((img_ef, '/v2/images/' + image['id']))
        demo.put('/v2/images/%s/file' % image['id'], endpoint_filter=img_ef,
                 data=os.urandom(1 << 20),
                 headers={'Content-Type': 'application/octet-stream'})
        vol = demo.post('/volumes', endpoint_filter=vol_ef, json={'volume': {
            'name': name, 'size': 1, 'imageRef': image['id']}}).json()['volume']
        made.append((vol_ef, '/volumes/' + vol['id']))
        vol = _poll(lambda: volume(vol['id']),
                    lambda v: v['status'] not in ('creating', 'downloading'))
        assert (vol['status'], vol['bootable']) == ('available', 'true')

        up = demo.post('/volumes/%s/action' % vol['id'],
                       endpoint_filter=vol_ef, json={
                           'os-volume_upload_image': {
                               'image_name': name + '-copy',
                               'disk_format': 'qcow2',
                               'container_format': 'bare'}})
        copy_id = up.json()['os-volume_upload_image']['image_id']
        made.append((img_ef, '/v2/images/' + copy_id))
        copy = _poll(lambda: demo.get('/v2/images/' + copy_id,
                                      endpoint_filter=img_ef).json(),
                     lambda i: i['status'] not in ('queued', 'saving'))
        assert copy['status'] == 'active' and copy['disk_format'] == 'qcow2'
        _poll(lambda: volume(vol['id']), lambda v: v['status'] == 'available')

        backup = demo.post('/backups', endpoint_filter=vol_ef, json={
            'backup': {'name': name, 'volume_id': vol['id']}}).json()
        made.append((vol_ef, '/backups/' + backup['backup']['id']))
        got = _poll(lambda: demo.get(
            '/backups/' + backup['backup']['id'],
            endpoint_filter=vol_ef).json()['backup'],
            lambda b: b['status'] not in ('creating',))
        assert got['status'] == 'available', got.get('fail_reason')
    finally:
        for ef, path in reversed(made):
            if path.startswith('/volumes/'):
                _poll(lambda: volume(path.rsplit('/', 1)[1]),
                      lambda v: v['status'] not in ('backing-up',
                                                    'uploading'))
            if path.startswith('/backups/'):
                _poll(lambda: demo.get(path, endpoint_filter=ef).json(),
                      lambda b: b['backup']['status'] != 'creating')
            demo.delete(path, endpoint_filter=ef, raise_exc=False)
            if path.startswith('/backups/'):
                _poll(lambda: demo.get(path, endpoint_filter=ef,
                                       raise_exc=False).status_code,
                      lambda code: code == 404)


def test_nova_has_two_hosts_and_the_flavors(devcloud, admin):
    need(devcloud, 'nova')
    ef = endpoint_filter('compute')
    hosts = admin.get('/os-hypervisors', endpoint_filter=ef).json()
    assert sorted(h['hypervisor_hostname'] for h in hosts['hypervisors']) \
        == ['devcloud-1', 'devcloud-2']
    services = admin.get('/os-services', endpoint_filter=ef).json()
    assert {(s['binary'], s['state']) for s in services['services']} == {
        ('nova-scheduler', 'up'), ('nova-conductor', 'up'),
        ('nova-compute', 'up')}
    flavors = admin.get('/flavors', endpoint_filter=ef).json()['flavors']
    assert {'m1.nano', 'm1.micro', 'm1.tiny', 'm1.small',
            'm1.medium'} <= {f['name'] for f in flavors}


def test_nova_boots_on_a_network_and_snapshots(devcloud, demo):
    """A server on a Neutron network goes ACTIVE (its port bound), and
    its snapshot reaches `active` in Glance."""
    need(devcloud, 'nova')
    net_ef, img_ef = endpoint_filter('network'), endpoint_filter('image')
    ef = endpoint_filter('compute')
    name = 'fn-devcloud-%s' % uuid.uuid4().hex[:8]
    made = []

    def server(sid):
        return demo.get('/servers/' + sid, endpoint_filter=ef,
                        raise_exc=False)

    try:
        net = demo.post('/v2.0/networks', endpoint_filter=net_ef, json={
            'network': {'name': name}}).json()['network']
        made.append((net_ef, '/v2.0/networks/' + net['id']))
        demo.post('/v2.0/subnets', endpoint_filter=net_ef, json={'subnet': {
            'network_id': net['id'], 'ip_version': 4,
            'cidr': '10.250.0.0/24'}})
        image = demo.post('/v2/images', endpoint_filter=img_ef, json={
            'name': name, 'disk_format': 'raw',
            'container_format': 'bare'}).json()
        made.append((img_ef, '/v2/images/' + image['id']))
        demo.put('/v2/images/%s/file' % image['id'], endpoint_filter=img_ef,
                 data=b'\0' * 4096,
                 headers={'Content-Type': 'application/octet-stream'})
        booted = demo.post('/servers', endpoint_filter=ef, json={'server': {
            'name': name, 'imageRef': image['id'], 'flavorRef': '42',
            'networks': [{'uuid': net['id']}]}}).json()['server']
        made.append((ef, '/servers/' + booted['id']))
        got = _poll(lambda: server(booted['id']).json()['server'],
                    lambda s: s['status'] != 'BUILD')
        assert got['status'] == 'ACTIVE', got.get('fault')
        assert list(got['addresses']) == [name]
        snap = demo.post('/servers/%s/action' % booted['id'],
                         endpoint_filter=ef,
                         json={'createImage': {'name': name + '-snap'}})
        snap_id = snap.headers['Location'].rsplit('/', 1)[1]
        made.append((img_ef, '/v2/images/' + snap_id))
        image = _poll(lambda: demo.get('/v2/images/' + snap_id,
                                       endpoint_filter=img_ef).json(),
                      lambda i: i['status'] not in ('queued', 'saving'))
        assert image['status'] == 'active' and image['size'] > 0
    finally:
        for ef_, path in reversed(made):
            demo.delete(path, endpoint_filter=ef_, raise_exc=False)
            if path.startswith('/servers/'):
                _poll(lambda: server(path.rsplit('/', 1)[1]).status_code,
                      lambda code: code == 404)


def test_swift_object_round_trip(devcloud, demo):
    need(devcloud, 'swift')
    ef = endpoint_filter('object-store')
    container = 'fn-devcloud-%s' % uuid.uuid4().hex[:8]
    body = b'hello devcloud ' + uuid.uuid4().hex.encode()
    demo.put('/' + container, endpoint_filter=ef)
    try:
        demo.put('/%s/greeting.txt' % container, data=body,
                 endpoint_filter=ef,
                 headers={'Content-Type': 'text/plain'})
        try:
            got = demo.get('/%s/greeting.txt' % container,
                           endpoint_filter=ef)
            assert got.content == body
        finally:
            demo.delete('/%s/greeting.txt' % container, endpoint_filter=ef)
    finally:
        demo.delete('/' + container, endpoint_filter=ef)
    gone = demo.head('/' + container, endpoint_filter=ef,
                     raise_exc=False)
    assert gone.status_code == 404


def test_status_lists_every_service(devcloud):
    result = devcloud.tool('status')
    assert result.returncode == 0, result.stdout + result.stderr
    for service in devcloud.services:
        assert service in result.stdout
    for process, port in devcloud.ports.items():
        assert process in result.stdout and str(port) in result.stdout


def test_env_exports_clouds_yaml(devcloud):
    result = devcloud.tool('env')
    assert result.returncode == 0
    assert ('export OS_CLIENT_CONFIG_FILE=%s' % devcloud.clouds_yaml
            in result.stdout.splitlines())
    assert 'export OS_CLOUD=devcloud-admin' in result.stdout.splitlines()
    assert os.path.isabs(devcloud.clouds_yaml)
    with open(devcloud.clouds_yaml) as f:
        text = f.read()
    assert 'devcloud-admin:' in text and 'devcloud-demo:' in text


def _listening(port):
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(('127.0.0.1', port)) == 0


@pytest.mark.skipif(
    os.environ.get('DEVCLOUD_TEST_DOWN') != '1',
    reason='stops the shared devcloud; run with DEVCLOUD_TEST_DOWN=1')
def test_down_leaves_no_listener_then_up_again(devcloud):
    down = devcloud.tool('down')
    assert down.returncode == 0, down.stdout + down.stderr
    still = [p for p in devcloud.ports.values() if _listening(p)]
    assert still == []
    assert devcloud.tool('status', '-q').returncode != 0
    up = devcloud.tool('up')
    assert up.returncode == 0, up.stdout + up.stderr
    assert devcloud.tool('status', '-q').returncode == 0
