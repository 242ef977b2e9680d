"""Functional tests: server migration list/show/abort/force complete.

The module's server is live-migrated once; the fake driver completes a
live migration at once, so show/abort/force complete can only meet Nova's
refusals for a migration no longer in progress.
"""

import pytest

from tests.functional.compute import one_line_error


@pytest.fixture(scope='module')
def migrated(openstack, server):
    sid = server['id']
    source = openstack('server', 'show', sid, parse_json=True).json[
        'OS-EXT-SRV-ATTR:host']
    openstack('server', 'migrate', '--live-migration', '--wait', sid)
    found = openstack('server', 'migration', 'list', '--server', sid,
                      parse_json=True).json
    assert len(found) == 1
    return dict(found[0], source=source)


def test_list_fields(openstack, migrated, server):
    assert migrated['Server UUID'] == server['id']
    assert migrated['Type'] == 'live-migration'
    assert migrated['Status'] == 'completed'
    assert migrated['Source Compute'] == migrated['source']
    assert migrated['Dest Compute'] not in (None, migrated['source'])
    assert isinstance(migrated['Id'], int) and len(migrated['UUID']) == 36


def test_list_columns_by_microversion(openstack, migrated, server):
    old = openstack('--os-compute-api-version', '2.22', 'server',
                    'migration', 'list', '--server', server['id'],
                    parse_json=True).json
    assert list(old[0]) == [
        'Source Node', 'Dest Node', 'Source Compute', 'Dest Compute',
        'Dest Host', 'Status', 'Server UUID', 'Old Flavor', 'New Flavor',
        'Created At', 'Updated At']
    mine = openstack('server', 'migration', 'list', '--server',
                     server['id'], '--project', 'admin', '--user', 'admin',
                     parse_json=True).json
    assert mine[0]['Project'] and mine[0]['User']


def test_list_filters(openstack, migrated, server):
    def ids(*args):
        return [m['Id'] for m in openstack(
            'server', 'migration', 'list', *args, parse_json=True).json]

    mine = migrated['Id']
    assert mine in ids('--host', migrated['source'], '--type',
                       'live-migration', '--status', 'completed')
    assert mine not in ids('--type', 'resize')
    assert ids('--server', server['id'], '--changes-since',
               '2999-01-01T00:00:00Z') == []
    assert ids('--server', server['id'], '--changes-before',
               '2000-01-01T00:00:00Z') == []
    assert len(ids('--limit', '1', '--max-items', '1')) == 1


def test_list_microversion_gates(openstack):
    for option, value, version in (('--limit', '1', '2.59'),
                                   ('--changes-before', '2020-01-01',
                                    '2.66'),
                                   ('--project', 'admin', '2.80')):
        older = '2.%d' % (int(version.split('.')[1]) - 1)
        line = one_line_error(openstack(
            '--os-compute-api-version', older, 'server', 'migration',
            'list', option, value, check=False), 2)
        assert f'{option} needs --os-compute-api-version {version}' in line


def test_show_completed_migration_not_found(openstack, migrated, server):
    sid = server['id']
    line = one_line_error(openstack('server', 'migration', 'show', sid,
                                    str(migrated['Id']), check=False), 5)
    assert '(HTTP 404)' in line
    line = one_line_error(openstack('server', 'migration', 'show', sid,
                                    migrated['UUID'], check=False), 5)
    assert f"In-progress live migration {migrated['UUID']} is not found" \
        in line
    line = one_line_error(openstack('server', 'migration', 'show', sid,
                                    'not-an-id', check=False), 2)
    assert 'must be an ID or UUID' in line


def test_abort_and_force_complete_refused(openstack, migrated, server):
    sid, mid = server['id'], str(migrated['Id'])
    for command in (('abort',), ('force', 'complete')):
        result = openstack('server', 'migration', *command, sid, mid,
                           check=False)
        line = one_line_error(result, result.rc)
        assert result.rc in (2, 5, 6) and '(HTTP ' in line
