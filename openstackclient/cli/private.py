"""Folders and files only their owner may use (token cache, server socket).

``problem(st, path)``
    None if the ``os.stat_result`` ``st`` of ``path`` belongs to this user
    and neither group nor others have any access; else a phrase saying
    which rule it breaks (the mode it has and the one it needs).
``folder(path, create)``
    ``(path, None)`` if ``path`` is such a folder (made 0700 first when
    ``create`` and missing), else ``(None, phrase)``; the phrase is None
    when the folder just does not exist or cannot be made.

Standard library only: the warm server's client imports this at every run.
"""

import os
import stat


def problem(st, path):
    if st.st_uid != os.getuid():
        return f'{path} belongs to another user (uid {st.st_uid})'
    if st.st_mode & 0o077:
        wanted = '0700' if stat.S_ISDIR(st.st_mode) else '0600'
        return (f'{path} is open to other users (mode '
                f'{stat.S_IMODE(st.st_mode):04o}; it must be {wanted})')
    return None


def folder(path, create):
    try:
        if create:
            os.makedirs(path, mode=0o700, exist_ok=True)
        st = os.lstat(path)
    except OSError:
        return None, None
    if not stat.S_ISDIR(st.st_mode):
        return None, f'{path} is not a folder'
    why = problem(st, path)
    return (None, why) if why else (path, None)
