"""Global options, declared once as data, and the parser built from them.

Only argparse is imported here: ``openstack --version`` and ``--help`` are
answered from this parser without loading cliff, keystoneauth1 or the SDK.
Auth plugin options come from the generated table in ``auth_options``.
"""

import argparse
import os

from openstackclient.cli import auth_options

PROG = 'openstack'
DESCRIPTION = 'Command-line interface to the OpenStack APIs'

# Per-service endpoint overrides: option word -> cloud config key prefix.
ENDPOINT_OVERRIDES = {
    'identity': 'identity',
    'compute': 'compute',
    'image': 'image',
    'network': 'network',
    'volume': 'block_storage',
    'block-storage': 'block_storage',
    'object-store': 'object_store',
    'placement': 'placement',
}


def env(*names, default=None):
    """The first of ``names`` set in the environment, else ``default``."""
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return default


class Opt:
    """One global option: its flags and what argparse needs to know."""

    __slots__ = ('flags', 'kwargs', 'group')

    def __init__(self, *flags, group=None, **kwargs):
        self.flags = flags
        self.group = group
        self.kwargs = kwargs


def _general():
    return [
        Opt('--version', action='version', help='Show version and exit.'),
        Opt('-v', '--verbose', action='count', dest='verbose_level',
            default=1, group='verbosity',
            help='Increase verbosity of output. Can be repeated.'),
        Opt('-q', '--quiet', action='store_const', dest='verbose_level',
            const=0, group='verbosity',
            help='Suppress output except warnings and errors.'),
        Opt('--log-file', metavar='<file>',
            help='Log to this file (secrets are redacted).'),
        Opt('-h', '--help', action='store_true', dest='deferred_help',
            help='Show help message and exit.'),
        Opt('--debug', action='store_true', default=False,
            help='Show requests, responses and tracebacks '
                 '(secrets are redacted).'),
        Opt('--timing', action='store_true', default=False,
            help='Print API call timing info.'),
        Opt('--os-beta-command', action='store_true', default=False,
            help='Enable beta commands which are subject to change.'),
    ]


def _connection():
    return [
        Opt('--os-cloud', metavar='<cloud-config-name>', dest='cloud',
            default=env('OS_CLOUD'),
            help='Cloud name in clouds.yaml (Env: OS_CLOUD)'),
        Opt('--os-region-name', metavar='<auth-region-name>',
            dest='region_name', default=env('OS_REGION_NAME'),
            help='Authentication region name (Env: OS_REGION_NAME)'),
        Opt('--no-token-cache', action='store_false', dest='token_cache',
            default=None,
            help='Neither reuse a token cached by an earlier run nor cache '
                 'this one (Env: OS_TOKEN_CACHE=0; clouds.yaml: '
                 'token_cache: false)'),
        Opt('--os-cacert', metavar='<ca-bundle-file>', dest='cacert',
            default=env('OS_CACERT'),
            help='CA certificate bundle file (Env: OS_CACERT)'),
        Opt('--os-cert', metavar='<certificate-file>', dest='cert',
            default=env('OS_CERT'),
            help='Client certificate bundle file (Env: OS_CERT)'),
        Opt('--os-key', metavar='<key-file>', dest='key',
            default=env('OS_KEY'),
            help='Client certificate key file (Env: OS_KEY)'),
        Opt('--verify', action='store_true', default=None, group='verify',
            help='Verify server certificate (default)'),
        Opt('--insecure', action='store_true', default=None, group='verify',
            help='Disable server certificate verification'),
        Opt('--os-default-domain', metavar='<auth-domain>',
            dest='default_domain',
            default=env('OS_DEFAULT_DOMAIN', default='default'),
            help='Default domain ID, default=default. '
                 '(Env: OS_DEFAULT_DOMAIN)'),
        Opt('--os-interface', metavar='<interface>', dest='interface',
            choices=['admin', 'public', 'internal'],
            default=env('OS_INTERFACE'),
            help='Select an interface type. Valid interface types: '
                 '[admin, public, internal]. default=public, '
                 '(Env: OS_INTERFACE)'),
        Opt('--os-service-provider', metavar='<service_provider>',
            dest='service_provider', default=env('OS_SERVICE_PROVIDER'),
            help='Authenticate with and perform the command on a service '
                 'provider using Keystone-to-keystone federation. Must '
                 'also specify the remote project option.'),
        Opt('--os-remote-project-name', metavar='<remote_project_name>',
            dest='remote_project_name', group='remote-project',
            default=env('OS_REMOTE_PROJECT_NAME'),
            help='Project name when authenticating to a service provider '
                 'if using Keystone-to-Keystone federation.'),
        Opt('--os-remote-project-id', metavar='<remote_project_id>',
            dest='remote_project_id', group='remote-project',
            default=env('OS_REMOTE_PROJECT_ID'),
            help='Project ID when authenticating to a service provider '
                 'if using Keystone-to-Keystone federation.'),
        Opt('--os-remote-project-domain-name',
            metavar='<remote_project_domain_name>',
            dest='remote_project_domain_name', group='remote-domain',
            default=env('OS_REMOTE_PROJECT_DOMAIN_NAME'),
            help='Domain name of the project when authenticating to a '
                 'service provider if using Keystone-to-Keystone '
                 'federation.'),
        Opt('--os-remote-project-domain-id',
            metavar='<remote_project_domain_id>',
            dest='remote_project_domain_id', group='remote-domain',
            default=env('OS_REMOTE_PROJECT_DOMAIN_ID'),
            help='Domain ID of the project when authenticating to a '
                 'service provider if using Keystone-to-Keystone '
                 'federation.'),
    ]


def _endpoint_overrides():
    return [
        Opt(f'--os-{word}-endpoint-override', metavar='<url>',
            dest=f'{key}_endpoint_override',
            help=f'Use this URL for the {word} service instead of the '
                 'catalog entry')
        for word, key in ENDPOINT_OVERRIDES.items()
    ]


def _auth():
    opts = [
        Opt('--os-auth-type', metavar='<auth-type>', dest='auth_type',
            default=env('OS_AUTH_TYPE'),
            help='Select an authentication type. Available types: '
                 + ', '.join(auth_options.PLUGINS)
                 + '. Default: selected based on --os-username/--os-token '
                   '(Env: OS_AUTH_TYPE)'),
    ]
    aliases = {
        'project-name': ('OS_PROJECT_NAME', 'OS_TENANT_NAME'),
        'project-id': ('OS_PROJECT_ID', 'OS_TENANT_ID'),
    }
    for name, text, _secret in auth_options.OPTIONS:
        envs = aliases.get(name, ('OS_' + name.upper().replace('-', '_'),))
        opts.append(Opt(
            '--os-' + name, metavar=f'<auth-{name}>',
            dest=name.replace('-', '_'), default=env(*envs),
            help=f'{text} (Env: {envs[0]})'))
    # Old tenant spellings, accepted but not shown.
    opts.append(Opt('--os-tenant-name', dest='project_name',
                    metavar='<auth-tenant-name>', help=argparse.SUPPRESS))
    opts.append(Opt('--os-tenant-id', dest='project_id',
                    metavar='<auth-tenant-id>', help=argparse.SUPPRESS))
    return opts


def secret_dests():
    """Option dests whose values are secrets (passwords, tokens...)."""
    return {
        name.replace('-', '_')
        for name, _text, secret in auth_options.OPTIONS if secret
    }


class GlobalParser(argparse.ArgumentParser):
    """The global parser: errors are one line and exit with code 2."""

    def error(self, message):
        self.exit(2, f'{self.prog}: error: {message}\n')


def build_parser(version, api_modules=()):
    """The global option parser, with each API's version option."""
    parser = GlobalParser(
        prog=PROG, description=DESCRIPTION, add_help=False,
        allow_abbrev=False)
    groups = {}
    for opt in _general() + _connection() + _auth() + _endpoint_overrides():
        target = parser
        if opt.group:
            if opt.group not in groups:
                groups[opt.group] = parser.add_mutually_exclusive_group()
            target = groups[opt.group]
        kwargs = dict(opt.kwargs)
        if kwargs.get('action') == 'version':
            kwargs['version'] = f'{PROG} {version}'
        target.add_argument(*opt.flags, **kwargs)
    for module in api_modules:
        build = getattr(module, 'build_option_parser', None)
        if build is None:
            continue
        try:
            build(parser)
        except argparse.ArgumentError:
            # Two packages declared the same --os-<api>-api-version.
            pass
    return parser
