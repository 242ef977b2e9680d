"""Unit tests: image task list/show."""

import pytest
from openstack.image.v2 import task as sdk_task

from openstackclient.image.v2 import task
from tests.unit import fakes

TASK = sdk_task.Task(id='t1', type='import', status='success', owner='p1',
                     input={'a': 1}, result={'image_id': 'i1'},
                     message='', created_at='c', updated_at='u',
                     expires_at='e', schema='/s')


@pytest.fixture
def img():
    return fakes.sdk_proxy('image.v2')


def test_list(img):
    img.tasks.return_value = [TASK]
    _, (labels, rows) = fakes.run_command(
        task.ListTask,
        ['--type', 'import', '--status', 'success', '--limit', '2',
         '--marker', 'm', '--sort-key', 'id', '--sort-dir', 'asc'],
        image=img)
    img.tasks.assert_called_once_with(
        sort_key='id', sort_dir='asc', limit=2, marker='m', type='import',
        status='success')
    assert labels == ('ID', 'Type', 'Status', 'Owner')
    assert rows == [('t1', 'import', 'success', 'p1')]


def test_list_bad_status(img):
    with pytest.raises(SystemExit):
        fakes.run_command(task.ListTask, ['--status', 'odd'], image=img)


def test_show(img):
    img.get_task.return_value = TASK
    _, (labels, values) = fakes.run_command(task.ShowTask, ['t1'], image=img)
    img.get_task.assert_called_once_with('t1')
    shown = dict(zip(labels, values))
    assert labels == ('created_at', 'expires_at', 'id', 'input', 'message',
                      'owner_id', 'properties', 'result', 'status', 'type',
                      'updated_at')
    assert shown['owner_id'] == 'p1'
    assert shown['properties'].machine_readable() == {}
