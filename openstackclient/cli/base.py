"""Command base classes: cliff's, made fast, plus declarative list/show.

``ResourceLister`` and ``ResourceShowOne`` take a ``columns`` spec (see
``openstackclient.cli.columns``); a command then only says how to fetch::

    class ListProject(ResourceLister):
        \"\"\"List projects\"\"\"

        columns = (Column('id', 'ID'), Column('name', 'Name'),
                   Column('description', 'Description', long=True))

        def list_resources(self, parsed_args):
            return self.app.client_manager.identity.projects()
"""

import abc
import inspect

from cliff import command
from cliff import lister
from cliff import show

from openstackclient.cli import columns as cols

_PACKAGE = __name__.partition('.')[0] + '.'


class _Common:
    """What every command of ours shares."""

    #: False for commands that run without credentials.
    auth_required = True

    def get_description(self):
        """``_description``, else the command class's own docstring.

        Unlike cliff, a docstring is never inherited from a base class.
        """
        return self._description or inspect.cleandoc(type(self).__doc__ or '')

    def get_epilog(self):
        """The epilog, without cliff's scan of installed distributions.

        cliff looks up which distribution provides the command (to name
        plugins), which reads the metadata of every installed package;
        commands of this package never need that.
        """
        if not type(self).__module__.startswith(_PACKAGE):
            return super().get_epilog()
        parts = [self._epilog or '']
        for hook in self._hooks:
            if hook.obj is not None:
                epilog = hook.obj.get_epilog()
                if epilog is not None:
                    parts.append(epilog)
        return '\n\n'.join(parts)


class Command(_Common, command.Command):
    """A command that outputs nothing (or writes its own output)."""


class Lister(_Common, lister.Lister):
    """A command that outputs a table of rows."""


class ShowOne(_Common, show.ShowOne):
    """A command that outputs the fields of one object."""


class ResourceLister(Lister):
    """List resources as rows of declared ``columns``.

    Adds ``--long`` when any column is ``long``. Subclasses implement
    ``list_resources(parsed_args)``.
    """

    #: ``Column`` specs, in output order.
    columns = ()

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        if any(spec.long for spec in self.columns):
            parser.add_argument(
                '--long',
                action='store_true',
                default=False,
                help='List additional fields in output',
            )
        return parser

    def get_columns(self, parsed_args):
        """The column specs to output for these arguments."""
        return cols.select(self.columns, getattr(parsed_args, 'long', False))

    @abc.abstractmethod
    def list_resources(self, parsed_args):
        """Return an iterable of resources (SDK resources, dicts, ...)."""

    def take_action(self, parsed_args):
        specs = self.get_columns(parsed_args)
        resources = self.list_resources(parsed_args)
        return cols.labels(specs), (cols.row(r, specs) for r in resources)


class ResourceShowOne(ShowOne):
    """Show one resource as the fields of declared ``columns``.

    Subclasses implement ``get_resource(parsed_args)``: fetch it, or
    create/update it and return the result.
    """

    #: ``Column`` specs, in output order; ``long`` ones are shown too.
    columns = ()

    def get_columns(self, parsed_args):
        """The column specs to output for these arguments."""
        return list(self.columns)

    @abc.abstractmethod
    def get_resource(self, parsed_args):
        """Return the resource to show."""

    def take_action(self, parsed_args):
        resource = self.get_resource(parsed_args)
        return cols.show(resource, self.get_columns(parsed_args))
