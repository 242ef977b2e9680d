"""Fixtures for object store functional tests: containers that clean up
after themselves, the CLI run in a chosen directory or cloud config, and a
local HTTP proxy in front of Swift that can corrupt or cut responses."""

import http.client
import http.server
import os
import socket
import subprocess
import sys
import threading
import urllib.parse

import pytest
import yaml

EXE = os.path.join(os.path.dirname(sys.executable), 'openstack')


@pytest.fixture
def container(openstack, unique_name):
    """A new container; deleted afterwards with all it holds (and its
    ``_segments`` container, if an upload made one)."""
    name = unique_name('ctr')
    openstack('container', 'create', name)
    yield name
    openstack('container', 'delete', '--recursive', name, check=False)
    openstack('container', 'delete', '--recursive', f'{name}_segments',
              check=False)


@pytest.fixture
def cli(devcloud):
    """cli(*args, cwd=None, config=None, input=None) -> CompletedProcess
    (bytes output), as the admin; ``config``: another clouds.yaml."""

    def run(*args, cwd=None, config=None, input=None):
        env = devcloud.cloud_env('devcloud-admin')
        if config:
            env['OS_CLIENT_CONFIG_FILE'] = str(config)
        return subprocess.run(
            [EXE, *map(str, args)], cwd=cwd, env=env, input=input,
            stdin=None if input is not None else subprocess.DEVNULL,
            capture_output=True, timeout=300)

    return run


class _Forward(http.server.BaseHTTPRequestHandler):
    """Forward one request to Swift; maybe corrupt or cut the answer."""

    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def _forward(self):
        server = self.server
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else None
        upstream = http.client.HTTPConnection(server.upstream, timeout=60)
        headers = {k: v for k, v in self.headers.items()
                   if k.lower() not in ('host', 'connection')}
        upstream.request(self.command, self.path, body=body, headers=headers)
        resp = upstream.getresponse()
        data = resp.read()
        upstream.close()
        tamper = (self.command == 'GET' and self.path == server.target)
        if tamper and server.mode == 'flip':
            middle = len(data) // 2
            data = data[:middle] + bytes([data[middle] ^ 1]) + \
                data[middle + 1:]
        self.send_response(resp.status, resp.reason)
        for key, value in resp.getheaders():
            if key.lower() not in ('connection', 'transfer-encoding',
                                   'content-length'):
                self.send_header(key, value)
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        if self.command == 'HEAD':
            return
        if tamper and server.mode == 'cut':
            self.wfile.write(data[:server.cut_after])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            server.cuts += 1
            return
        self.wfile.write(data)

    do_GET = do_HEAD = do_PUT = do_POST = do_DELETE = _forward


@pytest.fixture
def swift_proxy(devcloud, openstack, tmp_path):
    """A local proxy to Swift, and a clouds.yaml sending object store
    requests through it. Set ``.mode`` ('flip' one byte of, or 'cut' the
    connection after ``.cut_after`` bytes of) and ``.target`` (the URL
    path of the object GET to tamper with; see ``.object_path()``)."""
    account = openstack('object', 'store', 'account', 'show',
                        parse_json=True).json['Account']
    swift = urllib.parse.urlparse(devcloud.endpoints['object-store'])
    server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), _Forward)
    server.daemon_threads = True
    server.upstream = swift.netloc
    server.mode = None
    server.target = None
    server.cut_after = 0
    server.cuts = 0
    server.object_path = lambda c, o: '/v1/%s/%s/%s' % (
        account, urllib.parse.quote(c), urllib.parse.quote(o))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with open(devcloud.clouds_yaml) as f:
        config = yaml.safe_load(f)
    cloud = config['clouds']['devcloud-admin']
    cloud['object_store_endpoint_override'] = 'http://127.0.0.1:%d/v1/%s' % (
        server.server_address[1], account)
    server.clouds_yaml = tmp_path / 'proxied-clouds.yaml'
    server.clouds_yaml.write_text(yaml.safe_dump(config))
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
