"""What start-up imports: help and version must stay lean.

Each case runs the shell in a fresh interpreter and reports which modules
were loaded, so the test sees exactly what a user's process would.
"""

import json
import os
import subprocess
import sys

PROBE = r'''
import io, json, sys, contextlib
from openstackclient import shell, registry
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    try:
        rc = shell.main(sys.argv[1:])
    except SystemExit as e:
        rc = e.code
table = registry.CommandTable(*registry.load_entry_points())
command_modules = sorted({
    ep.module for eps in table.by_group.values() for ep in eps
    if ep.group not in (registry.BASE_API_GROUP, registry.EXTENSION_API_GROUP)
})
print(json.dumps({
    'rc': rc,
    'modules': sorted(sys.modules),
    'command_modules': command_modules,
}))
'''

HEAVY = ('openstack', 'cmd2', 'keystoneauth1.loading', 'osc_lib.shell',
         'requests', 'keystoneauth1')


def probe(*argv, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env['XDG_CACHE_HOME'] = str(tmp_path / 'cache')
    result = None
    for _ in range(2):  # the second run uses the entry-point cache
        proc = subprocess.run(
            [sys.executable, '-c', PROBE, *argv], env=env,
            capture_output=True, text=True, check=True)
        result = json.loads(proc.stdout.splitlines()[-1])
    return result


def loaded_command_modules(result):
    return [m for m in result['command_modules'] if m in result['modules']]


def test_version_imports_nothing_heavy(tmp_path):
    result = probe('--version', tmp_path=tmp_path)
    assert result['rc'] == 0
    loaded = set(result['modules'])
    assert not loaded & set(HEAVY)
    assert 'cliff' not in loaded
    assert loaded_command_modules(result) == []


def test_global_help_imports_no_command_module(tmp_path):
    result = probe('--help', tmp_path=tmp_path)
    assert result['rc'] == 0
    assert not set(result['modules']) & set(HEAVY)
    assert loaded_command_modules(result) == []


def test_help_command_imports_exactly_that_module(tmp_path):
    result = probe('help', 'configuration', 'show', tmp_path=tmp_path)
    assert result['rc'] == 0
    assert loaded_command_modules(result) == [
        'openstackclient.common.configuration']
    assert not set(result['modules']) & set(HEAVY)


def test_complete_imports_no_command_module(tmp_path):
    result = probe('complete', tmp_path=tmp_path)
    assert result['rc'] == 0
    assert loaded_command_modules(result) == []
    assert not set(result['modules']) & set(HEAVY)
