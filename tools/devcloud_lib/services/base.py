"""What a devcloud service unit is, plus helpers the units share.

A unit is a subclass of Service that says, for one OpenStack service:

  name, requires      its name on the command line; the units it needs
  packages, debs      pip packages for .devcloud/venv; Debian packages
                      (installed by tools/run-tests when run as root)
  ports               {key: offset from the base port}
  configure(site)     write its config files (every `up`; must be cheap)
  setup(site, run)    one-time work such as db sync; re-run only when
                      setup_key(site) changes (new constraints, new ports)
  processes(site)     the Process objects to start, each with its readiness
                      check (an HTTP GET answering with an expected status)
  service_user        Keystone user created in project `service` with the
                      admin and service roles (None for none)
  catalog             Endpoint entries, registered public AND internal
  post_start(site, ks)  work through the service's own API once it answers
                      (e.g. neutron's shared `public` network); must be
                      idempotent: it runs on every `up` that starts
                      something, and once more whenever it has not yet
                      succeeded (a stamp in data/ says it has)

To add a service, write services/<name>.py and list it in services/ALL.
"""
import collections
import os
import subprocess

from ..errors import DevcloudError
from ..layout import SERVICE_PASSWORD, SERVICE_PROJECT, write_file
from ..procs import Process, clean_env

# One catalog entry: the service's name and type, which of the unit's ports
# serves it, and the URL path (may hold %(project_id)s).
Endpoint = collections.namedtuple('Endpoint', 'name type port path')


class Service:
    name = None
    requires = ()
    packages = ()
    debs = ()
    ports = {}
    service_user = None
    catalog = ()
    setup_timeout = 600
    ready_timeout = 90

    def port(self, site, key):
        return site.port(self.ports[key])

    def configure(self, site):
        pass

    #: Part of the setup key: bump it when a change (a new database, say)
    #: needs the setup of an existing devcloud to run again.
    setup_version = ''

    def setup_key(self, site):
        return site.constraints_hash() + self.setup_version

    def setup(self, site, run):
        pass

    def processes(self, site):
        return []

    def post_start(self, site, ks):
        """Called once every process of the unit answers; ks is the
        admin's keystone_api.Keystone client."""

    def endpoint_urls(self, site):
        """{service type: URL} of this unit's catalog entries."""
        return {ep.type: site.url(self.ports[ep.port], ep.path)
                for ep in self.catalog}

    def register(self, ks, site):
        """Create the service user and the catalog entries in Keystone."""
        if self.service_user:
            project = ks.ensure_project(SERVICE_PROJECT)
            user = ks.ensure_user(self.service_user, SERVICE_PASSWORD,
                                  project)
            for role in ('admin', 'service'):
                ks.grant(project, user, role)
        for ep in self.catalog:
            service_id = ks.ensure_service(ep.name, ep.type)
            url = site.url(self.ports[ep.port], ep.path)
            for interface in ('public', 'internal'):
                ks.ensure_endpoint(service_id, interface, url)


# -- helpers for units -----------------------------------------------------

class Runner:
    """Runs a unit's setup commands, appending their output to its log."""

    def __init__(self, site, service):
        self.site = site
        self.service = service
        self.log = site.log(service.name)

    def __call__(self, argv, cwd=None, env=None, ok=(0,)):
        with open(self.log, 'ab') as log:
            log.write(('--- setup: %s\n' % ' '.join(argv)).encode())
            log.flush()
            try:
                rc = subprocess.call(
                    argv, stdin=subprocess.DEVNULL, stdout=log,
                    stderr=subprocess.STDOUT, cwd=cwd or self.site.dir,
                    env=clean_env(env or {}),
                    timeout=self.service.setup_timeout)
            except (OSError, subprocess.TimeoutExpired) as exc:
                rc = str(exc)
        if rc not in ok:
            raise DevcloudError('%s setup failed (%s: exit %s); read %s' % (
                self.service.name, os.path.basename(argv[0]), rc,
                self.site.rel(self.log)))


def authtoken_section(site, username):
    """[keystone_authtoken] for a service that validates tokens."""
    return '\n'.join([
        '[keystone_authtoken]',
        'www_authenticate_uri = %s' % site.url(0),
        'auth_url = %s' % site.url(0),
        'auth_type = password',
        'user_domain_id = default',
        'project_domain_id = default',
        'project_name = %s' % SERVICE_PROJECT,
        'username = %s' % username,
        'password = %s' % SERVICE_PASSWORD,
        # Default is internal; said explicitly since it must be registered.
        'interface = internal',
        'region_name = RegionOne',
    ]) + '\n'


def client_section(site, section, username, extra=''):
    """A keystoneauth password section: how a service signs in to call
    another one (Nova's [neutron], Neutron's [nova], ...)."""
    return '\n'.join([
        '[%s]' % section,
        'auth_type = password',
        'auth_url = %s' % site.url(0),
        'username = %s' % username,
        'password = %s' % SERVICE_PASSWORD,
        'user_domain_id = default',
        'project_name = %s' % SERVICE_PROJECT,
        'project_domain_id = default',
        'region_name = RegionOne',
        'valid_interfaces = internal',
    ]) + '\n' + extra + '\n'


def write_wsgi_wrapper(site, module, app, prelude=''):
    """A module gunicorn imports: it empties sys.argv, then imports app.

    Keystone (and later Nova, Neutron) hand sys.argv to oslo.config, which
    would choke on gunicorn's own options; so every app goes through this.
    ``prelude``: Python lines to run before the app is imported.
    """
    write_file(os.path.join(site.wsgi, module + '.py'), (
        '# Generated by tools/devcloud.\n'
        'import sys\n'
        'sys.argv = sys.argv[:1]  # oslo.config must not see gunicorn args\n'
        '%sfrom %s import application  # noqa: E402,F401\n') % (prelude, app))


def gunicorn_process(site, name, module, port, env, threads=1, workers=1,
                     ready_path='/', ready_codes=(200,)):
    """A Process serving site.wsgi/<module>.py:application with gunicorn."""
    argv = [site.bin('gunicorn'), '--chdir', site.wsgi,
            '--no-control-socket',        # else ~/.gunicorn/gunicorn.ctl
            '--bind', '127.0.0.1:%d' % port,
            '--workers', str(workers), '--threads', str(threads),
            '--timeout', '300', '--graceful-timeout', '5',
            # gunicorn closes an idle kept-alive connection after 2 s by
            # default: a client polling every 2 s then races the close
            # and gets "connection failed" (a web server in front of a
            # real cloud keeps them longer).
            '--keep-alive', '30',
            '--access-logfile', '-', '--error-logfile', '-',
            module + ':application']
    return Process(name, argv, port, ready_path=ready_path,
                   ready_codes=ready_codes, env=env)
