class DevcloudError(Exception):
    """An expected failure: one line on stderr, exit status 1, no traceback."""
