"""Unit tests: server show and server delete."""

import pytest
from openstack.compute.v2 import server as sdk_server
from openstack.image.v2 import image as sdk_image

from openstackclient.cli import errors
from openstackclient.compute.v2.server import delete, show
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(
    id='s1', name='web', status='ACTIVE', image={'id': 'img1'},
    flavor={'original_name': 'm1.nano', 'ram': 128}, power_state=4,
    addresses={'net': [{'addr': '10.0.0.5', 'version': 4}]},
    attached_volumes=[{'id': 'v1', 'delete_on_termination': False,
                       'location': None}],
    metadata={'a': 'b'}, tags=['x'], security_groups=[{'name': 'default'}])


@pytest.fixture
def proxies():
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    compute.get_server.return_value = SERVER
    image = fakes.sdk_proxy('image.v2')
    image.get_image.return_value = sdk_image.Image(id='img1', name='cirros')
    return compute, image


def test_show_fields(proxies):
    compute, image = proxies
    _, result, _ = cf.run(show.ShowServer, ['web'], compute, image=image)
    shown = cf.as_dict(result)
    assert list(result[0]) == sorted(result[0])
    assert shown['image'] == 'cirros (img1)'
    assert shown['flavor'].machine_readable()['original_name'] == 'm1.nano'
    assert shown['OS-EXT-STS:power_state'].human_readable() == 'Shutdown'
    assert shown['addresses'].human_readable() == 'net=10.0.0.5'
    assert shown['volumes_attached'].machine_readable() == [
        {'id': 'v1', 'delete_on_termination': False}]
    assert shown['properties'].machine_readable() == {'a': 'b'}
    assert 'adminPass' not in shown and 'fault' not in shown
    compute.find_server.assert_called_once_with(
        'web', ignore_missing=False, details=True)


def test_show_before_2_96_hides_newer_fields(proxies):
    compute, image = proxies
    _, result, _ = cf.run(show.ShowServer, ['web'], compute, image=image,
                          version='2.60')
    assert 'pinned_availability_zone' not in result[0]
    assert 'scheduler_hints' not in result[0]


def test_show_topology_needs_2_78(proxies):
    compute, image = proxies
    with pytest.raises(errors.UsageError):
        cf.run(show.ShowServer, ['web', '--topology'], compute, image=image,
               version='2.77')


def test_delete_many_in_parallel_reports_each_failure(proxies):
    compute, _ = proxies

    def find(name, **kw):
        if name == 'gone':
            from openstack import exceptions
            raise exceptions.ResourceNotFound('nope')
        return sdk_server.Server(id='id-' + name, name=name)

    compute.find_server.side_effect = find
    with pytest.raises(errors.CommandError) as caught:
        _, _, app = cf.run(delete.DeleteServer, ['a', 'gone', 'b'], compute)
    assert str(caught.value) == '1 of 3 servers failed to delete: gone'
    assert caught.value.exit_code == errors.NOT_FOUND
    deleted = {c.args[0].id for c in compute.delete_server.call_args_list}
    assert deleted == {'id-a', 'id-b'}


def test_delete_force_and_wait(proxies, monkeypatch):
    compute, _ = proxies
    from openstack import exceptions
    compute.get_server.side_effect = exceptions.ResourceNotFound('gone')
    cf.run(delete.DeleteServer, ['web', '--force', '--wait'], compute)
    compute.delete_server.assert_called_once_with(SERVER, force=True)
    compute.find_server.assert_called_once_with(
        'web', ignore_missing=False, details=False)
