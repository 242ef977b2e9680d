"""Unit tests: volume qos create/delete/list/set/show/unset,
associate/disassociate."""

import pytest
from openstack.block_storage.v3 import qos_spec as sdk_qos
from openstack.block_storage.v3 import type as sdk_type

from openstackclient.volume.v3 import qos_specs
from tests.unit.volume.v3 import volume_fakes

QOS = sdk_qos.QoSSpec(id='q1', name='fast', consumer='both',
                      specs={'a': '1', 'b': '2'})
TYPE = sdk_type.Type(id='t1', name='gold')


@pytest.fixture
def volume():
    proxy = volume_fakes.proxy()
    proxy.find_qos_spec.return_value = QOS
    proxy.find_type.return_value = TYPE
    proxy.qos_spec_associations.return_value = []
    return proxy


def test_create(volume):
    volume.create_qos_spec.return_value = QOS
    _, (labels, values), _ = volume_fakes.run(
        qos_specs.CreateQos, ['fast', '--property', 'a=1'], volume)
    volume.create_qos_spec.assert_called_once_with(name='fast',
                                                   consumer='both', a='1')
    assert labels == ('consumer', 'id', 'name', 'properties')
    assert values[3].machine_readable() == {'a': '1', 'b': '2'}


def test_show_with_associations(volume):
    volume.qos_spec_associations.return_value = [
        sdk_qos.QoSSpecAssociation(name='gold', id='t1')]
    _, (labels, values), _ = volume_fakes.run(qos_specs.ShowQos, ['fast'],
                                              volume)
    assert labels == ('associations', 'consumer', 'id', 'name',
                      'properties')
    assert values[0].machine_readable() == ['gold']


def test_list(volume):
    volume.qos_specs.return_value = [QOS]
    _, (labels, rows), _ = volume_fakes.run(qos_specs.ListQos, [], volume)
    assert labels == ('ID', 'Name', 'Consumer', 'Associations',
                      'Properties')
    assert rows[0][:3] == ('q1', 'fast', 'both')
    volume.qos_spec_associations.assert_called_once_with('q1')


def test_set_replaces_only_what_changes(volume):
    volume_fakes.run(qos_specs.SetQos,
                     ['fast', '--no-property', '--property', 'a=1',
                      '--property', 'c=3'], volume)
    volume.delete_qos_spec_metadata.assert_called_once_with('q1', ['b'])
    volume.update_qos_spec.assert_called_once_with('q1', c='3')


def test_set_nothing_changes_nothing(volume):
    volume_fakes.run(qos_specs.SetQos, ['fast', '--property', 'a=1'],
                     volume)
    volume.update_qos_spec.assert_not_called()
    volume.delete_qos_spec_metadata.assert_not_called()


def test_unset(volume):
    volume_fakes.run(qos_specs.UnsetQos, ['fast', '--property', 'a'], volume)
    volume.delete_qos_spec_metadata.assert_called_once_with('q1', ['a'])


def test_associate_and_disassociate(volume):
    volume_fakes.run(qos_specs.AssociateQos, ['fast', 'gold'], volume)
    volume.associate_qos_spec.assert_called_once_with('q1', 't1')
    volume_fakes.run(qos_specs.DisassociateQos,
                     ['fast', '--volume-type', 'gold'], volume)
    volume.disassociate_qos_spec.assert_called_once_with('q1', 't1')
    volume_fakes.run(qos_specs.DisassociateQos, ['fast', '--all'], volume)
    volume.disassociate_all_qos_spec.assert_called_once_with('q1')


def test_delete_force(volume):
    volume_fakes.run(qos_specs.DeleteQos, ['fast', '--force'], volume)
    volume.delete_qos_spec.assert_called_once_with('q1', ignore_missing=False,
                                                   force=True)
