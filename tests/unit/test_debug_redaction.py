"""--debug shows requests and responses, never the secrets in them."""

import json

from openstackclient import shell
from tests.unit.keystone_fakes import AUTH_URL
from tests.unit.keystone_fakes import keystone  # noqa: F401 - a fixture
from tests.unit.keystone_fakes import PASSWORD
from tests.unit.keystone_fakes import TOKEN

APP_SECRET = 'appcred-secret-9920'


def test_debug_output_has_no_password_or_token(keystone, capsys):
    rc = shell.main([
        '--debug', '--os-auth-url', AUTH_URL, '--os-username', 'admin',
        '--os-password', PASSWORD, '--os-project-name', 'admin',
        '--os-user-domain-id', 'default', '--os-project-domain-id',
        'default', 'versions', 'show', '-f', 'json'])
    out, err = capsys.readouterr()
    assert rc == 0, err
    assert json.loads(out)[0]['Service Type'] == 'identity'
    # the debug log really shows the exchange...
    assert 'POST http://keystone.test/v3/auth/tokens' in err
    # ...but none of the secrets used in it
    assert PASSWORD not in err and PASSWORD not in out
    assert TOKEN not in err and TOKEN not in out
    assert TOKEN[:20] not in err


def test_log_file_has_no_secrets(keystone, capsys, tmp_path):
    log = tmp_path / 'osc.log'
    rc = shell.main([
        '--log-file', str(log), '--os-auth-url', AUTH_URL,
        '--os-username', 'admin', '--os-password', PASSWORD,
        '--os-project-name', 'admin', 'versions', 'show'])
    capsys.readouterr()
    assert rc == 0
    text = log.read_text()
    assert 'auth/tokens' in text
    assert PASSWORD not in text and TOKEN[:20] not in text


def test_redact_patterns():
    from openstackclient.cli import redact

    redact.add_secret(APP_SECRET)
    line = ('{"application_credential": {"id": "a1", "secret": "%s"}} '
            'X-Auth-Token: abc123 password=hunter22' % APP_SECRET)
    cleaned = redact.redact(line)
    assert APP_SECRET not in cleaned
    assert 'abc123' not in cleaned and 'hunter22' not in cleaned
    assert '"id": "a1"' in cleaned


def test_keystoneauth_token_hash_is_masked_whole():
    from openstackclient.cli import redact

    line = ('-H "X-Auth-Token: {SHA256}f7314d83ee338ada0d500eb558317ebc'
            'e877727b37fac324c1aa3b14c1ebc581"')
    assert redact.redact(line) == f'-H "X-Auth-Token: {redact.MASK}"'
