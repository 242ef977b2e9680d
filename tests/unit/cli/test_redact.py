"""Unit tests: redaction when a known secret is also a word of the text."""

from openstackclient.cli import redact


def test_password_equal_to_a_json_key_does_not_unmask_values():
    # The devcloud's password is "secret": masking it first turned the
    # key "secret" into "***", and the value after it was then shown.
    redact.add_secret('secret')
    line = ('RESP BODY: {"consumer": {"description": "d", '
            '"secret": "6b21a224e2d74fd495a2199495f74ef2"}}')
    cleaned = redact.redact(line)
    assert '6b21a224e2d74fd495a2199495f74ef2' not in cleaned
    assert 'secret' not in cleaned
    assert '"description": "d"' in cleaned


def test_known_secret_inside_pattern_match_is_masked():
    redact.add_secret('s3cr3t-value')
    cleaned = redact.redact("{'password': 's3cr3t-value'} s3cr3t-value")
    assert 's3cr3t-value' not in cleaned
