"""Unit tests: server create (requests built from the options)."""

import base64

import pytest
from openstack.compute.v2 import flavor as sdk_flavor
from openstack.compute.v2 import server as sdk_server
from openstack.compute.v2 import server_group as sdk_group
from openstack.image.v2 import image as sdk_image
from openstack.network.v2 import network as sdk_network
from openstack.network.v2 import port as sdk_port
from openstack.network.v2 import security_group as sdk_sg

from openstackclient.cli import errors
from openstackclient.compute.v2.server import create
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf

IMAGE = sdk_image.Image(id='img1', name='cirros', os_distro='cirros')
FLAVOR = sdk_flavor.Flavor(id='42', name='m1.nano')


def _server(**kw):
    fields = dict(id='s1', name='web', status='ACTIVE',
                  image={'id': 'img1'},
                  flavor={'original_name': 'm1.nano', 'vcpus': 1},
                  addresses={'public': [{'addr': '172.24.4.9',
                                         'version': 4}]})
    fields.update(kw)
    return sdk_server.Server(**fields)


@pytest.fixture
def proxies():
    compute = cf.proxy()
    compute.find_flavor.return_value = FLAVOR
    compute.create_server.return_value = _server(status='BUILD',
                                                 admin_password='pw')
    compute.get_server.return_value = _server()
    compute.find_server_group.return_value = sdk_group.ServerGroup(id='g1')
    image = fakes.sdk_proxy('image.v2')
    image.find_image.return_value = IMAGE
    image.get_image.return_value = IMAGE
    image.images.return_value = [IMAGE]
    network = fakes.sdk_proxy('network.v2')
    network.find_network.return_value = sdk_network.Network(id='net1')
    network.find_port.return_value = sdk_port.Port(id='port1')
    network.find_security_group.return_value = sdk_sg.SecurityGroup(
        id='sg1')
    volume = fakes.sdk_proxy('block_storage.v3')
    return {'compute': compute, 'image': image, 'network': network,
            'volume': volume}


def run(argv, proxies, version=None):
    p = dict(proxies)
    compute = p.pop('compute')
    return cf.run(create.CreateServer, argv, compute, version=version, **p)


def sent(proxies):
    return proxies['compute'].create_server.call_args.kwargs


def test_image_boot_with_network(proxies):
    _, result, _ = run(['web', '--image', 'cirros', '--flavor', 'm1.nano',
                        '--network', 'public'], proxies)
    assert sent(proxies) == {
        'name': 'web', 'flavor_id': '42', 'image_id': 'img1',
        'min_count': 1, 'max_count': 1,
        'block_device_mapping': [{
            'uuid': 'img1', 'boot_index': 0, 'source_type': 'image',
            'destination_type': 'local', 'delete_on_termination': True}],
        'networks': [{'uuid': 'net1'}]}
    shown = cf.as_dict(result)
    assert shown['image'] == 'cirros (img1)'
    assert shown['status'] == 'ACTIVE'
    # Nova made the password up: the create output is where it is shown.
    assert shown['adminPass'] == 'pw'


def test_given_password_is_not_echoed(proxies):
    _, result, _ = run(['web', '--image', 'cirros', '--flavor', 'm1.nano',
                        '--password', 'secret'], proxies)
    assert sent(proxies)['admin_password'] == 'secret'
    assert 'adminPass' not in cf.as_dict(result)


def test_no_nic_means_auto_from_2_37(proxies):
    run(['web', '--image', 'cirros', '--flavor', 'm1.nano'], proxies)
    assert sent(proxies)['networks'] == 'auto'
    run(['web', '--image', 'cirros', '--flavor', 'm1.nano'], proxies,
        version='2.36')
    assert 'networks' not in sent(proxies)


def test_options_into_the_request(proxies, tmp_path):
    data = tmp_path / 'ud'
    data.write_bytes(b'#cloud-config\n')
    run(['web', '--image', 'cirros', '--flavor', 'm1.nano',
         '--nic', 'port-id=p,tag=eth0', '--nic', 'net-id=n,v4-fixed-ip=1.2.3.4',
         '--security-group', 'ssh', '--key-name', 'k', '--property', 'a=b',
         '--user-data', str(data), '--use-config-drive', '--hint', 'x=1',
         '--hint', 'x=2', '--server-group', 'grp', '--availability-zone',
         'nova', '--min', '2', '--max', '3', '--tag', 't1',
         '--description', 'd'], proxies)
    request = sent(proxies)
    assert request['networks'] == [{'port': 'port1', 'tag': 'eth0'},
                                   {'uuid': 'net1', 'fixed_ip': '1.2.3.4'}]
    assert request['security_groups'] == [{'name': 'sg1'}]
    assert request['key_name'] == 'k'
    assert request['metadata'] == {'a': 'b'}
    assert base64.b64decode(request['user_data']) == b'#cloud-config\n'
    assert request['config_drive'] is True
    assert request['scheduler_hints'] == {'x': ['1', '2'], 'group': 'g1'}
    assert request['availability_zone'] == 'nova'
    assert (request['min_count'], request['max_count']) == (2, 3)
    assert request['tags'] == ['t1'] and request['description'] == 'd'


def test_volume_boot_and_extra_devices(proxies):
    proxies['volume'].find_volume.return_value = sdk_server.Server(id='v1')
    run(['web', '--volume', 'boot', '--flavor', 'm1.nano', '--swap', '512',
         '--ephemeral', 'size=2,format=ext4',
         '--block-device', 'uuid=data,source_type=volume,boot_index=1'],
        proxies)
    request = sent(proxies)
    assert request['image_id'] == ''
    assert request['block_device_mapping'] == [
        {'uuid': 'v1', 'boot_index': 0, 'source_type': 'volume',
         'destination_type': 'volume'},
        {'boot_index': -1, 'source_type': 'blank',
         'destination_type': 'local', 'guest_format': 'swap',
         'volume_size': 512, 'delete_on_termination': True},
        {'boot_index': -1, 'source_type': 'blank',
         'destination_type': 'local', 'delete_on_termination': True,
         'volume_size': '2', 'guest_format': 'ext4'},
        {'uuid': 'v1', 'source_type': 'volume', 'boot_index': 1,
         'destination_type': 'volume'}]


def test_boot_from_volume_image(proxies):
    run(['web', '--image', 'cirros', '--boot-from-volume', '5',
         '--delete-on-termination', '--flavor', 'm1.nano'], proxies)
    request = sent(proxies)
    assert request['image_id'] == ''
    assert request['block_device_mapping'] == [{
        'uuid': 'img1', 'boot_index': 0, 'source_type': 'image',
        'destination_type': 'volume', 'volume_size': 5,
        'delete_on_termination': True}]


def test_image_property_picks_matching_image(proxies):
    run(['web', '--image-property', 'os_distro=cirros', '--flavor', 'x'],
        proxies)
    assert sent(proxies)['image_id'] == 'img1'
    with pytest.raises(errors.NotFoundError):
        run(['web', '--image-property', 'os_distro=arch', '--flavor', 'x'],
            proxies)


@pytest.mark.parametrize('argv', [
    ['--flavor', 'x'],                                   # nothing to boot
    ['--flavor', 'x', '--volume', 'v', '--boot-from-volume', '1'],
    ['--flavor', 'x', '--image', 'i', '--delete-on-termination'],
    ['--flavor', 'x', '--image', 'i', '--min', '3', '--max', '2'],
    ['--flavor', 'x', '--image', 'i', '--nic', 'auto', '--network', 'n'],
    ['--flavor', 'x', '--image', 'i', '--block-device', 'boot_index=z'],
])
def test_bad_combinations_are_usage_errors(proxies, argv):
    with pytest.raises(errors.UsageError):
        run(['web', *argv], proxies)
    proxies['compute'].create_server.assert_not_called()


@pytest.mark.parametrize('option, version', [
    (['--tag', 't'], '2.51'), (['--description', 'd'], '2.18'),
    (['--host', 'h'], '2.73'), (['--hostname', 'h'], '2.89'),
    (['--nic', 'net-id=n,tag=t'], '2.42'), (['--no-network'], '2.36')])
def test_microversion_needed(proxies, option, version):
    with pytest.raises(errors.UsageError, match='compute-api-version'):
        run(['web', '--image', 'i', '--flavor', 'x', *option], proxies,
            version=version)


@pytest.mark.parametrize('value', [
    'net-id=a,port-id=b', 'v4-fixed-ip=1,v6-fixed-ip=2', 'bogus=1'])
def test_bad_nic_is_a_parse_error(proxies, value):
    with pytest.raises(SystemExit):
        run(['web', '--image', 'i', '--flavor', 'x', '--nic', value],
            proxies)


def test_wait_polls_until_active(proxies, monkeypatch):
    states = iter([_server(status='BUILD', progress=50), _server()])
    proxies['compute'].get_server.side_effect = lambda _id: next(states)
    monkeypatch.setattr('time.sleep', lambda _s: None)
    _, result, _ = run(['web', '--image', 'i', '--flavor', 'x', '--wait'],
                       proxies)
    assert cf.as_dict(result)['status'] == 'ACTIVE'


def test_wait_fails_on_error_with_the_fault(proxies, monkeypatch):
    proxies['compute'].get_server.return_value = _server(
        status='ERROR', fault={'message': 'No valid host was found.'})
    with pytest.raises(errors.CommandError, match='No valid host'):
        run(['web', '--image', 'i', '--flavor', 'x', '--wait'], proxies)
