"""Just enough of Keystone's v3 REST API to set up the devcloud, idempotently.

Every ensure_* call looks the thing up first and creates it only when it is
missing, so running `up` again never duplicates a project, user, role
assignment, service or endpoint.  An endpoint whose URL changed (another
--base-port) is updated.  Each collection is listed once per client.
"""
import json

from . import net
from .errors import DevcloudError
from .layout import REGION


class Keystone:
    def __init__(self, auth_url, username, password, project_name):
        self.url = auth_url.rstrip('/')
        self._auth = (username, password, project_name)
        self._token = None
        self._cache = {}

    # -- plumbing ---------------------------------------------------------
    def _call(self, method, path, body=None, expect=(200, 201, 204),
              token=True):
        headers = {'X-Auth-Token': self.token()} if token else {}
        try:
            status, hdrs, raw = net.request(method, self.url + path, body,
                                            headers)
        except OSError as exc:
            raise DevcloudError('keystone at %s does not answer: %s'
                                % (self.url, exc))
        if status not in expect:
            raise DevcloudError('keystone: %s %s answered HTTP %d: %s' % (
                method, path, status, raw[:300].decode(errors='replace')))
        return hdrs, (json.loads(raw) if raw else {})

    def token(self):
        if self._token is None:
            user, password, project = self._auth
            body = {'auth': {
                'identity': {'methods': ['password'], 'password': {'user': {
                    'name': user, 'password': password,
                    'domain': {'id': 'default'}}}},
                'scope': {'project': {'name': project,
                                      'domain': {'id': 'default'}}}}}
            hdrs, _ = self._call('POST', '/auth/tokens', body, expect=(201,),
                                 token=False)
            self._token = hdrs['X-Subject-Token']
        return self._token

    def _all(self, collection):
        """Every item of a collection, fetched once and then kept up to
        date by this client: a re-`up` with nothing to do costs 6 calls."""
        if collection not in self._cache:
            _, body = self._call('GET', '/' + collection)
            self._cache[collection] = body[collection]
        return self._cache[collection]

    def _find(self, collection, **attrs):
        return [item for item in self._all(collection)
                if all(item.get(k) == v for k, v in attrs.items())]

    def _create(self, collection, singular, attrs):
        _, body = self._call('POST', '/' + collection, {singular: attrs},
                             expect=(201,))
        self._all(collection).append(body[singular])
        return body[singular]['id']

    # -- things -----------------------------------------------------------
    def role_id(self, name):
        roles = self._find('roles', name=name)
        if not roles:
            raise DevcloudError('keystone has no role %r' % name)
        return roles[0]['id']

    def ensure_project(self, name):
        found = self._find('projects', name=name, domain_id='default')
        if found:
            return found[0]['id']
        return self._create('projects', 'project', {
            'name': name, 'domain_id': 'default',
            'description': 'created by tools/devcloud'})

    def ensure_user(self, name, password, project_id=None,
                    domain_id='default'):
        found = self._find('users', name=name, domain_id=domain_id)
        if found:
            return found[0]['id']
        attrs = {'name': name, 'password': password, 'domain_id': domain_id}
        if project_id:
            attrs['default_project_id'] = project_id
        return self._create('users', 'user', attrs)

    def grant(self, project_id, user_id, role_name):
        role_id = self.role_id(role_name)
        for a in self._all('role_assignments'):
            if (a.get('user', {}).get('id') == user_id
                    and a.get('scope', {}).get('project', {}).get('id')
                    == project_id and a['role']['id'] == role_id):
                return
        self._call('PUT', '/projects/%s/users/%s/roles/%s' % (
            project_id, user_id, role_id))
        self._all('role_assignments').append({
            'user': {'id': user_id}, 'role': {'id': role_id},
            'scope': {'project': {'id': project_id}}})

    def ensure_domain(self, name, description):
        found = self._find('domains', name=name)
        if found:
            return found[0]['id']
        return self._create('domains', 'domain', {
            'name': name, 'description': description, 'enabled': True})

    def ensure_role(self, name):
        found = self._find('roles', name=name)
        if found:
            return found[0]['id']
        return self._create('roles', 'role', {'name': name})

    def grant_on_domain(self, domain_id, user_id, role_name):
        role_id = self.role_id(role_name)
        for a in self._all('role_assignments'):
            if (a.get('user', {}).get('id') == user_id
                    and a.get('scope', {}).get('domain', {}).get('id')
                    == domain_id and a['role']['id'] == role_id):
                return
        self._call('PUT', '/domains/%s/users/%s/roles/%s' % (
            domain_id, user_id, role_id))
        self._all('role_assignments').append({
            'user': {'id': user_id}, 'role': {'id': role_id},
            'scope': {'domain': {'id': domain_id}}})

    def ensure_service(self, name, type_):
        found = self._find('services', name=name, type=type_)
        if found:
            return found[0]['id']
        return self._create('services', 'service',
                            {'name': name, 'type': type_, 'enabled': True})

    def ensure_endpoint(self, service_id, interface, url):
        found = self._find('endpoints', service_id=service_id,
                           interface=interface, region_id=REGION)
        if not found:
            self._create('endpoints', 'endpoint', {
                'service_id': service_id, 'interface': interface,
                'url': url, 'region_id': REGION, 'enabled': True})
            return
        first, extra = found[0], found[1:]
        if first['url'] != url:
            self._call('PATCH', '/endpoints/' + first['id'],
                       {'endpoint': {'url': url}})
            first['url'] = url
        for dup in extra:
            self._call('DELETE', '/endpoints/' + dup['id'])
            self._all('endpoints').remove(dup)
