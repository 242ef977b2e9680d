"""Fixtures shared by the image v2 functional tests."""

import os
import subprocess
import sys

import pytest

#: Small image data: the devcloud's Glance serves one request at a time.
DATA = os.urandom(3000)


@pytest.fixture
def image_file(tmp_path):
    """A small local file of image data."""
    path = tmp_path / 'disk.raw'
    path.write_bytes(DATA)
    return path


@pytest.fixture
def make_image(openstack, unique_name, image_file):
    """make_image(*options, data=True) -> the new image (JSON); every
    image made is deleted afterwards."""
    made = []

    def make(*options, data=True, cloud='devcloud-admin'):
        args = ['image', 'create', unique_name('image'), *options]
        if data:
            args += ['--file', image_file]
        image = openstack(*args, cloud=cloud, parse_json=True).json
        made.append((image['id'], cloud))
        return image

    yield make
    for image_id, cloud in made:
        openstack('image', 'set', image_id, '--unprotected', cloud=cloud,
                  check=False)
        openstack('image', 'delete', image_id, cloud=cloud, check=False)


@pytest.fixture
def namespace(openstack, unique_name):
    """A new public metadef namespace (JSON), deleted afterwards."""
    name = unique_name('ns')
    made = openstack('image', 'metadef', 'namespace', 'create', name,
                     '--public', parse_json=True).json
    yield made
    openstack('image', 'metadef', 'namespace', 'set', name, '--unprotected',
              check=False)
    openstack('image', 'metadef', 'namespace', 'delete', name, check=False)


@pytest.fixture
def run_binary(devcloud):
    """run_binary(*args, input=b'', cloud=...) -> CompletedProcess with
    bytes stdout/stderr: the CLI for commands that move binary data."""
    exe = os.path.join(os.path.dirname(sys.executable), 'openstack')

    def run(*args, input=None, cloud='devcloud-admin', timeout=300):
        return subprocess.run(
            [exe, '--os-cloud', cloud, *map(str, args)],
            env=devcloud.cloud_env(cloud), input=input,
            stdin=subprocess.DEVNULL if input is None else None,
            capture_output=True, timeout=timeout)

    return run
