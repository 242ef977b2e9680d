"""Documentation and generated data that must track the code."""

import pathlib
import subprocess
import sys

from openstackclient.cli import errors

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_every_exit_code_is_documented():
    for doc in ('doc/exit-codes.rst', 'README.rst'):
        text = (ROOT / doc).read_text()
        for code in errors.EXIT_CODES:
            assert f'\n{code:<5}  ' in text, (doc, code)


def test_auth_option_table_matches_keystoneauth():
    proc = subprocess.run(
        [sys.executable, str(ROOT / 'tools' / 'gen-auth-options'),
         '--check'])
    assert proc.returncode == 0, (
        'keystoneauth1 changed: run .venv/bin/python tools/gen-auth-options')
