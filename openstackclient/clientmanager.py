"""The one place that touches cloud config, keystoneauth1 and openstacksdk.

Created by the app the first time a command asks for
``app.client_manager``; commands that never do (help, command list) never
import any of this. Built on osc-lib's ClientManager, so OSC plugins find
what they expect: ``session``, ``auth_ref``, ``sdk_connection``,
``get_endpoint_for_service_type``, ``_api_version`` and one attribute per
API name (``client_manager.compute``...) made by that API module's
``make_client``.
"""

import argparse
import getpass
import logging
import sys

from osc_lib import clientmanager as osc_clientmanager

from openstackclient import __version__
from openstackclient.cli import errors
from openstackclient.cli import redact

LOG = logging.getLogger(__name__)

PASSWORD_PLUGINS = ('password', 'v3password', 'v2password')
TOKEN_PLUGINS = ('token', 'v3token', 'v2token', 'admin_token')

NO_CREDENTIALS = (
    'Missing credentials: choose a cloud from clouds.yaml with --os-cloud '
    'or OS_CLOUD, or give --os-auth-url, --os-username, --os-password and '
    '--os-project-name (or OS_AUTH_URL, OS_USERNAME, OS_PASSWORD, '
    'OS_PROJECT_NAME)'
)


def prompt_for_password(prompt=None):
    """Ask for a password on a terminal; fail in one line otherwise."""
    if sys.stdin.isatty():
        try:
            password = getpass.getpass(prompt or 'Password: ')
        except EOFError:
            password = None
        if password:
            return password
    raise errors.AuthError(
        'No password given: set --os-password, OS_PASSWORD or the '
        "cloud's auth.password in clouds.yaml")


def load_config():
    """osc-lib's clouds.yaml/secure.yaml/OS_* loader, OSC's defaults."""
    from osc_lib.cli import client_config

    return client_config.OSC_Config(
        pw_func=prompt_for_password,
        override_defaults={'interface': 'public', 'auth_type': None},
    )


def _default_auth_type(options):
    if getattr(options, 'endpoint', None) and getattr(options, 'token', None):
        return 'admin_token'
    return 'password'


def config_args(options):
    """The options as cloud config sees them: as OSC passes them, debug
    is None (left out) unless set."""
    args = argparse.Namespace(**vars(options))
    if not args.debug:
        args.debug = None
    return args


def get_cloud(config, options):
    """The CloudRegion for the options, with unknown clouds named clearly."""
    from openstack import exceptions as sdk_exceptions

    config.defaults['auth_type'] = _default_auth_type(options)
    try:
        return config.get_one(
            cloud=options.cloud, argparse=config_args(options),
            validate=False)
    except sdk_exceptions.ConfigException as e:
        if options.cloud and 'was not found' in str(e):
            names = sorted(n for n in config.get_cloud_names()
                           if n not in ('envvars', 'defaults'))
            if config.config_filename:
                where = f'in {config.config_filename}; clouds defined: ' + (
                    ', '.join(names) or 'none')
            else:
                where = ('and no clouds.yaml was found (set '
                         'OS_CLIENT_CONFIG_FILE, or see '
                         '~/.config/openstack/clouds.yaml)')
            raise errors.UsageError(
                f"Cloud '{options.cloud}' is not defined {where}") from e
        raise errors.UsageError(f'Invalid cloud configuration: {e}') from e


def check_credentials(cloud):
    """Fail in one line when the auth options cannot work."""
    auth = _auth_values(cloud.config)
    auth_type = cloud.config.get('auth_type') or 'password'
    if auth_type == 'none':
        return
    if not any(auth.values()):
        raise errors.AuthError(NO_CREDENTIALS)
    missing = []
    if auth_type in PASSWORD_PLUGINS + TOKEN_PLUGINS and \
            auth_type != 'admin_token' and not auth.get('auth_url'):
        missing.append('an auth URL (--os-auth-url, OS_AUTH_URL)')
    if auth_type in PASSWORD_PLUGINS and not (
            auth.get('username') or auth.get('user_id')):
        missing.append('a user (--os-username, OS_USERNAME)')
    if auth_type in TOKEN_PLUGINS and not auth.get('token'):
        missing.append('a token (--os-token, OS_TOKEN)')
    if missing:
        raise errors.AuthError('Missing credentials: set '
                               + '; '.join(missing))


def _auth_values(config):
    """Auth values from the auth section and, before validation, from
    the top level where options and OS_* variables first land."""
    from openstackclient.cli import auth_options

    auth = {k: v for k, v in (config.get('auth') or {}).items() if v}
    for name, _help, _secret in auth_options.OPTIONS:
        key = name.replace('-', '_')
        if config.get(key) and key not in auth:
            auth[key] = config[key]
    return auth


class ClientManager(osc_clientmanager.ClientManager):
    """Lazy access to the session, the SDK and each API's client."""

    @classmethod
    def from_options(cls, options, api_version, api_modules=()):
        config = load_config()
        cloud = get_cloud(config, options)
        redact.remember_config(cloud.config)
        manager = cls(cli_options=cloud, api_version=api_version,
                      pw_func=prompt_for_password,
                      app_name='openstackclient', app_version=__version__)
        manager.cloud_config = config
        manager._options = options
        manager._token_cache = None
        manager._api_modules = {
            getattr(m, 'API_NAME', None): m for m in api_modules}
        return manager

    def _validated_cloud(self):
        """The cloud config validated: its auth plugin loaded, no request."""
        check_credentials(self._cli_options)
        self._cli_options = self.cloud_config.get_one(
            cloud=self._options.cloud, argparse=config_args(self._options),
            validate=True, app_name='openstackclient',
            app_version=__version__)
        self._cli_options.config['api_timeout'] = None
        redact.remember_config(self._cli_options.config)
        return self._cli_options

    def _token_cache_entry(self, cloud):
        from openstackclient import tokencache

        if not tokencache.enabled(cloud.config):
            return None
        files = (getattr(self.cloud_config, 'config_filename', None),
                 getattr(self.cloud_config, 'secure_config_filename', None))
        return tokencache.Entry.for_plugin(
            cloud.get_auth(), [f for f in files if f])

    def setup_auth(self):
        """Validate credentials and build the session; no request yet.

        A token cached by an earlier run with the same auth options
        (``tokencache``) is installed in the plugin first, so that no
        authentication request is needed while it is valid.
        """
        if self._auth_setup_completed:
            return
        self._auth_required = True
        cloud = self._validated_cloud()
        self._token_cache = self._token_cache_entry(cloud)
        if self._token_cache is not None:
            self._token_cache.load(cloud.get_auth())
        super().setup_auth()

    def delete_token_cache(self):
        """Forget the cached token of these auth options (no request)."""
        entry = self._token_cache_entry(self._validated_cloud())
        return entry.delete() if entry is not None else 0

    def forget_token(self, token):
        """After ``token`` was revoked: drop every cached copy of it, and
        do not cache it again at the end of this run."""
        from openstackclient import tokencache

        live = getattr(getattr(self, 'auth', None), 'auth_ref', None)
        if live is not None and live.auth_token == token:
            self._token_cache = None
        return tokencache.forget_token(token)

    @property
    def auth_ref(self):
        ref = super().auth_ref
        # keystoneauth signs in again when a (cached) token is refused or
        # about to expire: the plugin then holds the token in use.
        live = getattr(getattr(self, 'auth', None), 'auth_ref', None)
        if live is not None and ref is not None and live is not ref:
            ref = self._auth_ref = live
        if ref is not None:
            redact.add_secret(ref.auth_token)
        return ref

    # OSC's ClientManager copies these to underscored names, and plugins
    # read them there (osc-placement's make_client: _region_name).
    _region_name = property(lambda self: self.region_name)
    _interface = property(lambda self: self.interface)
    _cacert = property(lambda self: self.cacert)
    _insecure = property(lambda self: not self.verify)

    def __getattr__(self, name):
        # Only called for missing attributes: API clients by API name.
        modules = self.__dict__.get('_api_modules') or {}
        module = modules.get(name) or modules.get(name.replace('_', '-'))
        if module is None or not hasattr(module, 'make_client'):
            raise AttributeError(name)
        self.setup_auth()
        client = module.make_client(self)
        self.__dict__[name] = client
        return client

    def timings(self):
        session = getattr(self, 'session', None)
        return session.get_timings() if session is not None else []

    def close(self):
        entry = getattr(self, '_token_cache', None)
        if entry is not None and self._auth_setup_completed:
            try:
                entry.save(self.auth, self.session)
            except Exception as e:  # a cache must never fail a command
                LOG.debug('Could not cache the token: %s', e)
        connection = getattr(self, 'sdk_connection', None)
        if connection is not None:
            connection.close()
        session = getattr(self, 'session', None)
        if session is not None:
            session.session.close()
