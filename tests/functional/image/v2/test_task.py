"""Functional tests: image task list/show (tasks come from imports)."""

TASK_KEYS = {'created_at', 'expires_at', 'id', 'input', 'message',
             'owner_id', 'properties', 'result', 'status', 'type',
             'updated_at'}


def test_import_task_listed_and_shown(openstack, make_image, image_file):
    image = make_image(data=False)
    openstack('image', 'stage', image['id'], '--file', image_file)
    openstack('image', 'import', image['id'], '--wait')
    tasks = openstack('image', 'task', 'list', parse_json=True).json
    assert tasks and set(tasks[0]) == {'ID', 'Type', 'Status', 'Owner'}
    mine = None
    for row in tasks:
        task = openstack('image', 'task', 'show', row['ID'],
                         parse_json=True).json
        if task['input'].get('image_id') == image['id']:
            mine = task
            break
    assert mine is not None
    assert set(mine) == TASK_KEYS
    assert mine['type'] == 'api_image_import'
    assert mine['result'] == {'image_id': image['id']}
    missing = openstack('image', 'task', 'show', 'fn-no-such-task',
                        check=False)
    assert missing.rc == 5
