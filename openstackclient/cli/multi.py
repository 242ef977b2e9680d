"""One action on many resources: ``project delete a b c``, ``server stop``.

A subclass names the resource and the verb and acts on one item::

    class DeleteProject(MultiResourceAction):
        \"\"\"Delete project(s)\"\"\"

        resource = 'project'
        verb, past = 'delete', 'deleted'

        def act(self, parsed_args, name_or_id):
            identity = self.app.client_manager.identity
            project = lookup.find(identity.find_project, name_or_id,
                                  kind='project')
            identity.delete_project(project)

Items run concurrently (``--parallel``), but what is printed and the exit
code are exactly those of a serial run: one line per failure, in the order
the items were given, then one summary error.
"""

import abc
import argparse
import concurrent.futures
import logging

from openstackclient.cli import base
from openstackclient.cli import errors

DEFAULT_PARALLEL = 8

LOG = logging.getLogger(__name__)


def positive_int(text):
    """argparse type: an integer of at least 1."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of at least 1, got '{text}'"
        )
    return number


class MultiResourceAction(base.Command):
    """Base for commands doing one thing to each of several resources."""

    #: What is acted on, singular: 'project', 'server group'.
    resource = 'resource'
    #: Plural for the summary; default ``resource + 's'``.
    resource_plural = None
    #: Infinitive and past tense: 'delete', 'deleted' (the past tense is
    #: logged, at INFO level, for each item done).
    verb = 'delete'
    past = 'deleted'
    #: Metavar of the positional argument; default ``<resource>``.
    metavar = None
    #: How the items are given, for the help: 'ID', 'type, name or ID'.
    named_by = 'name or ID'
    #: False lets the items be omitted (``names`` is then ``[]``); the
    #: subclass's ``take_action`` must handle that case itself.
    names_required = True

    def add_leading_arguments(self, parser):
        """Add positional arguments that come before the items (such as
        the container they are in)."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        self.add_leading_arguments(parser)
        what = self.resource[:1].upper() + self.resource[1:]
        parser.add_argument(
            'names',
            metavar=self.metavar or f"<{self.resource.replace(' ', '-')}>",
            nargs='+' if self.names_required else '*',
            help=f'{what}(s) to {self.verb} ({self.named_by})',
        )
        parser.add_argument(
            '--parallel',
            metavar='<n>',
            type=positive_int,
            default=DEFAULT_PARALLEL,
            help='Number of concurrent requests '
            f'(default: {DEFAULT_PARALLEL})',
        )
        return parser

    def prepare(self, parsed_args):
        """Called once, before any ``act``: resolve what all items share."""

    @abc.abstractmethod
    def act(self, parsed_args, name_or_id):
        """Do the action on one item (look it up, then act); raise on error."""

    def take_action(self, parsed_args):
        names = list(parsed_args.names)
        self.prepare(parsed_args)
        if len(names) == 1:
            # Nothing to summarise: the error itself is the one line.
            self.act(parsed_args, names[0])
            self._done(names[0])
            return
        workers = min(parsed_args.parallel, len(names))
        if workers == 1:
            outcomes = self._serial(parsed_args, names)
        else:
            outcomes = self._concurrent(parsed_args, names, workers)
        failures = []
        for name, exc in outcomes:
            if exc is None:
                self._done(name)
            else:
                failures.append((name, exc))
                self._report(name, exc)
        if failures:
            raise self._summary(len(names), failures)

    def _serial(self, parsed_args, names):
        """Yield ``(name, error or None)`` for each name, in order."""
        for name in names:
            try:
                self.act(parsed_args, name)
            except Exception as exc:
                yield name, exc
            else:
                yield name, None

    def _concurrent(self, parsed_args, names, workers):
        """As ``_serial``, with up to ``workers`` items in flight."""
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        try:
            futures = [
                pool.submit(self.act, parsed_args, name) for name in names
            ]
            for name, future in zip(names, futures):
                yield name, future.exception()
        finally:
            # On Ctrl-C, items not yet started are dropped; those in
            # flight finish their request.
            pool.shutdown(wait=False, cancel_futures=True)

    def _done(self, name):
        LOG.info("%s %s '%s'", self.past.capitalize(), self.resource, name)

    def _report(self, name, exc):
        self.app.stderr.write(
            f"Failed to {self.verb} {self.resource} '{name}': "
            f'{errors.one_line(exc)}\n'
        )
        self.app.stderr.flush()

    def _summary(self, total, failures):
        codes = {errors.exit_code_for(exc) for _, exc in failures}
        code = codes.pop() if len(codes) == 1 else errors.FAILURE
        plural = self.resource_plural or self.resource + 's'
        names = ', '.join(name for name, _ in failures)
        return errors.CommandError(
            f'{len(failures)} of {total} {plural} failed to {self.verb}: '
            f'{names}',
            exit_code=code,
        )
