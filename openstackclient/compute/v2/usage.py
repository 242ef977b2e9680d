"""Compute v2 usage list/show: what servers used per project over a period.

The period is given in days (``--start``/``--end``, YYYY-MM-DD); by
default the last four weeks up to tomorrow, as OSC does.
"""

import argparse
import datetime

from cliff import columns as cliff_columns

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common

DATE_FORMAT = '%Y-%m-%d'


class CountColumn(cliff_columns.FormattableColumn):
    """A list, counted for people; the list itself for machines."""

    def human_readable(self):
        return '' if self._value is None else str(len(self._value))


class HoursColumn(cliff_columns.FormattableColumn):
    """A number of hours with two decimals for people."""

    def human_readable(self):
        return '' if self._value is None else f'{self._value:.2f}'


class ProjectColumn(cliff_columns.FormattableColumn):
    """The project's name for people (when known); its ID for machines."""

    def __init__(self, value, names=None):
        super().__init__(value)
        self._names = names or {}

    def human_readable(self):
        return self._names.get(self._value) or self._value or ''


def columns(names=None):
    return (
        Column('project_id', 'Project',
               lambda v: ProjectColumn(v, names)),
        Column('server_usages', 'Servers', CountColumn),
        Column('total_memory_mb_usage', 'RAM MB-Hours', HoursColumn),
        Column('total_vcpus_usage', 'CPU Hours', HoursColumn),
        Column('total_local_gb_usage', 'Disk GB-Hours', HoursColumn),
    )


def _date(text):
    try:
        return datetime.datetime.strptime(text, DATE_FORMAT)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, got '{text}'") from None


def _add_period(parser):
    parser.add_argument('--start', metavar='<start>', type=_date,
                        help='Usage range start date, ex 2012-01-20 '
                             '(default: 4 weeks ago)')
    parser.add_argument('--end', metavar='<end>', type=_date,
                        help='Usage range end date, ex 2012-01-20 '
                             '(default: tomorrow)')


def period(parsed_args):
    """``(start, end)``: the dates given, else 4 weeks ago and tomorrow."""
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    start = parsed_args.start or now - datetime.timedelta(weeks=4)
    end = parsed_args.end or now + datetime.timedelta(days=1)
    return start, end


class ListUsage(base.Lister):
    """List resource usage per project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        _add_period(parser)
        return parser

    def project_names(self):
        """``{project ID: name}`` for people; {} if not allowed."""
        try:
            return {p.id: p.name
                    for p in self.app.client_manager.identity.projects()}
        except Exception:   # noqa: BLE001 - names are a nicety, as in OSC
            return {}

    def take_action(self, parsed_args):
        start, end = period(parsed_args)
        usages = list(common.client(self.app).usages(
            start=start, end=end, detailed=True))
        if parsed_args.formatter == 'table' and usages:
            self.app.stdout.write(
                f'Usage from {start:{DATE_FORMAT}} to {end:{DATE_FORMAT}}: '
                '\n')
        specs = columns(self.project_names())
        return cols.labels(specs), [cols.row(u, specs) for u in usages]


class ShowUsage(base.ShowOne):
    """Show resource usage for a single project"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--project', metavar='<project>',
                            help='Name or ID of project to show usage for')
        common.add_project_domain_option(parser)
        _add_period(parser)
        return parser

    def take_action(self, parsed_args):
        start, end = period(parsed_args)
        compute = common.client(self.app)
        if parsed_args.project:
            project = common.project_id(self.app, parsed_args.project,
                                        parsed_args.project_domain)
        else:
            project = compute.get_project_id()
        usage = compute.get_usage(project, start=start, end=end)
        if parsed_args.formatter == 'table':
            self.app.stdout.write(
                f'Usage from {start:{DATE_FORMAT}} to {end:{DATE_FORMAT}} '
                f'on project {project}: \n')
        return cols.show(usage, columns())
