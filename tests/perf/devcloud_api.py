"""What the benchmarks need of the devcloud without this CLI: a token and
the catalog, signed in as one of its clouds (standard library only)."""

import json
import urllib.request


def sign_in(info, cloud):
    """``(token, catalog)`` for cloud ``cloud`` of ``devcloud status
    --json``'s ``info``, by a password request to its Keystone."""
    creds = info['clouds'][cloud]
    body = {'auth': {
        'identity': {'methods': ['password'], 'password': {'user': {
            'name': creds['username'], 'password': creds['password'],
            'domain': {'id': 'default'}}}},
        'scope': {'project': {'name': creds['project_name'],
                              'domain': {'id': 'default'}}}}}
    request = urllib.request.Request(
        info['auth_url'] + '/auth/tokens', json.dumps(body).encode(),
        {'Content-Type': 'application/json'})
    with urllib.request.urlopen(request) as reply:
        return reply.headers['X-Subject-Token'], json.load(reply)['token'][
            'catalog']


def public_url(catalog, service_type):
    return next(e['url'] for entry in catalog if entry['type'] == service_type
                for e in entry['endpoints'] if e['interface'] == 'public')
