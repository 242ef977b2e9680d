"""The cliff application: runs one command (or the interactive shell).

``shell.main`` has already parsed the global options and built the command
table; this module adds cliff's machinery, one-line errors with meaningful
exit codes, logging with secrets redacted, and a client manager created
only when a command first needs the cloud.
"""

import inspect
import logging

from cliff import app as cliff_app
from cliff import command as cliff_command

from openstackclient import __version__
from openstackclient.cli import complete
from openstackclient.cli import errors
from openstackclient.cli import globalopts
from openstackclient.cli import redact

LOG = logging.getLogger('openstackclient')

# As osc-lib does: a command needs the cloud unless it says otherwise, so
# plugin commands written for OSC keep authenticating.
cliff_command.Command.auth_required = True


class HelpCommand(cliff_command.Command):
    """Print detailed help for another command"""

    auth_required = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('cmd', nargs='*', help='name of the command')
        return parser

    def take_action(self, parsed_args):
        app = self.app
        if not parsed_args.cmd:
            from openstackclient import shell

            return shell.print_global_help(app.setup)
        try:
            factory, name, _rest = app.command_manager.find_command(
                parsed_args.cmd)
        except ValueError:
            from openstackclient import shell

            return shell.unknown_command(app.setup, parsed_args.cmd)
        cmd = app.make_command(factory, name)
        parser = cmd.get_parser(f'{app.NAME} {name}')
        if app.stdout.isatty():
            import autopage.argparse

            pager = autopage.argparse.help_pager(app.stdout)
            with pager as out:
                autopage.argparse.use_color_for_parser(
                    parser, pager.to_terminal())
                parser.print_help(out)
        else:
            parser.print_help(app.stdout)
        return 0


def _one_line_errors(parser, full_name):
    """Make a command's parser fail with one line and exit code 2."""

    def error(message):
        parser.exit(errors.USAGE, f'{full_name}: error: {message} '
                                  f"(see 'openstack help {full_name[10:]}')\n")

    parser.error = error


_HANDLERS = []  # the handlers this process added, replaced on each run


def _quiet_libraries(record):
    """At default verbosity, libraries speak only of errors."""
    return record.name.startswith('openstackclient') or \
        record.levelno >= logging.ERROR


def _seed_cliff_distributions(table):
    """Tell cliff which distribution each command package comes from.

    cliff's epilog ("This command is provided by the X plugin") otherwise
    asks importlib.metadata.packages_distributions(), which reads every
    installed distribution's file list: ~100 ms on each help or command.
    The entry-point table already knows; cliff keeps the answer in a
    module global that it fills only when empty.
    """
    if getattr(cliff_command, '_dists_by_mods', 0) is not None:
        return  # already filled, or a cliff that no longer has it
    known = {'openstackclient': 'openstackclient'}
    for eps in table.by_group.values():
        for ep in eps:
            known.setdefault(ep.module.split('.')[0], ep.dist)
    cliff_command._dists_by_mods = known


class OpenStackShell(cliff_app.App):
    NAME = 'openstack'
    CONSOLE_MESSAGE_FORMAT = '%(message)s'
    LOG_FILE_MESSAGE_FORMAT = (
        '%(asctime)s %(process)d %(levelname)s %(name)s %(message)s')

    def __init__(self, setup):
        self.setup = setup
        _seed_cliff_distributions(setup.table)
        self._client_manager = None
        self.api_version = setup.api_version
        super().__init__(
            description=globalopts.DESCRIPTION, version=__version__,
            command_manager=setup.command_manager,
            stdout=setup.stdout, stderr=setup.stderr, deferred_help=True)
        self.command_manager.add_command('help', HelpCommand)
        self.command_manager.add_command('complete',
                                         complete.CompleteCommand)

    def build_option_parser(self, description, version,
                            argparse_kwargs=None):
        return self.setup.parser

    # -- the client manager, created on first use -------------------------

    @property
    def client_manager(self):
        if self._client_manager is None:
            from openstackclient import clientmanager

            self._client_manager = clientmanager.ClientManager.from_options(
                self.options, self.api_version, self.setup.api_modules)
        return self._client_manager

    @client_manager.setter
    def client_manager(self, value):
        self._client_manager = value

    # -- logging ----------------------------------------------------------

    def configure_logging(self):
        root = logging.getLogger('')
        root.setLevel(logging.DEBUG)
        for handler in _HANDLERS:
            root.removeHandler(handler)
        _HANDLERS.clear()
        level = {0: logging.ERROR, 1: logging.WARNING, 2: logging.INFO}.get(
            self.options.verbose_level, logging.DEBUG)
        if self.options.debug:
            level = logging.DEBUG
        console = logging.StreamHandler(self.stderr)
        console.setLevel(level)
        console.setFormatter(redact.Formatter(self.CONSOLE_MESSAGE_FORMAT))
        if level >= logging.WARNING:
            console.addFilter(_quiet_libraries)
        root.addHandler(console)
        _HANDLERS.append(console)
        if self.options.log_file:
            handler = logging.FileHandler(self.options.log_file)
            handler.setLevel(logging.DEBUG)
            handler.setFormatter(
                redact.Formatter(self.LOG_FILE_MESSAGE_FORMAT))
            root.addHandler(handler)
            _HANDLERS.append(handler)
        # Libraries' warnings are for developers, unless debugging.
        import warnings

        if self.options.debug:
            logging.captureWarnings(True)
        else:
            warnings.filterwarnings('ignore')
        redact.remember_options(self.options)

    # -- running ----------------------------------------------------------

    def run(self, argv):
        # shell.Setup has parsed argv with this very parser already.
        self.options = self.setup.options
        remainder = list(self.setup.remainder)
        self.configure_logging()
        self.setup.table.log_clashes(logging.getLogger(__name__))
        if self.options.deferred_help and remainder:
            remainder = ['help'] + [w for w in remainder if w != 'help']
        self.interactive_mode = not remainder
        try:
            self.initialize_app(remainder)
        except Exception as e:
            return self.report(e)
        if self.interactive_mode:
            self.interact()
            return 0
        return self.run_subcommand(remainder)

    def report(self, exc):
        if self.options.debug:
            LOG.debug('Traceback:', exc_info=exc)
        return errors.report(exc, self.stderr)

    def make_command(self, factory, name):
        kwargs = {}
        if 'cmd_name' in inspect.getfullargspec(factory.__init__).args:
            kwargs['cmd_name'] = name
        return factory(self, self.options, **kwargs)

    def run_subcommand(self, argv):
        try:
            factory, name, sub_argv = self.command_manager.find_command(argv)
        except ValueError:
            from openstackclient import shell

            return shell.unknown_command(self.setup, argv)
        except Exception as e:  # the command's module failed to import
            return self.report(e)
        cmd = None
        result = errors.FAILURE
        err = None
        try:
            cmd = self.make_command(factory, name)
            self.prepare_to_run_command(cmd)
            full_name = name if self.interactive_mode else f'openstack {name}'
            parser = cmd.get_parser(full_name)
            _one_line_errors(parser, f'openstack {name}')
            parsed_args = parser.parse_args(sub_argv)
            self._parsed_args = parsed_args
            result = cmd.run(parsed_args) or 0
        except SystemExit as e:  # argparse: --help (0) or a usage error (2)
            result = e.code if isinstance(e.code, int) else errors.USAGE
        except KeyboardInterrupt as e:
            terminated = isinstance(e, errors.Terminated)
            self.stderr.write('Terminated\n' if terminated else
                              'Interrupted\n')
            result = errors.exit_code_for(e)
        except BrokenPipeError:
            result = 141
        except Exception as e:
            err = e
            result = self.report(e)
        finally:
            if cmd is not None:
                self.clean_up(cmd, result, err)
        return result

    def prepare_to_run_command(self, cmd):
        LOG.debug('command: %s -> %s.%s (auth=%s)',
                  getattr(cmd, 'cmd_name', '?'), type(cmd).__module__,
                  type(cmd).__name__, getattr(cmd, 'auth_required', None))
        if getattr(cmd, 'auth_required', False):
            self.client_manager.setup_auth()

    def clean_up(self, cmd, result, err):
        manager = self._client_manager
        if manager is None:
            return
        try:
            if self.options.timing:
                self._print_timing(manager, cmd)
            manager.close()
        except Exception as e:  # never hide the command's own result
            LOG.debug('Could not clean up: %s', e)

    def _print_timing(self, manager, cmd):
        timings = manager.timings()
        if not timings:
            return
        parsed = getattr(self, '_parsed_args', None)
        table_format = getattr(parsed, 'formatter', 'table')
        from openstackclient.cli import timing

        timing.emit(timings, self.stdout, table_format)

    def interact(self):
        from cliff.interactive import InteractiveApp

        self.interpreter = InteractiveApp(
            self, self.command_manager, self.stdin, self.stdout)
        self.interpreter.cmdloop()

