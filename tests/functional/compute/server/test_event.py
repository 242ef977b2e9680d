"""Functional tests: server event list/show against the devcloud's Nova."""

from tests.functional.compute import one_line_error


def test_list_and_show_the_create_event(openstack, server):
    sid = server['id']
    events = openstack('server', 'event', 'list', sid, parse_json=True).json
    create = [e for e in events if e['Action'] == 'create']
    assert len(create) == 1
    assert list(create[0]) == ['Request ID', 'Server ID', 'Action',
                               'Start Time']
    assert create[0]['Server ID'] == sid
    long = openstack('server', 'event', 'list', '--long', sid,
                     parse_json=True).json
    assert {'Message', 'Project ID', 'User ID'} <= set(long[0])
    shown = openstack('server', 'event', 'show', sid,
                      create[0]['Request ID'], parse_json=True).json
    assert set(shown) == {'action', 'events', 'id', 'message', 'project_id',
                          'request_id', 'start_time', 'user_id'}
    assert shown['action'] == 'create'
    steps = {e['event']: e['result'] for e in shown['events']}
    assert steps['compute__do_build_and_run_instance'] == 'Success'


def test_list_filters_and_paging(openstack, server):
    sid = server['id']
    assert openstack('server', 'event', 'list', sid, '--changes-since',
                     '2999-01-01T00:00:00Z', parse_json=True).json == []
    assert openstack('server', 'event', 'list', sid, '--changes-before',
                     '2000-01-01T00:00:00Z', parse_json=True).json == []
    assert len(openstack('server', 'event', 'list', sid, '--limit', '1',
                         '--max-items', '1', parse_json=True).json) == 1
    line = one_line_error(openstack(
        '--os-compute-api-version', '2.57', 'server', 'event', 'list', sid,
        '--changes-since', '2020-01-01', check=False), 2)
    assert '--changes-since needs --os-compute-api-version 2.58' in line
    bad = openstack('server', 'event', 'list', sid, '--changes-since',
                    'yesterday', check=False)
    assert bad.rc == 2
    assert "Invalid changes-since value: 'yesterday'" in bad.stderr


def test_unknown_request_id(openstack, server):
    line = one_line_error(openstack('server', 'event', 'show', server['id'],
                                    'req-nonexistent', check=False), 5)
    assert '(HTTP 404)' in line


def test_events_of_a_deleted_server_by_id(openstack, boot):
    made = boot()
    openstack('server', 'delete', '--wait', made['id'])
    events = openstack('server', 'event', 'list', made['id'],
                       parse_json=True).json
    assert {e['Action'] for e in events} == {'create', 'delete'}
    line = one_line_error(openstack('server', 'event', 'list', made['name'],
                                    check=False), 5)
    assert made['name'] in line
