"""Unit tests: volume backend capability show, pool list."""

from openstack.block_storage.v3 import capabilities as sdk_caps
from openstack.block_storage.v3 import stats as sdk_stats

from openstackclient.volume.v3 import volume_backend
from tests.unit.volume.v3 import volume_fakes


def test_capability_show_one_row_per_property():
    volume = volume_fakes.proxy()
    volume.get_capabilities.return_value = sdk_caps.Capabilities(
        properties={'qos': {'title': 'QoS', 'type': 'boolean',
                            'description': 'Enables QoS.'}})
    _, (labels, rows), _ = volume_fakes.run(volume_backend.ShowCapability,
                                            ['h@b'], volume)
    volume.get_capabilities.assert_called_once_with('h@b')
    assert labels == ('Title', 'Key', 'Type', 'Description')
    assert rows == [('QoS', 'qos', 'boolean', 'Enables QoS.')]


def test_pool_list_long():
    volume = volume_fakes.proxy()
    volume.backend_pools.return_value = [
        sdk_stats.Pools(name='h@b#p', capabilities={'pool_name': 'p'})]
    _, (labels, rows), _ = volume_fakes.run(volume_backend.ListPool,
                                            ['--long'], volume)
    volume.backend_pools.assert_called_once_with(detailed=True)
    assert labels == ('Name', 'Capabilities')
    assert rows[0][1].machine_readable() == {'pool_name': 'p'}
    _, (labels, _), _ = volume_fakes.run(volume_backend.ListPool, [], volume)
    assert labels == ('Name',)
