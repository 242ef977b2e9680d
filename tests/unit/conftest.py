import os

import pytest


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No OS_* settings or user caches leak into a unit test."""
    for name in list(os.environ):
        if name.startswith('OS_'):
            monkeypatch.delenv(name)
    monkeypatch.setenv('XDG_CACHE_HOME', str(tmp_path / 'cache'))
    # In-process runs (shell.main with requests-mock) must stay in-process:
    # test_server.py turns the warm server back on for its own runs.
    monkeypatch.setenv('OPENSTACKCLIENT_SERVER', '0')
    monkeypatch.setenv('HOME', str(tmp_path / 'home'))
    monkeypatch.chdir(tmp_path)
    yield
