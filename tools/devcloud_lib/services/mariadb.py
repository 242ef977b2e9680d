"""MariaDB: the SQL server of the services that run several processes.

Cinder (and later Nova) run an API, a scheduler and workers that all write
at once; on SQLite they fail with "database is locked".  So they keep
their databases here: Debian's `mariadb-server`, started by the tool as the
invoking user, on a loopback port, with its data in .devcloud/data/mariadb
and its socket in .devcloud/run.  Nothing is read from /etc/mysql
(--no-defaults).

A unit that needs a database lists 'mariadb' in ``requires`` (its setup
then runs once the server answers), calls ``create_database(site, run,
name)`` in its setup and puts ``database_url(site, name)`` in its config.
"""
import getpass
import os
import shutil

from ..errors import DevcloudError
from ..layout import SERVICE_PASSWORD
from ..procs import TcpProcess
from .base import Service

DB_USER = 'devcloud'
# Where Debian puts the server; the client tools are on PATH.
MARIADBD = ('/usr/sbin/mariadbd', '/usr/sbin/mysqld')


def _which(candidates, name):
    for path in candidates:
        if os.access(path, os.X_OK):
            return path
    found = shutil.which(name)
    if not found:
        raise DevcloudError(
            '%s not found: install the Debian package mariadb-server '
            '(apt-get install -y mariadb-server); tools/run-tests does it '
            'when run as root' % name)
    return found


def data_dir(site):
    return os.path.join(site.data, 'mariadb')


def socket_path(site):
    return os.path.join(site.run_dir, 'mariadb.sock')


def port(site):
    return site.port(MariaDB.ports['db'])


def database_url(site, name):
    """SQLAlchemy URL of database ``name`` on the devcloud's MariaDB."""
    return 'mysql+pymysql://%s:%s@127.0.0.1:%d/%s?charset=utf8' % (
        DB_USER, SERVICE_PASSWORD, port(site), name)


def client(site):
    """argv of the mariadb client, as the server's root, over the socket."""
    return [shutil.which('mariadb') or 'mariadb', '--no-defaults',
            '--socket=' + socket_path(site), '--user=root']


def create_database(site, run, name):
    """Make database ``name`` (utf8) and let the devcloud user use it."""
    run(client(site) + ['-e', (
        "CREATE DATABASE IF NOT EXISTS `{db}` CHARACTER SET utf8; "
        "CREATE USER IF NOT EXISTS '{user}'@'127.0.0.1' "
        "IDENTIFIED BY '{pw}'; "
        "GRANT ALL PRIVILEGES ON `{db}`.* TO '{user}'@'127.0.0.1';").format(
            db=name, user=DB_USER, pw=SERVICE_PASSWORD)])


class MariaDB(Service):
    name = 'mariadb'
    debs = ('mariadb-server',)
    packages = ('PyMySQL',)       # the services' driver
    ports = {'db': 23}
    ready_timeout = 60

    def _user_args(self):
        # mariadbd refuses to run as root unless told to.
        return ['--user=' + getpass.getuser()]

    def setup(self, site, run):
        datadir = data_dir(site)
        if os.path.isdir(os.path.join(datadir, 'mysql')):
            return                  # already initialised
        shutil.rmtree(datadir, ignore_errors=True)
        os.makedirs(datadir)
        run([_which((), 'mariadb-install-db'), '--no-defaults',
             '--datadir=' + datadir, '--auth-root-authentication-method=normal',
             '--skip-test-db', '--skip-name-resolve'] + self._user_args())

    def processes(self, site):
        argv = [_which(MARIADBD, 'mariadbd'), '--no-defaults',
                '--datadir=' + data_dir(site),
                '--socket=' + socket_path(site),
                '--pid-file=' + os.path.join(site.run_dir, 'mariadb.pid'),
                '--port=%d' % port(site), '--bind-address=127.0.0.1',
                '--skip-name-resolve', '--skip-log-bin',
                '--innodb-buffer-pool-size=64M', '--max-connections=500',
                # A devcloud loses nothing it cares about in a crash:
                # no fsync per commit, so schema syncs take seconds.
                '--innodb-flush-log-at-trx-commit=0', '--sync-binlog=0',
                '--innodb-doublewrite=0',
                '--log-error=' + site.log('mariadb-errors'),
                ] + self._user_args()
        # The handshake packet's protocol version byte follows 4 header
        # bytes, so checking only that something arrives is enough.
        return [TcpProcess('mariadb', argv, port(site), greeting=b'')]
