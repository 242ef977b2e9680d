"""Where the devcloud lives, which ports it uses and who can log in.

Everything is kept under <project root>/.devcloud/:

  venv/         the server packages (pinned by tools/devcloud-constraints.txt)
  etc/<svc>/    generated configuration, rewritten on every `up`
  data/         databases, images, swift's disk, setup stamps (kept by `down`)
  run/          one JSON record per process that `up` started (pid, argv)
  logs/         <service>.log: setup commands and the server's console
  wsgi/         tiny WSGI wrapper modules for gunicorn
  clouds.yaml   clouds devcloud-admin and devcloud-demo
  state.json    base port and services of the last `up`
"""
import hashlib
import json
import os

HOST = '127.0.0.1'
REGION = 'RegionOne'
DEFAULT_BASE_PORT = 15000
BASE_PORT_ENV = 'DEVCLOUD_BASE_PORT'

# Credentials.  A throw-away cloud on loopback: simple and documented in
# doc/devcloud.rst rather than secret.
ADMIN = {'username': 'admin', 'password': 'secret', 'project_name': 'admin'}
DEMO = {'username': 'demo', 'password': 'secret', 'project_name': 'demo'}
SERVICE_PROJECT = 'service'
SERVICE_PASSWORD = 'secret'

CLOUDS = {'devcloud-admin': ADMIN, 'devcloud-demo': DEMO}


class Site:
    """Paths and ports of one devcloud."""

    def __init__(self, project_root, base_port=DEFAULT_BASE_PORT):
        self.project_root = os.path.abspath(project_root)
        self.dir = os.path.join(self.project_root, '.devcloud')
        self.venv = os.path.join(self.dir, 'venv')
        self.etc = os.path.join(self.dir, 'etc')
        self.data = os.path.join(self.dir, 'data')
        self.run_dir = os.path.join(self.dir, 'run')
        self.logs = os.path.join(self.dir, 'logs')
        self.wsgi = os.path.join(self.dir, 'wsgi')
        self.clouds_yaml = os.path.join(self.dir, 'clouds.yaml')
        self.state_file = os.path.join(self.dir, 'state.json')
        self.constraints = os.path.join(
            self.project_root, 'tools', 'devcloud-constraints.txt')
        self.base_port = base_port

    # -- ports and URLs ---------------------------------------------------
    def port(self, offset):
        return self.base_port + offset

    def url(self, offset, path=''):
        return 'http://%s:%d%s' % (HOST, self.port(offset), path)

    @property
    def auth_url(self):
        return self.url(0, '/v3')

    # -- paths ------------------------------------------------------------
    def bin(self, name):
        return os.path.join(self.venv, 'bin', name)

    def etc_dir(self, service):
        return os.path.join(self.etc, service)

    def log(self, name):
        return os.path.join(self.logs, name + '.log')

    def rel(self, path):
        """path relative to the project root, for messages."""
        return os.path.relpath(path, self.project_root)

    def make_dirs(self):
        for d in (self.dir, self.etc, self.data, self.run_dir, self.logs,
                  self.wsgi):
            os.makedirs(d, exist_ok=True)

    def constraints_hash(self):
        with open(self.constraints, 'rb') as f:
            return hashlib.sha256(f.read()).hexdigest()

    # -- saved state ------------------------------------------------------
    def load_state(self):
        try:
            with open(self.state_file) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def save_state(self, services):
        write_file(self.state_file, json.dumps(
            {'base_port': self.base_port, 'services': list(services)},
            indent=2) + '\n')


def write_file(path, text, mode=0o644):
    """Write text to path (atomically, so a reader never sees half a file)."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        f.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def render_clouds_yaml(site):
    lines = ['# Written by tools/devcloud on every `up`; edits are lost.',
             'clouds:']
    for cloud, cred in CLOUDS.items():
        lines += [
            '  %s:' % cloud,
            '    auth:',
            '      auth_url: %s' % site.auth_url,
            '      username: %s' % cred['username'],
            '      password: %s' % cred['password'],
            '      project_name: %s' % cred['project_name'],
            '      user_domain_id: default',
            '      project_domain_id: default',
            '    region_name: %s' % REGION,
            '    interface: public',
            '    identity_api_version: 3',
        ]
    return '\n'.join(lines) + '\n'
