"""Cinder through keystoneauth, for the fixtures of the volume tests:
volumes to back up, group types and groups to put them in, made and
removed without going through the CLI under test."""
import time
import uuid

from keystoneauth1 import session as ks_session
from keystoneauth1.identity import v3

VERSION = {'OpenStack-API-Version': 'volume 3.71'}


class Cinder:
    """A signed-in keystoneauth session on Cinder's v3 endpoint."""

    def __init__(self, devcloud, cred):
        auth = v3.Password(
            auth_url=devcloud.auth_url, username=cred['username'],
            password=cred['password'], project_name=cred['project_name'],
            user_domain_id='default', project_domain_id='default')
        self.session = ks_session.Session(auth=auth)
        self.ef = {'service_type': 'volumev3', 'interface': 'public',
                   'region_name': devcloud.region}

    def request(self, method, path, body=None, raise_exc=True, headers=None):
        return self.session.request(
            path, method, endpoint_filter=self.ef, json=body,
            raise_exc=raise_exc, headers=dict(VERSION, **(headers or {})))

    def get(self, path, key):
        """The resource at ``path`` (its ``key`` object), or None if gone."""
        response = self.request('GET', path, raise_exc=False)
        if response.status_code == 404:
            return None
        response.raise_for_status()
        return response.json()[key]

    def wait(self, path, key, busy, timeout=120):
        """Poll until the status is not in ``busy``; the resource or None."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.get(path, key)
            if found is None or found.get('status') not in busy:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f'{path} stuck in {found["status"]}')
            time.sleep(0.5)

    def wait_gone(self, path, key, timeout=120):
        deadline = time.monotonic() + timeout
        while self.get(path, key) is not None:
            if time.monotonic() > deadline:
                raise AssertionError(f'{path} was not deleted')
            time.sleep(0.5)

    # Volumes -------------------------------------------------------------

    def create_volume(self, name=None, size=1, **extra):
        body = {'size': size, 'name': name or 'fn-vol-' + uuid.uuid4().hex[:8]}
        body.update(extra)
        vol = self.request('POST', '/volumes',
                           {'volume': body}).json()['volume']
        vol = self.wait('/volumes/' + vol['id'], 'volume',
                        ('creating', 'downloading'))
        assert vol['status'] == 'available', vol
        return vol

    def delete_volume(self, volume_id):
        """Delete a volume once nothing is using it, and wait it is gone."""
        path = '/volumes/' + volume_id
        vol = self.wait(path, 'volume', ('creating', 'backing-up',
                                         'restoring-backup', 'attaching',
                                         'detaching', 'extending'))
        if vol is None:
            return
        self.request('DELETE', path + '?cascade=true', raise_exc=False)
        self.wait_gone(path, 'volume')

    def delete_backup(self, backup_id):
        path = '/backups/' + backup_id
        if self.wait(path, 'backup', ('creating', 'restoring')) is None:
            return
        self.request('DELETE', path, raise_exc=False)
        self.wait_gone(path, 'backup')

    def backups_of(self, volume_id):
        found = self.request(
            'GET', '/backups?volume_id=' + volume_id).json()['backups']
        return [backup['id'] for backup in found]

    def detach_all(self, volume_id):
        """Drop a volume's attachments without Nova (admin reset to
        available/detached), so it can be deleted."""
        self.request('POST', f'/volumes/{volume_id}/action', {
            'os-reset_status': {'status': 'available',
                                'attach_status': 'detached'}},
            raise_exc=False)

    def create_type(self, name, extra_specs=None):
        return self.request('POST', '/types', {'volume_type': {
            'name': name, 'extra_specs': extra_specs or {}}}).json()[
            'volume_type']

    def delete_type(self, type_id):
        self.request('DELETE', '/types/' + type_id, raise_exc=False)
