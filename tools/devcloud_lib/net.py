"""Small HTTP helpers on top of urllib.

Proxies from the environment are ignored on purpose: every devcloud address
is 127.0.0.1 and an http_proxy variable must not redirect it.
"""
import http.client
import json
import time
import urllib.error
import urllib.request

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def request(method, url, body=None, headers=None, timeout=30.0):
    """Send one request; return (status, headers, raw body bytes).

    body is sent as JSON, or as is when it is bytes (give its Content-Type
    in headers).

    HTTP error statuses are returned, not raised.  Connection problems raise
    OSError (URLError is a subclass).
    """
    data = None
    hdrs = {'Accept': 'application/json'}
    if isinstance(body, bytes):
        data = body
    elif body is not None:
        data = json.dumps(body).encode()
        hdrs['Content-Type'] = 'application/json'
    hdrs.update(headers or {})
    req = urllib.request.Request(url, data=data, headers=hdrs, method=method)
    try:
        with _opener.open(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.headers, exc.read()


def status_of(url, timeout=2.0):
    """The HTTP status a GET on url gets, or None when nothing answers."""
    try:
        return request('GET', url, timeout=timeout)[0]
    except (OSError, http.client.HTTPException):
        return None


def wait_until(predicate, timeout, interval=0.1):
    """Poll predicate() until it is true or timeout seconds have passed."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)
