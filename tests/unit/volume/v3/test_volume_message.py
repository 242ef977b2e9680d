"""Unit tests: volume message list/show/delete (3.3)."""

import pytest
from openstack.block_storage.v3 import message as sdk_message

from openstackclient.cli import errors
from openstackclient.volume.v3 import volume_message
from tests.unit.volume.v3 import volume_fakes


def make(n):
    return sdk_message.Message(id=f'm{n}', event_id='E', user_message='u',
                               resource_type='VOLUME', message_level='ERROR')


def test_list_sends_3_3_and_stops_at_the_limit():
    volume = volume_fakes.proxy()
    volume.messages.return_value = iter([make(1), make(2), make(1)])
    _, (labels, rows), _ = volume_fakes.run(
        volume_message.ListMessages, ['--limit', '2', '--marker', 'm0'],
        volume)
    assert volume.default_microversion == '3.3'
    volume.messages.assert_called_once_with(marker='m0', limit=2)
    assert [row[0] for row in rows] == ['m1', 'm2']
    assert labels[:2] == ('ID', 'Event ID') and len(labels) == 9


def test_show_fields_are_sorted_and_a_pin_below_3_3_is_refused():
    volume = volume_fakes.proxy()
    volume.get_message.return_value = make(1)
    _, (labels, _), _ = volume_fakes.run(volume_message.ShowMessage, ['m1'],
                                         volume)
    assert list(labels) == sorted(labels) and 'User Message' in labels
    with pytest.raises(errors.UsageError, match='volume message show'):
        volume_fakes.run(volume_message.ShowMessage, ['m1'], volume,
                         version='3.2')


def test_delete_each():
    volume = volume_fakes.proxy()
    volume_fakes.run(volume_message.DeleteMessage, ['m1', 'm2'], volume)
    assert sorted(c.args[0] for c in volume.delete_message.call_args_list) \
        == ['m1', 'm2']
