"""HTTP responses for commands that call ``identity.v3.rest``."""

import json

import requests


def response(status=204, body=None):
    """A ``requests.Response`` with this status and JSON ``body``."""
    resp = requests.Response()
    resp.status_code = status
    resp._content = b'' if body is None else json.dumps(body).encode()
    if body is not None:
        resp.headers['content-type'] = 'application/json'
    return resp
