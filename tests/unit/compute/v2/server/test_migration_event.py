"""Unit tests: server migration list/show/abort/force complete, server
event list/show."""

import pytest
from openstack import exceptions as sdk_exceptions
from openstack.compute.v2 import migration as sdk_migration
from openstack.compute.v2 import server as sdk_server
from openstack.compute.v2 import server_action as sdk_action
from openstack.compute.v2 import server_migration as sdk_server_migration

from openstackclient.cli import errors
from openstackclient.compute.v2.server import event, migration
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web')
UUID = '7c3e3ca3-2709-4b59-a798-71273bcb05c0'
MIGRATION = sdk_migration.Migration(
    id=3, uuid=UUID, source_node='n1', dest_node='n2', status='confirmed',
    instance_uuid='s1', old_instance_type_id=1, new_instance_type_id=2,
    migration_type='resize', project_id='p1', user_id='u1',
    created_at='t0', updated_at='t1')


@pytest.fixture
def compute():
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    compute.migrations.return_value = iter([MIGRATION])
    return compute


def test_list_columns_at_newest(compute):
    _, result, _ = cf.run(migration.ListMigration, [], compute)
    assert result[0] == (
        'Id', 'UUID', 'Source Node', 'Dest Node', 'Source Compute',
        'Dest Compute', 'Dest Host', 'Status', 'Server UUID', 'Old Flavor',
        'New Flavor', 'Type', 'Created At', 'Updated At')
    row = cf.rows(result)[0]
    assert (row['Id'], row['UUID'], row['Server UUID'], row['New Flavor'],
            row['Type']) == (3, UUID, 's1', 2, 'resize')


def test_list_columns_old_microversion(compute):
    _, result, _ = cf.run(migration.ListMigration, [], compute,
                          version='2.1')
    assert result[0][0] == 'Source Node' and 'Type' not in result[0]


def test_list_filters(compute):
    cf.run(migration.ListMigration, [
        '--server', 'web', '--host', 'h1', '--status', 'done', '--type',
        'cold-migration', '--limit', '5', '--marker', UUID,
        '--changes-since', '2016-03-04T06:27:59Z',
        '--changes-before', '2030-01-01T00:00:00Z'], compute)
    compute.migrations.assert_called_once_with(
        server_id='s1', host='h1', status='done', migration_type='migration',
        limit=5, marker=UUID, changes_since='2016-03-04T06:27:59Z',
        changes_before='2030-01-01T00:00:00Z')


def test_list_project_user_columns(compute, monkeypatch):
    monkeypatch.setattr(migration.common, 'project_id',
                        lambda app, name, domain: 'p1')
    monkeypatch.setattr(migration.common, 'user_id',
                        lambda app, name, domain: 'u1')
    _, result, _ = cf.run(migration.ListMigration, ['--project', 'demo',
                                                    '--user', 'bob'],
                          compute)
    assert result[0][-4:] == ('Project', 'User', 'Created At', 'Updated At')
    assert compute.migrations.call_args.kwargs == {'project_id': 'p1',
                                                   'user_id': 'u1'}


@pytest.mark.parametrize('argv, version', [
    (['--limit', '1'], '2.59'), (['--marker', 'x'], '2.59'),
    (['--changes-since', '2016-03-04'], '2.59'),
    (['--changes-before', '2016-03-04'], '2.66'),
    (['--project', 'p'], '2.80'), (['--user', 'u'], '2.80'),
])
def test_list_microversion_gates(compute, argv, version):
    older = '2.%d' % (int(version.split('.')[1]) - 1)
    with pytest.raises(errors.UsageError) as caught:
        cf.run(migration.ListMigration, argv, compute, version=older)
    assert f'{argv[0]} needs --os-compute-api-version {version}' in str(
        caught.value)


def test_list_bad_time_is_usage_error(compute):
    with pytest.raises(SystemExit):
        cf.run(migration.ListMigration, ['--changes-since', 'yesterday'],
               compute)


def test_show_by_id_and_uuid(compute):
    live = sdk_server_migration.ServerMigration(
        id=7, uuid=UUID, server_id='s1', status='running',
        memory_total_bytes=10, user_id='u1', project_id='p1')
    compute.get_server_migration.return_value = live
    _, result, _ = cf.run(migration.ShowMigration, ['web', '7'], compute)
    compute.get_server_migration.assert_called_once_with(
        '7', SERVER, ignore_missing=False)
    shown = cf.as_dict(result)
    assert shown['ID'] == 7 and shown['Memory Total Bytes'] == 10
    assert list(result[0])[-3:] == ['UUID', 'User ID', 'Project ID']
    compute.server_migrations.return_value = iter([live])
    _, result, _ = cf.run(migration.ShowMigration, ['web', UUID], compute)
    assert cf.as_dict(result)['UUID'] == UUID


def test_show_unknown_uuid_not_found(compute):
    compute.server_migrations.return_value = iter([])
    with pytest.raises(errors.NotFoundError):
        cf.run(migration.ShowMigration, ['web', UUID], compute)


def test_migration_argument_and_microversions(compute):
    with pytest.raises(errors.UsageError) as caught:
        cf.run(migration.ShowMigration, ['web', 'abc'], compute)
    assert 'must be an ID or UUID' in str(caught.value)
    with pytest.raises(errors.UsageError):
        cf.run(migration.ShowMigration, ['web', '7'], compute,
               version='2.23')
    with pytest.raises(errors.UsageError):
        cf.run(migration.AbortMigration, ['web', UUID], compute,
               version='2.58')
    with pytest.raises(errors.UsageError):
        cf.run(migration.ForceCompleteMigration, ['web', '7'], compute,
               version='2.21')


def test_abort_and_force_complete(compute):
    cf.run(migration.AbortMigration, ['web', '7'], compute)
    compute.abort_server_migration.assert_called_once_with(
        '7', SERVER, ignore_missing=False)
    cf.run(migration.ForceCompleteMigration, ['web', '7'], compute,
           version='2.22')
    compute.force_complete_server_migration.assert_called_once_with(
        '7', SERVER)


ACTION = sdk_action.ServerAction.existing(
    request_id='req-1', server_id='s1', action='reboot',
    start_time='t0', message=None, project_id='p1', user_id='u1',
    events=[{'event': 'compute_reboot_instance', 'result': 'Success',
             'start_time': 't0', 'finish_time': 't1', 'host': 'h1'}])


def test_event_list(compute):
    compute.server_actions.return_value = iter([ACTION])
    _, result, _ = cf.run(event.ListServerEvent, ['web'], compute)
    assert result[0] == ('Request ID', 'Server ID', 'Action', 'Start Time')
    assert result[1] == [('req-1', 's1', 'reboot', 't0')]
    compute.server_actions.return_value = iter([ACTION])
    _, result, _ = cf.run(event.ListServerEvent, [
        'web', '--long', '--limit', '2', '--changes-since', '2020-01-01'],
        compute)
    assert result[0][-3:] == ('Message', 'Project ID', 'User ID')
    compute.server_actions.assert_called_with(
        's1', limit=2, changes_since='2020-01-01')


def test_event_list_gates(compute):
    for argv, older in ((['--marker', 'r'], '2.57'),
                        (['--changes-before', '2020-01-01'], '2.65')):
        with pytest.raises(errors.UsageError):
            cf.run(event.ListServerEvent, ['web'] + argv, compute,
                   version=older)


def test_event_deleted_server_by_uuid(compute):
    compute.find_server.side_effect = sdk_exceptions.ResourceNotFound('no')
    compute.server_actions.return_value = iter([])
    cf.run(event.ListServerEvent, [UUID], compute)
    compute.server_actions.assert_called_once_with(UUID)
    with pytest.raises(errors.NotFoundError):
        cf.run(event.ListServerEvent, ['web'], compute)


def test_event_show(compute):
    compute.get_server_action.return_value = ACTION
    _, result, _ = cf.run(event.ShowServerEvent, ['web', 'req-1'], compute)
    compute.get_server_action.assert_called_once_with(
        'req-1', 's1', ignore_missing=False)
    shown = cf.as_dict(result)
    assert list(result[0]) == sorted(result[0])
    assert 'name' not in shown and 'location' not in shown
    assert shown['action'] == 'reboot'
    events = shown['events'].machine_readable()
    assert events[0]['event'] == 'compute_reboot_instance'
    assert 'id' not in events[0]
    assert "result='Success'" in shown['events'].human_readable()
