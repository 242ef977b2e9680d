class DevcloudError(Exception):
    """An expected failure: printed as one line, exit status 1, no traceback."""
