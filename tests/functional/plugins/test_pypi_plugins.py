"""Functional tests: unmodified OSC plugins from PyPI load in our shell.

python-heatclient, python-designateclient and python-octaviaclient are
installed as they are, in .venv-plugins (tools/run-tests); their help
works, their commands are in ``command list``, and where heatclient and
plugins/orchestration
both have a command, ours runs (``--debug`` says so) while heatclient's
others run against the devcloud's Heat.
"""

import json
import os
import subprocess

import pytest

from tests.functional.plugins.conftest import PLUGINS_EXE

PLUGINS = {
    # command group: (a command of it, the package)
    'openstack.orchestration.v1': ('stack snapshot list',
                                   'python-heatclient'),
    'openstack.dns.v2': ('zone list', 'python-designateclient'),
    'openstack.load_balancer.v2': ('loadbalancer list',
                                   'python-octaviaclient'),
}


@pytest.mark.parametrize('group', sorted(PLUGINS))
def test_help_and_command_list(plugin_openstack, group):
    command, package = PLUGINS[group]
    helped = plugin_openstack('help', *command.split())
    assert helped.stdout.startswith(f'usage: openstack {command}')
    listed = plugin_openstack('command', 'list', parse_json=True).json
    groups = {row['Command Group']: row['Commands'] for row in listed}
    assert command in groups[group]
    modules = plugin_openstack('module', 'list', parse_json=True).json
    assert package in modules or package.replace('-', '_') in modules


def test_ours_win_the_clash_and_heatclient_serves_the_rest(
        plugin_openstack, devcloud, unique_name, tmp_path):
    if 'heat' not in devcloud.services:
        pytest.skip('the devcloud runs no Heat')
    debug = plugin_openstack('--debug', 'stack', 'list')
    assert ("command 'stack list': using openstackclient_orchestration."
            'v1.stack:ListStack (openstackclient-orchestration) over '
            'heatclient.osc.v1.stack:ListStack (python-heatclient)'
            in debug.stderr)
    template = tmp_path / 't.yaml'
    template.write_text('heat_template_version: 2018-08-31\n'
                        'resources:\n  w: {type: OS::Heat::RandomString}\n')
    name = unique_name('stack')
    plugin_openstack('stack', 'create', name, '-t', template, '--wait')
    try:
        # heatclient's own command, on its own client, through our shell.
        types = plugin_openstack('orchestration', 'resource', 'type',
                                 'list', parse_json=True).json
        assert 'OS::Heat::RandomString' in {t['Resource Type']
                                            for t in types}
        snapshots = plugin_openstack('stack', 'snapshot', 'list', name,
                              parse_json=True).json
        assert snapshots == []
    finally:
        plugin_openstack('stack', 'delete', name, '--yes', '--wait',
                         check=False)


def test_a_missing_service_is_one_line(plugin_openstack):
    result = plugin_openstack('zone', 'list', check=False)
    assert result.rc == 1
    assert result.stderr.strip().splitlines() == [
        'openstack: public endpoint for dns service in RegionOne region '
        'not found']


STARTUP_PROBE = r'''
import io, json, sys, contextlib
from openstackclient import shell
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    try:
        rc = shell.main(sys.argv[1:], serve=False)
    except SystemExit as e:
        rc = e.code
print(json.dumps({'rc': rc, 'modules': sorted(sys.modules),
                  'out': out.getvalue()}))
'''


@pytest.mark.parametrize('argv', [['--version'], ['--help'],
                                  ['help', 'zone', 'list']])
def test_installed_plugins_leave_start_up_light(plugin_openstack, tmp_path,
                                                argv):
    """Once recorded, the plugins' API modules (and so osc_lib.utils and
    openstacksdk) are not imported by what calls no API."""
    python = os.path.join(os.path.dirname(PLUGINS_EXE), 'python')
    env = {k: v for k, v in os.environ.items() if not k.startswith('OS_')}
    env['XDG_CACHE_HOME'] = str(tmp_path)
    runs = [json.loads(subprocess.run(
        [python, '-c', STARTUP_PROBE, *argv], env=env, capture_output=True,
        text=True, check=True).stdout.splitlines()[-1]) for _ in range(2)]
    first, second = runs
    assert first['rc'] == second['rc'] == 0
    assert 'heatclient.osc.plugin' in first['modules']      # recording
    plugin_modules = {'heatclient.osc.plugin', 'designateclient.osc.plugin',
                      'octaviaclient.osc.plugin', 'osc_placement.plugin'}
    if argv[0] == 'help':   # designateclient's own command module
        assert 'designateclient.osc.plugin' not in second['modules']
    else:
        assert not plugin_modules & set(second['modules'])
        assert not {'openstack', 'osc_lib.utils', 'requests'} & set(
            second['modules'])
    # The plugins' global options are there, recorded.
    if argv == ['--help']:
        assert '--os-placement-api-version' in second['out']
        assert '--os-dns-api-version' in second['out']
