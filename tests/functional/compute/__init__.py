"""Functional tests of the compute commands against the devcloud's Nova."""


def one_line_error(result, code):
    """Assert ``result`` failed with exit ``code`` and one line; return it."""
    assert result.rc == code, (result.rc, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith('openstack: ')
    assert 'Traceback' not in result.stderr
    return lines[0]
