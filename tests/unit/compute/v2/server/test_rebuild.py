"""Unit tests: server rebuild and server evacuate."""

import base64
from unittest import mock

import pytest
from openstack.compute.v2 import server as sdk_server
from openstack.image.v2 import image as sdk_image

from openstackclient.cli import errors
from openstackclient.compute.v2.server import rebuild
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf


def _server(status='ACTIVE', image=None, **attrs):
    return sdk_server.Server(id='s1', name='web', status=status,
                             image={'id': 'img1'} if image is None else image,
                             flavor={'original_name': 'm1.nano'}, **attrs)


@pytest.fixture
def proxies():
    compute = cf.proxy()
    compute.find_server.return_value = _server()
    compute.get_server.return_value = _server()
    compute.rebuild_server.return_value = _server(
        status='REBUILD', admin_password='made-up')
    image = fakes.sdk_proxy('image.v2')
    image.get_image.return_value = sdk_image.Image(id='img1', name='cirros')
    image.find_image.return_value = sdk_image.Image(id='img2', name='other')
    return compute, image


def run(cls, argv, proxies, version=None):
    compute, image = proxies
    return cf.run(cls, argv, compute, image=image, version=version)


def test_rebuild_defaults_to_current_image(proxies):
    compute, image = proxies
    _, result, _ = run(rebuild.RebuildServer, ['web'], proxies)
    args = compute.rebuild_server.call_args
    assert args.args[1].id == 'img1' and args.kwargs == {}
    shown = cf.as_dict(result)
    assert shown['status'] == 'REBUILD'
    assert shown['adminPass'] == 'made-up'


def test_rebuild_options(proxies, tmp_path):
    compute, image = proxies
    data = tmp_path / 'ud'
    data.write_bytes(b'#!/bin/sh\n')
    _, result, _ = run(rebuild.RebuildServer, [
        'web', '--image', 'other', '--name', 'new', '--password', 'pw',
        '--property', 'a=1', '--property', 'b=2', '--description', 'd',
        '--no-preserve-ephemeral', '--no-key-name', '--user-data',
        str(data), '--trusted-image-cert', 'c1', '--hostname', 'h'],
        proxies)
    args = compute.rebuild_server.call_args
    assert args.args[1].id == 'img2'
    assert args.kwargs == {
        'name': 'new', 'admin_password': 'pw', 'preserve_ephemeral': False,
        'metadata': {'a': '1', 'b': '2'}, 'description': 'd',
        'key_name': None,
        'user_data': base64.b64encode(b'#!/bin/sh\n').decode(),
        'trusted_image_certificates': ['c1'], 'hostname': 'h'}
    # A password the user gave is not echoed back.
    assert 'adminPass' not in cf.as_dict(result)


@pytest.mark.parametrize('argv, version', [
    (['--description', 'd'], '2.19'),
    (['--key-name', 'k'], '2.54'),
    (['--no-key-name'], '2.54'),
    (['--no-user-data'], '2.57'),
    (['--no-trusted-image-certs'], '2.63'),
    (['--hostname', 'h'], '2.90'),
])
def test_rebuild_microversion_gates(proxies, argv, version):
    compute, _ = proxies
    older = '2.%d' % (int(version.split('.')[1]) - 1)
    with pytest.raises(errors.UsageError) as caught:
        run(rebuild.RebuildServer, ['web'] + argv, proxies, version=older)
    assert f'{version} or greater' in str(caught.value)
    compute.rebuild_server.assert_not_called()
    run(rebuild.RebuildServer, ['web'] + argv, proxies, version=version)
    compute.rebuild_server.assert_called_once()


def test_rebuild_user_data_unreadable(proxies, tmp_path):
    with pytest.raises(errors.UsageError) as caught:
        run(rebuild.RebuildServer, ['web', '--user-data',
                                    str(tmp_path / 'nope')], proxies)
    assert "Can't open" in str(caught.value)


def test_rebuild_volume_backed(proxies):
    compute, _ = proxies
    compute.find_server.return_value = _server(image='')
    with pytest.raises(errors.UsageError) as caught:
        run(rebuild.RebuildServer, ['web'], proxies)
    assert '--image option is required' in str(caught.value)
    with pytest.raises(errors.UsageError) as caught:
        run(rebuild.RebuildServer, ['web', '--image', 'other'], proxies)
    assert '--reimage-boot-volume is required' in str(caught.value)
    run(rebuild.RebuildServer, ['web', '--image', 'other',
                                '--reimage-boot-volume'], proxies)
    compute.rebuild_server.assert_called_once()


def test_rebuild_refuses_other_states(proxies):
    compute, _ = proxies
    compute.find_server.return_value = _server(status='PAUSED')
    with pytest.raises(errors.CommandError) as caught:
        run(rebuild.RebuildServer, ['web'], proxies)
    assert 'not ACTIVE, SHUTOFF or ERROR' in str(caught.value)
    assert caught.value.exit_code == errors.CONFLICT


def test_rebuild_wait_keeps_status(proxies):
    compute, _ = proxies
    compute.find_server.return_value = _server(status='SHUTOFF')
    with mock.patch.object(rebuild._common, 'wait_for_status') as wait:
        wait.return_value = _server(status='SHUTOFF')
        _, result, _ = run(rebuild.RebuildServer, ['web', '--wait'],
                           proxies)
    assert wait.call_args.args[2] == ('shutoff',)
    shown = cf.as_dict(result)
    assert shown['status'] == 'SHUTOFF'
    assert shown['adminPass'] == 'made-up'


def test_evacuate(proxies):
    compute, _ = proxies
    _, result, _ = run(rebuild.EvacuateServer, ['web', '--host', 'h2',
                                                 '--password', 'pw'],
                       proxies)
    compute.evacuate_server.assert_called_once_with(
        compute.find_server.return_value, host='h2', admin_pass='pw')
    assert cf.as_dict(result)['id'] == 's1'


def test_evacuate_host_needs_2_29(proxies):
    with pytest.raises(errors.UsageError):
        run(rebuild.EvacuateServer, ['web', '--host', 'h2'], proxies,
            version='2.28')


def test_evacuate_shared_storage_only_before_2_14(proxies):
    compute, _ = proxies
    with pytest.raises(errors.UsageError) as caught:
        run(rebuild.EvacuateServer, ['web', '--shared-storage'], proxies)
    assert '2.13 or earlier' in str(caught.value)
    run(rebuild.EvacuateServer, ['web', '--shared-storage'], proxies,
        version='2.13')
    assert compute.evacuate_server.call_args.kwargs == {
        'host': None, 'admin_pass': None, 'on_shared_storage': True}
    with pytest.raises(SystemExit):
        run(rebuild.EvacuateServer, ['web', '--shared-storage',
                                     '--password', 'x'], proxies)


@pytest.mark.parametrize('status, version, target', [
    ('ACTIVE', None, ('shutoff',)),          # 2.95+: left stopped
    ('ACTIVE', '2.94', ('active',)),
    ('SHUTOFF', '2.94', ('active', 'shutoff')),
])
def test_evacuate_wait(proxies, status, version, target):
    compute, _ = proxies
    compute.find_server.return_value = _server(status=status)
    with mock.patch.object(rebuild._common, 'wait_for_status') as wait:
        wait.return_value = _server(status='SHUTOFF')
        run(rebuild.EvacuateServer, ['web', '--wait'], proxies,
            version=version)
    assert wait.call_args.args[2] == target


def test_evacuate_wait_is_done_only_off_the_source_host(proxies):
    """Nova can show the server SHUTOFF while it still names the source
    host: the wait goes on until the host changes too."""
    compute, _ = proxies
    compute.find_server.return_value = _server(compute_host='devcloud-1')
    compute.get_server.side_effect = [
        _server(status='SHUTOFF', compute_host='devcloud-1'),
        _server(status='SHUTOFF', compute_host='devcloud-2'),
        _server(status='SHUTOFF', compute_host='devcloud-2'),
    ]
    with mock.patch('time.sleep'):
        _, result, _ = run(rebuild.EvacuateServer, ['web', '--wait'],
                           proxies)
    assert cf.as_dict(result)['OS-EXT-SRV-ATTR:host'] == 'devcloud-2'
    assert compute.get_server.call_count >= 2
