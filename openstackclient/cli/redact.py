"""Keep secrets out of logs, ``--debug`` output and ``--log-file``.

Two layers: every secret value the process knows (passwords, tokens,
application credential secrets from options and clouds.yaml, and tokens it
receives) is replaced wherever it appears; and patterns catch secrets in
shapes we recognise (JSON fields, auth headers, Fernet tokens) even when
the value was never seen.
"""

import logging
import re

MASK = '***'

SECRET_KEYS = (
    'password', 'token', 'secret', 'passcode', 'client_secret',
    'access_token', 'application_credential_secret', 'auth_token',
    'oauth2_client_secret',
)

_secrets = set()

_PATTERNS = [
    # "password": "x", 'secret': 'x', "id": "<token>" inside a token block
    (re.compile(
        r'''(["'](?:[a-z_]*password|[a-z_]*secret|passcode|'''
        r'''access_token|auth_token|token)["']\s*:\s*)(["'])(?:(?!\2).)*\2''',
        re.I),
     r'\1\2' + MASK + r'\2'),
    # HTTP headers carrying credentials
    (re.compile(r'((?:X-Auth-Token|X-Subject-Token|X-Service-Token|'
                r'X-Auth-Key|Authorization)\s*:\s*)'
                # keystoneauth logs a token as {SHA256}<its hash>: all of it
                r'(?:\{SHA256\}[0-9a-f]+|[^\s"\'\]}]+)', re.I),
     r'\1' + MASK),
    # key=value forms: password=x, --os-password x handled by values
    (re.compile(r'((?:password|secret|token)=)[^\s&"\']+', re.I),
     r'\1' + MASK),
    # Fernet tokens (and receipts) by their shape
    (re.compile(r'gAAAAA[A-Za-z0-9_\-]{40,}={0,2}'), MASK),
]


def add_secret(value):
    """Mask ``value`` wherever it appears from now on."""
    if isinstance(value, str) and len(value) >= 4:
        _secrets.add(value)


def remember_options(options):
    """Register the secret values among parsed global options."""
    from openstackclient.cli import globalopts

    for dest in globalopts.secret_dests():
        add_secret(getattr(options, dest, None))


def remember_config(config):
    """Register secrets in a cloud config dict (auth section included)."""
    if not isinstance(config, dict):
        return
    for key, value in config.items():
        if isinstance(value, dict):
            remember_config(value)
        elif any(word in key.lower() for word in SECRET_KEYS):
            add_secret(value)


def redact(text):
    # Patterns first: a known secret that is also a word of the text (a
    # password "secret") would otherwise mask the key "secret" and hide
    # from the pattern the value after it.
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    for secret in sorted(_secrets, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def mask_dict(data, unmask=False):
    """A copy of ``data`` with secret-looking values masked."""
    if unmask:
        return data
    masked = {}
    for key, value in data.items():
        if isinstance(value, dict):
            masked[key] = mask_dict(value)
        elif value and any(w in str(key).lower() for w in SECRET_KEYS):
            masked[key] = '<redacted>'
        else:
            masked[key] = value
    return masked


class Formatter(logging.Formatter):
    """A log formatter whose output never carries a known secret."""

    def format(self, record):
        return redact(super().format(record))
