"""``command list`` and ``module list``: what this shell can do, no cloud."""

from cliff import columns

from openstackclient import registry
from openstackclient.cli import base


class _Lines(columns.FormattableColumn):
    """One item a line in tables; a list in json and yaml."""

    def human_readable(self):
        return '\n'.join(self._value)

    def machine_readable(self):
        return list(self._value)


class ListCommand(base.Lister):
    """List recognized commands by group"""

    auth_required = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--group', metavar='<group-keyword>',
            help='Show commands filtered by a command group, for example: '
                 'identity, volume, compute, image, network and other '
                 'keywords')
        return parser

    def take_action(self, parsed_args):
        table = self.app.setup.table
        rows = []
        for group in sorted(self.app.command_manager.get_command_groups()):
            if parsed_args.group and \
                    parsed_args.group.lower() not in group.lower():
                continue
            names = sorted(table.commands([group]))
            if names:
                rows.append((group, _Lines(names)))
        return ('Command Group', 'Commands'), rows


class ListModule(base.ShowOne):
    """List module versions"""

    auth_required = False

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--all', action='store_true', default=False,
            help='Show all modules that have version information')
        return parser

    def take_action(self, parsed_args):
        versions = {}
        for eps in self.app.setup.table.by_group.values():
            for ep in eps:
                versions[ep.dist] = ep.version
        if parsed_args.all:
            versions.update(_library_versions())
        versions.setdefault(registry.OUR_DIST, _own_version())
        return tuple(zip(*sorted(versions.items()))) or ((), ())


def _own_version():
    from openstackclient import __version__

    return __version__


def _library_versions():
    import importlib.metadata

    result = {}
    for name in ('cliff', 'osc-lib', 'keystoneauth1', 'openstacksdk',
                 'prettytable', 'PyYAML', 'stevedore'):
        try:
            result[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            pass
    return result
