"""Unit tests: availability zone list on an autospec'd network proxy."""

import pytest
from openstack.network.v2 import availability_zone as sdk_az
from openstack.network.v2 import extension as sdk_extension

from openstackclient.common import availability_zone as az
from tests.unit import fakes

ZONES = [sdk_az.AvailabilityZone(name='nova', state='available',
                                 resource='network'),
         sdk_az.AvailabilityZone(name='z2', state='unavailable',
                                 resource='router')]


def only(*types_):
    return lambda service_type, *args: service_type in types_


@pytest.fixture
def net():
    proxy = fakes.sdk_proxy('network.v2')
    proxy.find_extension.return_value = sdk_extension.Extension(
        alias='availability_zone')
    proxy.availability_zones.return_value = ZONES
    return proxy


def run(argv, net, catalog=('network',)):
    return fakes.run_command(az.ListAvailabilityZone, argv, network=net,
                             is_service_available=only(*catalog))


def test_list(net):
    _, (labels, rows) = run([], net)
    net.find_extension.assert_called_once_with('availability_zone')
    assert labels == ('Zone Name', 'Zone Status')
    assert rows == [('nova', 'available'), ('z2', 'not available')]


def test_list_long(net):
    _, (labels, rows) = run(['--long', '--network'], net)
    assert labels == ('Zone Name', 'Zone Status', 'Zone Resource',
                      'Host Name', 'Service Name', 'Service Status')
    assert rows[1] == ('z2', 'not available', 'router', '', '', '')


def test_no_extension(net, caplog):
    net.find_extension.return_value = None
    assert run(['--network'], net)[1][1] == []
    assert 'not supported by Network API' in caplog.text


def test_services_not_in_catalog(net, caplog):
    _, (_, rows) = run(['--compute', '--volume'], net)
    assert rows == []
    net.availability_zones.assert_not_called()
    assert 'Compute API is not available' in caplog.text
    assert 'Block Storage API is not available' in caplog.text


def test_network_not_in_catalog_skipped_quietly(net, caplog):
    assert run([], net, catalog=())[1][1] == []
    assert [r for r in caplog.records if r.levelname != 'DEBUG'] == []


def compute_zones():
    from openstack.compute.v2 import availability_zone as sdk_caz
    svc = {'available': True, 'active': False, 'updated_at': 't1'}
    return [sdk_caz.AvailabilityZone(
        name='nova', state={'available': True},
        hosts={'h1': {'nova-compute': svc}}),
        sdk_caz.AvailabilityZone(name='z9', state={'available': False},
                                 hosts=None)]


def run_compute(argv, compute):
    return fakes.run_command(az.ListAvailabilityZone, argv, compute=compute,
                             is_service_available=only('compute'))


def test_compute_zones():
    compute = fakes.sdk_proxy('compute.v2')
    compute.availability_zones.return_value = compute_zones()
    _, (labels, rows) = run_compute(['--compute'], compute)
    compute.availability_zones.assert_called_once_with(details=True)
    assert rows == [('nova', 'available'), ('z9', 'not available')]
    _, (labels, rows) = run_compute(['--compute', '--long'], compute)
    assert rows == [('nova', 'available', '', 'h1', 'nova-compute',
                     'disabled :-) t1'),
                    ('z9', 'not available', '', '', '', '')]


def test_compute_zones_without_details_for_members():
    from openstack import exceptions as sdk_exc
    compute = fakes.sdk_proxy('compute.v2')
    compute.availability_zones.side_effect = [
        sdk_exc.ForbiddenException(http_status=403), compute_zones()[:1]]
    _, (_, rows) = run_compute(['--compute'], compute)
    assert rows == [('nova', 'available')]
    assert compute.availability_zones.call_args_list[-1].kwargs == {
        'details': False}


def test_volume_zones(net):
    from openstack.block_storage.v3 import availability_zone as sdk_vaz
    vol = fakes.sdk_proxy('block_storage.v3')
    vol.availability_zones.return_value = [
        sdk_vaz.AvailabilityZone(name='nova', state={'available': True}),
        sdk_vaz.AvailabilityZone(name='z9', state={'available': False})]
    _, (labels, rows) = fakes.run_command(
        az.ListAvailabilityZone, ['--volume', '--long'], network=net,
        volume=vol, is_service_available=only('network', 'volumev3'))
    assert rows == [('nova', 'available', '', '', '', ''),
                    ('z9', 'not available', '', '', '', '')]
    net.availability_zones.assert_not_called()


def test_volume_zones_api_missing(net, caplog):
    vol = fakes.sdk_proxy('block_storage.v3')
    vol.availability_zones.side_effect = RuntimeError('404')
    _, (_, rows) = fakes.run_command(
        az.ListAvailabilityZone, ['--volume'], network=net, volume=vol,
        is_service_available=only('volumev3'))
    assert rows == []
    assert 'not supported by Block Storage API' in caplog.text
