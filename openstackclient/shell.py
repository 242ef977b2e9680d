"""The ``openstack`` entry point.

What needs no command module is answered here, before cliff, keystoneauth1
or openstacksdk are imported: ``--version``, global help, and unknown
commands. Anything else goes to the cliff application in ``app``, which
imports only the module of the command that runs.
"""

import signal
import sys

from openstackclient import __version__
from openstackclient import apimodules
from openstackclient import registry
from openstackclient.cli import errors
from openstackclient.cli import globalopts
from openstackclient.commandmanager import CommandManager
from openstackclient.commandmanager import command_words


def api_versions(modules, options):
    """API name -> version requested (option or env), else the default."""
    versions = {}
    for mod in modules:
        name = getattr(mod, 'API_NAME', None)
        if not name:
            continue
        option = getattr(mod, 'API_VERSION_OPTION', '')
        value = getattr(options, option, None) or getattr(
            mod, 'DEFAULT_API_VERSION', None)
        if value:
            versions[name] = str(value)
    return versions


def command_groups(modules, versions):
    groups = list(registry.ALWAYS_GROUPS)
    for mod in modules:
        name = getattr(mod, 'API_NAME', None)
        if name not in versions:
            continue
        group = registry.api_group(name, versions[name])
        groups.append(group)
        for extension in getattr(mod, 'API_EXTENSIONS', None) or ():
            groups.append(f'{group}.{extension}')
    return groups


class Setup:
    """Everything parsed before a command runs: no cliff, no SDK."""

    def __init__(self, argv, stdout=None, stderr=None):
        self.argv = list(argv)
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.table = registry.CommandTable(*registry.load_entry_points())
        self.api_modules = apimodules.load(
            self.table, self.stderr, debug='--debug' in self.argv)
        self.parser = globalopts.build_parser(__version__, self.api_modules)
        self.options, self.remainder = self.parser.parse_known_args(
            self.argv)
        self.api_version = api_versions(self.api_modules, self.options)
        self.groups = command_groups(self.api_modules, self.api_version)
        self.command_manager = CommandManager(
            self.table.commands(self.groups), self.table)
        self.command_manager.group_list.extend(self.groups)


def global_help(setup, out):
    """The global help: options, then every command with its summary."""
    from openstackclient.commandmanager import _Wrapped

    manager = setup.command_manager
    real = {n: ep for n, ep in manager if not isinstance(ep, _Wrapped)}
    texts = registry.summaries(real.values(), setup.table.key)
    texts.update({'help': 'Print detailed help for another command',
                  'complete': 'Print bash or zsh completion command'})
    out.write(setup.parser.format_help())
    out.write('\nCommands:\n')
    names = sorted(set(real) | {'help', 'complete'})
    width = min(max(len(n) for n in names), 40)
    for name in names:
        ep = real.get(name)
        credit = f' ({ep.dist})' if ep is not None and ep.dist not in (
            registry.OUR_DIST, None) else ''
        out.write(f'  {name:<{width}}  {texts.get(name, "")}{credit}\n')


def print_global_help(setup):
    if setup.stdout.isatty():
        import autopage

        with autopage.AutoPager(setup.stdout) as out:
            global_help(setup, out)
    else:
        global_help(setup, setup.stdout)
    return errors.OK


def unknown_command(setup, argv):
    """One line naming the typo, then suggestions on stderr; exit 2."""
    words = ' '.join(command_words(argv))
    setup.stderr.write(
        f"openstack: '{words}' is not an openstack command. "
        "See 'openstack --help'.\n")
    matches = setup.command_manager.suggestions(argv)
    if matches:
        setup.stderr.write('Did you mean one of these?\n')
        for match in matches:
            setup.stderr.write(f'  {match}\n')
    return errors.USAGE


#: Commands that hand the terminal to another program (``os.execvp``):
#: they run in this process, never in the warm server's child.
IN_PROCESS = frozenset({'server ssh'})


def _terminate(signum, frame):
    raise errors.Terminated()


def main(argv=None, serve=True):
    """Run ``openstack`` with ``argv``; ``serve=False`` never hands the
    command to the warm server (``server``), as its children do."""
    argv = sys.argv[1:] if argv is None else argv
    signal.signal(signal.SIGTERM, _terminate)
    try:
        return _main(argv, serve)
    except KeyboardInterrupt as e:
        return errors.exit_code_for(e)
    except BrokenPipeError:
        return 141


def _main(argv, serve=True):
    try:
        setup = Setup(argv)
    except SystemExit as e:  # --version, or a bad global option
        return e.code
    rest = setup.remainder
    wants_help = setup.options.deferred_help or rest[:1] == ['help']
    if wants_help and not [w for w in rest if w != 'help']:
        return print_global_help(setup)
    if rest and rest[0].startswith('-'):
        setup.stderr.write(
            f'openstack: error: unrecognized option {rest[0]} '
            "(see 'openstack --help')\n")
        return errors.USAGE
    builtins = ('help', 'complete')
    if rest and rest[0] not in builtins and \
            setup.command_manager.match(rest) is None:
        return unknown_command(setup, rest)
    if serve and rest and rest[0] not in builtins and \
            setup.command_manager.match(rest)[0] not in IN_PROCESS:
        from openstackclient import server

        served = server.run(argv, setup.table.key)
        if served is not None:
            return served
    from openstackclient.app import OpenStackShell

    return OpenStackShell(setup).run(argv)


if __name__ == '__main__':
    sys.exit(main())
