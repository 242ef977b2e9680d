"""Polling helpers for the server action tests (Nova acts after its 202)."""

import time


def show(openstack, server_id, **kw):
    return openstack('server', 'show', server_id, parse_json=True, **kw).json


def wait_status(openstack, server_id, *statuses, timeout=120):
    """Poll ``server show`` until the status is one of ``statuses`` and
    no task is running; return the fields."""
    deadline = time.monotonic() + timeout
    while True:
        shown = show(openstack, server_id)
        if (shown['status'] in statuses
                and not shown['OS-EXT-STS:task_state']):
            return shown
        if shown['status'] == 'ERROR' or time.monotonic() > deadline:
            raise AssertionError(
                f"server {server_id} is {shown['status']} "
                f"({shown['OS-EXT-STS:task_state']}), not {statuses}")
        time.sleep(1)
