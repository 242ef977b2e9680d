"""Servers for the server command tests, booted through our CLI.

The devcloud's Nova runs the fake driver: a server on the devcloud's
image and shared ``public`` network goes ACTIVE in a few seconds.

``boot(**options)`` boots one server (``server create ... --wait``) and
deletes it at teardown; it returns the ``server create -f json`` fields.
Options are CLI options: ``boot(flavor='m1.micro', property='a=b')``.

``server`` (module scope) is one ACTIVE server that tests may inspect and
change in ways they undo; tests that leave a server changed boot their
own.
"""

import uuid

import pytest

IMAGE = 'devcloud-image'
FLAVOR = 'm1.nano'
NETWORK = 'public'


def _options(options):
    argv = []
    for key, value in options.items():
        flag = '--' + key.replace('_', '-')
        for one in value if isinstance(value, (list, tuple)) else [value]:
            if one is True:
                argv.append(flag)
            else:
                argv += [flag, str(one)]
    return argv


def _boot(openstack, name, cloud, options):
    options = dict({'image': IMAGE, 'flavor': FLAVOR, 'network': NETWORK},
                   **options)
    for key in [k for k, v in options.items() if v is None]:
        del options[key]
    return openstack('server', 'create', name, *_options(options), '--wait',
                     cloud=cloud, parse_json=True, timeout=300).json


def _delete(openstack, server_id, cloud):
    openstack('server', 'delete', server_id, '--wait', cloud=cloud,
              check=False, timeout=300)


@pytest.fixture
def boot(openstack):
    made = []

    def make(name=None, cloud='devcloud-admin', **options):
        name = name or f'fn-server-{uuid.uuid4().hex[:8]}'
        server = _boot(openstack, name, cloud, options)
        made.append((server['id'], cloud))
        return server

    yield make
    for server_id, cloud in reversed(made):
        _delete(openstack, server_id, cloud)


@pytest.fixture(scope='module')
def server(openstack):
    name = f'fn-server-{uuid.uuid4().hex[:8]}'
    made = _boot(openstack, name, 'devcloud-admin', {})
    yield made
    _delete(openstack, made['id'], 'devcloud-admin')
