"""The one venv all devcloud servers run from: .devcloud/venv.

Versions come from tools/devcloud-constraints.txt.  A stamp file inside the
venv holds a hash of the constraints, the package list and the Python
version; while it matches, `up` skips pip entirely.
"""
import hashlib
import os
import subprocess
import sys
import time
import venv as stdlib_venv

from .errors import DevcloudError

STAMP = '.devcloud-stamp'


def wanted_key(site, packages):
    h = hashlib.sha256()
    h.update(site.constraints_hash().encode())
    h.update(('\n'.join(sorted(set(packages)))).encode())
    h.update(('%d.%d' % sys.version_info[:2]).encode())
    return h.hexdigest()


def is_current(site, packages):
    try:
        with open(os.path.join(site.venv, STAMP)) as f:
            stamp = f.read().strip()
    except OSError:
        return False
    return (stamp == wanted_key(site, packages)
            and os.path.exists(site.bin('python')))


def ensure(site, packages, say=print):
    """Create/update the venv unless its stamp says it is current."""
    if is_current(site, packages):
        return False
    stamp = os.path.join(site.venv, STAMP)
    if os.path.exists(stamp):
        os.unlink(stamp)   # a failed update must not look current
    t0 = time.monotonic()
    if not os.path.exists(site.bin('python')):
        say('creating %s' % site.rel(site.venv))
        stdlib_venv.EnvBuilder(with_pip=True).create(site.venv)
    log_path = site.log('pip')
    say('installing pinned server packages into %s (log: %s)'
        % (site.rel(site.venv), site.rel(log_path)))
    cmd = [site.bin('python'), '-m', 'pip', 'install',
           '--disable-pip-version-check', '--no-input', '--progress-bar',
           'off', '-c', site.constraints] + sorted(set(packages))
    with open(log_path, 'ab') as log:
        log.write(('\n--- %s\n' % ' '.join(cmd)).encode())
        log.flush()
        rc = subprocess.call(cmd, stdin=subprocess.DEVNULL, stdout=log,
                             stderr=subprocess.STDOUT)
    if rc != 0:
        raise DevcloudError('pip install into %s failed (exit %d); read %s'
                            % (site.rel(site.venv), rc, site.rel(log_path)))
    with open(stamp, 'w') as f:
        f.write(wanted_key(site, packages) + '\n')
    say('installed server packages in %.1f s' % (time.monotonic() - t0))
    return True
