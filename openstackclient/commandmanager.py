"""Command lookup with cliff's CommandManager interface, without cliff.

cliff's interactive mode, completion and help talk to ``app.command_manager``
through this interface; the shell's fast paths use it before cliff is
imported. Commands are entry points (``openstackclient.registry``) whose
modules are imported only by ``find_command``.
"""

import difflib


def command_words(argv):
    """The words of a command line before its first option."""
    words = []
    for arg in argv:
        if arg.startswith('-'):
            break
        words.append(arg)
    return words


class _Wrapped:
    """An already-imported command class, shaped like an entry point."""

    def __init__(self, name, cls):
        self.name = name
        self.command_class = cls
        self.value = f'{cls.__module__}:{cls.__name__}'
        self.dist = None
        self.group = None

    def load(self):
        return self.command_class


class CommandManager:
    namespace = 'openstack.cli'
    convert_underscores = True

    def __init__(self, commands, table=None):
        self.commands = dict(commands)
        self.table = table
        self.group_list = []
        self._legacy = {}

    def __iter__(self):
        return iter(self.commands.items())

    def add_command(self, name, command_class):
        self.commands[name] = _Wrapped(name, command_class)

    def add_legacy_command(self, old_name, new_name):
        self._legacy[old_name] = new_name

    def load_commands(self, namespace):
        self.add_command_group(namespace)

    def add_command_group(self, group=None):
        if not group or self.table is None:
            return
        self.group_list.append(group)
        for name, ep in self.table.commands([group]).items():
            self.commands.setdefault(name, ep)

    def get_command_groups(self):
        return self.group_list

    def get_command_names(self, group=None):
        if group is not None and self.table is not None:
            return list(self.table.commands([group]))
        return list(self.commands)

    def match(self, argv):
        """(name found, name typed, remaining argv) or None; no import."""
        words = command_words(argv)
        for i in range(len(words), 0, -1):
            typed = ' '.join(argv[:i])
            name = self._legacy.get(typed, typed)
            if name in self.commands:
                return name, typed, argv[i:]
            candidates = [
                c for c in self.commands
                if len(c.split()) == i and all(
                    part.startswith(arg)
                    for part, arg in zip(c.split(), argv[:i]))
            ]
            if len(candidates) == 1:
                return candidates[0], typed, argv[i:]
        return None

    def find_command(self, argv):
        found = self.match(argv)
        if found is None:
            raise ValueError(f'Unknown command {argv!r}')
        name, typed, rest = found
        return self.commands[name].load(), typed, rest

    def suggestions(self, argv, limit=8):
        """Commands close to what was typed, best first."""
        words = command_words(argv)
        typed = ' '.join(words)
        names = sorted(self.commands)
        prefix = [n for n in names if typed and n.startswith(typed)]
        if prefix:
            return prefix[:limit]
        for n in range(len(words), 0, -1):
            head = ' '.join(words[:n])
            starts = [c for c in names if c.startswith(head + ' ')]
            if starts and n < len(words):
                close = difflib.get_close_matches(
                    typed, starts, n=limit, cutoff=0.5)
                return close or starts[:limit]
        return difflib.get_close_matches(typed, names, n=limit, cutoff=0.6)
