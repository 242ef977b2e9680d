"""Token reuse across runs: the whole shell against a mocked Keystone."""

import json
import os
import stat

import pytest

from openstackclient import shell
from openstackclient import tokencache
from tests.unit import keystone_fakes as kf
from tests.unit.keystone_fakes import keystone  # noqa: F401 - a fixture

PROJECTS = {'projects': [{'id': 'p1', 'name': 'admin', 'domain_id':
                          'default', 'enabled': True, 'description': '',
                          'is_domain': False, 'parent_id': 'default'}],
            'links': {'next': None}}


def run(capsys, *argv):
    rc = shell.main([*kf.PASSWORD_ARGS, *argv])
    out, err = capsys.readouterr()
    return rc, out, err


def sign_ins(mock):
    return sum(1 for r in mock.request_history
               if r.method == 'POST' and r.url.endswith('/auth/tokens'))


def entries():
    folder = tokencache.directory()
    if not os.path.isdir(folder):
        return []
    return [os.path.join(folder, n) for n in sorted(os.listdir(folder))]


@pytest.fixture
def projects(keystone):  # noqa: F811 - the fixture above
    keystone.get(kf.AUTH_URL + '/projects', json=PROJECTS)
    return keystone


@pytest.mark.parametrize('config, env, on', [
    ({}, None, True),
    ({}, '0', False),
    ({}, 'off', False),
    ({}, '1', True),
    ({'token_cache': False}, None, False),
    ({'token_cache': 'no'}, '1', False),
    ({'token_cache': True}, '0', True),
])
def test_enabled(monkeypatch, config, env, on):
    if env is not None:
        monkeypatch.setenv('OS_TOKEN_CACHE', env)
    assert tokencache.enabled(config) is on


def test_second_run_reuses_the_token(projects, capsys):
    rc, out, err = run(capsys, 'project', 'list', '-f', 'json')
    assert rc == 0, err
    assert sign_ins(projects) == 1
    projects.reset_mock()
    rc, out, err = run(capsys, 'project', 'list', '-f', 'json')
    assert rc == 0, err
    assert json.loads(out)[0]['Name'] == 'admin'
    # One request: no sign-in, no version discovery.
    assert [(r.method, r.url) for r in projects.request_history] == [
        ('GET', kf.AUTH_URL + '/projects')]


def test_cache_file_is_private_and_named_by_a_hash(projects, capsys):
    run(capsys, 'project', 'list')
    (path,) = entries()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode) == 0o700
    name = os.path.basename(path)
    assert kf.TOKEN not in name and 'admin' not in name
    assert kf.PASSWORD not in open(path).read()


def test_no_token_in_any_output(projects, capsys, tmp_path):
    log = tmp_path / 'run.log'
    for _ in range(2):
        rc, out, err = run(capsys, '--debug', '--log-file', str(log),
                           'project', 'list')
        assert rc == 0
        assert kf.TOKEN[:20] not in out + err
    assert 'Using the cached token' in err
    assert kf.TOKEN[:20] not in log.read_text()


def test_wider_file_mode_is_refused_with_a_warning(projects, capsys):
    run(capsys, 'project', 'list')
    (path,) = entries()
    os.chmod(path, 0o644)
    projects.reset_mock()
    rc, _, err = run(capsys, 'project', 'list')
    assert rc == 0
    assert 'Not using the cached token' in err and 'mode 0644' in err
    assert sign_ins(projects) == 1
    # The new token replaced the file, privately.
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_wider_folder_mode_is_refused_with_a_warning(projects, capsys):
    run(capsys, 'project', 'list')
    os.chmod(tokencache.directory(), 0o755)
    projects.reset_mock()
    rc, _, err = run(capsys, 'project', 'list')
    assert rc == 0
    assert 'Not using the token cache' in err and 'mode 0755' in err
    assert sign_ins(projects) == 1


@pytest.mark.skipif(os.getuid() != 0, reason='chown needs root')
def test_file_of_another_owner_is_refused(projects, capsys):
    run(capsys, 'project', 'list')
    (path,) = entries()
    os.chown(path, 4242, -1)
    projects.reset_mock()
    rc, _, err = run(capsys, 'project', 'list')
    assert rc == 0
    assert 'belongs to another user (uid 4242)' in err
    assert sign_ins(projects) == 1


def test_token_about_to_expire_is_replaced(projects, capsys):
    import datetime

    soon = (datetime.datetime.now(datetime.timezone.utc)
            + datetime.timedelta(seconds=60)).strftime(
        '%Y-%m-%dT%H:%M:%S.000000Z')
    projects.post(kf.AUTH_URL + '/auth/tokens', status_code=201,
                  json=kf.token_body(expires_at=soon),
                  headers={'X-Subject-Token': 'old-token'})
    run(capsys, 'project', 'list')
    projects.post(kf.AUTH_URL + '/auth/tokens', status_code=201,
                  json=kf.TOKEN_BODY, headers={'X-Subject-Token': kf.TOKEN})
    projects.reset_mock()
    rc, _, err = run(capsys, 'project', 'list')
    assert rc == 0, err
    assert sign_ins(projects) == 1
    (path,) = entries()
    assert kf.TOKEN in open(path).read()


def test_refused_token_signs_in_again_once(projects, capsys):
    run(capsys, 'project', 'list')
    projects.get(kf.AUTH_URL + '/projects', [
        {'status_code': 401, 'json': {'error': {'code': 401}}},
        {'json': PROJECTS}])
    projects.post(kf.AUTH_URL + '/auth/tokens', status_code=201,
                  json=kf.TOKEN_BODY, headers={'X-Subject-Token': 'new-tok'})
    projects.reset_mock()
    rc, out, err = run(capsys, 'project', 'list', '-f', 'value')
    assert rc == 0, err
    assert 'admin' in out
    assert sign_ins(projects) == 1
    (path,) = entries()
    assert 'new-tok' in open(path).read()


def test_no_token_cache_neither_reads_nor_writes(projects, capsys):
    rc, _, _ = run(capsys, '--no-token-cache', 'project', 'list')
    assert rc == 0 and entries() == []
    run(capsys, 'project', 'list')
    projects.reset_mock()
    run(capsys, '--no-token-cache', 'project', 'list')
    assert sign_ins(projects) == 1


def test_failed_sign_in_caches_nothing(keystone, capsys):  # noqa: F811
    keystone.post(kf.AUTH_URL + '/auth/tokens', status_code=401,
                  json={'error': {'code': 401}})
    rc, _, _ = run(capsys, 'project', 'list')
    assert rc == 3
    assert entries() == []


def test_token_revoke_forgets_the_token(projects, capsys):
    run(capsys, 'project', 'list')
    projects.delete(kf.AUTH_URL + '/auth/tokens', status_code=204)
    rc, _, err = run(capsys, 'token', 'revoke', kf.TOKEN)
    assert rc == 0, err
    assert entries() == []


def test_cloud_cache_delete(projects, capsys):
    run(capsys, 'project', 'list')
    other = os.path.join(tokencache.directory(), 'other.json')
    with open(other, 'w') as f:
        f.write('{}')
    projects.reset_mock()
    rc, _, err = run(capsys, 'cloud', 'cache', 'delete')
    assert rc == 0, err
    assert projects.request_history == []   # no sign-in to sign out
    assert entries() == [other]
    assert shell.main(['cloud', 'cache', 'delete', '--all']) == 0
    assert entries() == []


def test_unreadable_entry_is_removed(projects, capsys):
    run(capsys, 'project', 'list')
    (path,) = entries()
    with open(path, 'w') as f:
        f.write('not json')
    projects.reset_mock()
    rc, _, _ = run(capsys, 'project', 'list')
    assert rc == 0 and sign_ins(projects) == 1
    assert json.load(open(path))['auth']


def test_rewritten_clouds_yaml_starts_afresh(projects, capsys, tmp_path,
                                             monkeypatch):
    clouds = tmp_path / 'clouds.yaml'
    monkeypatch.setenv('OS_CLIENT_CONFIG_FILE', str(clouds))
    clouds.write_text(
        'clouds:\n  mocked:\n    auth:\n'
        f'      auth_url: {kf.AUTH_URL}\n      username: admin\n'
        f'      password: {kf.PASSWORD}\n      project_name: admin\n'
        '      user_domain_id: default\n      project_domain_id: default\n')

    def project_list():
        rc = shell.main(['--os-cloud', 'mocked', 'project', 'list'])
        capsys.readouterr()
        assert rc == 0

    project_list()
    project_list()
    assert sign_ins(projects) == 1
    # A devcloud made anew rewrites its clouds.yaml: its old token and
    # catalog must not be reused.
    os.utime(clouds, ns=(1, 1))
    project_list()
    assert sign_ins(projects) == 2
