"""Token reuse across runs, against the devcloud's real Keystone."""

import json
import os
import stat
import subprocess
import sys
import urllib.request

import pytest

EXE = os.path.join(os.path.dirname(sys.executable), 'openstack')


@pytest.fixture
def cli(devcloud, tmp_path):
    """Run the CLI as devcloud-admin with a token cache of its own."""
    env = devcloud.cloud_env('devcloud-admin')
    env['XDG_CACHE_HOME'] = str(tmp_path / 'cache')
    folder = tmp_path / 'cache' / 'openstackclient' / 'tokens'

    def run(*args, check=True):
        proc = subprocess.run([EXE, *args], env=env, capture_output=True,
                              text=True, timeout=120,
                              stdin=subprocess.DEVNULL)
        if check:
            assert proc.returncode == 0, proc.stderr
        return proc

    run.folder = folder
    return run


def requests_made(proc):
    """The requests ``--timing`` listed (its CSV rows, with -f value)."""
    return [line.split('"')[1] for line in proc.stdout.splitlines()
            if line.startswith('"') and not line.startswith(('"URL"',
                                                            '"Total"'))]


def cached_tokens(folder):
    tokens = []
    for name in sorted(os.listdir(folder)):
        with open(folder / name) as f:
            tokens.append(json.loads(json.load(f)['auth'])['auth_token'])
    return tokens


def revoke(devcloud, token, cli):
    admin = cli('--no-token-cache', 'token', 'issue', '-f', 'value', '-c',
                'id').stdout.strip()
    request = urllib.request.Request(
        devcloud.auth_url + '/auth/tokens', method='DELETE',
        headers={'X-Auth-Token': admin, 'X-Subject-Token': token})
    with urllib.request.urlopen(request) as reply:
        assert reply.status == 204


def test_warm_cache_project_list_is_one_request(cli):
    first = cli('--timing', 'project', 'list', '-f', 'value', '-c', 'ID')
    assert any('/auth/tokens' in r for r in requests_made(first))
    second = cli('--timing', 'project', 'list', '-f', 'value', '-c', 'ID')
    assert [r.split()[0] for r in requests_made(second)] == ['GET']
    assert requests_made(second)[0].endswith('/v3/projects')


def test_cache_file_is_private_and_a_wider_one_is_refused(cli):
    cli('project', 'list')
    (name,) = os.listdir(cli.folder)
    path = cli.folder / name
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(cli.folder.stat().st_mode) == 0o700
    os.chmod(path, 0o644)
    proc = cli('--timing', 'project', 'list', '-f', 'value', '-c', 'ID')
    assert 'Not using the cached token' in proc.stderr
    assert 'mode 0644' in proc.stderr
    assert any('/auth/tokens' in r for r in requests_made(proc))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_revoked_token_is_replaced_transparently(devcloud, cli):
    cli('project', 'list')
    (old,) = cached_tokens(cli.folder)
    revoke(devcloud, old, cli)
    proc = cli('project', 'list', '-f', 'json')
    assert 'admin' in {p['Name'] for p in json.loads(proc.stdout)}
    (new,) = cached_tokens(cli.folder)
    assert new != old


def test_no_token_text_in_output_or_logs(cli, tmp_path):
    log = tmp_path / 'cli.log'
    cli('project', 'list')
    (token,) = cached_tokens(cli.folder)
    proc = cli('--debug', '--log-file', str(log), 'project', 'list')
    assert 'Using the cached token' in proc.stderr
    for text in (proc.stdout, proc.stderr, log.read_text()):
        assert token not in text and token[:16] not in text


def test_token_revoke_and_cloud_cache_delete_remove_entries(cli):
    cli('project', 'list')
    (token,) = cached_tokens(cli.folder)
    cli('token', 'revoke', token)
    assert os.listdir(cli.folder) == []
    cli('project', 'list')
    assert len(os.listdir(cli.folder)) == 1
    cli('cloud', 'cache', 'delete')
    assert os.listdir(cli.folder) == []


def test_no_token_cache_writes_nothing(cli):
    cli('--no-token-cache', 'project', 'list')
    assert not cli.folder.exists() or os.listdir(cli.folder) == []
