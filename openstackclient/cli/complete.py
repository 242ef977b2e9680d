"""``openstack complete``: shell completion that imports one module at most.

The printed script runs ``openstack complete`` at each Tab with the line
typed so far in ``OPENSTACK_COMPLETE_LINE`` (an environment variable, so
no typed word is taken for an option of ours):
command words come from the command table (no import); once a whole
command is typed, its options come from its own parser, so only that
command's module is imported.
"""

import os
import shlex

from cliff import command

LINE_VARIABLE = 'OPENSTACK_COMPLETE_LINE'

BASH = r'''_openstack()
{
    local IFS=$'\n'
    COMPREPLY=($(OPENSTACK_COMPLETE_LINE="${COMP_LINE:0:COMP_POINT}" \
        openstack complete 2>/dev/null))
}
complete -F _openstack openstack
'''

ZSH = 'autoload -U +X bashcompinit && bashcompinit\n' + BASH


class CompleteCommand(command.Command):
    """Print bash or zsh completion command"""

    auth_required = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--name', default='openstack', metavar='<command_name>',
            help='Command name to support with command completion')
        parser.add_argument(
            '--shell', default='bash', choices=('bash', 'zsh', 'none'),
            metavar='<shell>',
            help='Shell being used: bash, zsh or none (default: bash)')
        return parser

    def take_action(self, parsed_args):
        line = os.environ.get(LINE_VARIABLE)
        if line is not None:
            for candidate in self.candidates(split_line(line)):
                self.app.stdout.write(candidate + '\n')
            return 0
        if parsed_args.shell == 'none':
            return 0
        script = BASH if parsed_args.shell == 'bash' else ZSH
        self.app.stdout.write(script.replace('openstack', parsed_args.name))
        return 0

    def candidates(self, words):
        """What may follow ``words``; the last word is the one typed."""
        *typed, current = words or ['']
        manager = self.app.command_manager
        names = [n.split() for n, _ep in manager]
        depth = len(typed)
        matching = [n for n in names if n[:depth] == typed]
        if matching and all(len(n) > depth for n in matching):
            return sorted({n[depth] for n in matching
                           if n[depth].startswith(current)})
        found = manager.match(typed)
        if found is None or not current.startswith('-') and current:
            return []
        factory = manager.commands[found[0]].load()
        cmd = self.app.make_command(factory, found[0])
        parser = cmd.get_parser(f'openstack {found[0]}')
        options = {opt for action in parser._actions
                   for opt in action.option_strings}
        return sorted(o for o in options if o.startswith(current))


def split_line(line):
    """The words after the program name; '' last when a new word starts."""
    try:
        words = shlex.split(line)
    except ValueError:  # an open quote while typing
        words = line.split()
    if not line or line[-1].isspace():
        words.append('')
    return words[1:]
