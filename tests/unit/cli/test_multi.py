import concurrent.futures
import threading
import time

import pytest
from openstack import exceptions as sdk_exc

from tests.unit.fakes import make_app
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import multi




class DeleteProject(multi.MultiResourceAction):
    """Delete project(s)"""

    resource = 'project'
    verb = 'delete'
    past = 'deleted'

    def __init__(self, app, app_args, behaviour=None):
        super().__init__(app, app_args)
        self.behaviour = behaviour or {}
        self.acted = []
        self.threads = set()
        self.lock = threading.Lock()
        self.in_flight = 0
        self.max_in_flight = 0

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--domain', metavar='<domain>')
        return parser

    def act(self, parsed_args, name_or_id):
        with self.lock:
            self.acted.append(name_or_id)
            self.threads.add(threading.get_ident())
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            action = self.behaviour.get(name_or_id)
            if callable(action):
                action()
            elif action is not None:
                raise action
        finally:
            with self.lock:
                self.in_flight -= 1


def forbidden(message='no'):
    exc = sdk_exc.ForbiddenException(message)
    exc.status_code = 403
    return exc


def missing(name):
    return lookup.not_found('project', name)


def run(argv, behaviour=None):
    app = make_app()
    cmd = DeleteProject(app, None, behaviour)
    parsed = cmd.get_parser('openstack project delete').parse_args(argv)
    try:
        cmd.run(parsed)
    except errors.CommandError as exc:
        return cmd, app, exc
    return cmd, app, None


def test_parser_positional_and_options():
    cmd = DeleteProject(make_app(), None)
    parser = cmd.get_parser('openstack project delete')
    parsed = parser.parse_args(['a', 'b', '--domain', 'd'])
    assert parsed.names == ['a', 'b']
    assert parsed.parallel == 8
    assert parsed.domain == 'd'
    help_text = parser.format_help()
    assert '<project>' in help_text
    assert 'Project(s) to delete (name or ID)' in help_text
    assert 'Number of concurrent requests' in help_text


@pytest.mark.parametrize('value', ['0', '-1', 'many'])
def test_parallel_must_be_positive(value, capsys):
    parser = DeleteProject(make_app(), None).get_parser('x')
    with pytest.raises(SystemExit):
        parser.parse_args(['a', '--parallel', value])
    assert 'at least 1' in capsys.readouterr().err


def test_metavar_for_two_word_resource():
    class DeleteServerGroup(DeleteProject):
        resource = 'server group'

    help_text = DeleteServerGroup(make_app(), None).get_parser('x') \
        .format_help()
    assert '<server-group>' in help_text
    assert 'Server group(s) to delete' in help_text


def test_all_succeed():
    cmd, app, exc = run(['a', 'b', 'c'])
    assert exc is None
    assert sorted(cmd.acted) == ['a', 'b', 'c']
    assert app.stderr.getvalue() == ''


def test_failures_in_input_order_with_shared_exit_code():
    # 'b' finishes last, 'd' first: messages still follow the input order.
    def slow_missing():
        time.sleep(0.2)
        raise missing('b')

    behaviour = {'b': slow_missing, 'd': missing('d')}
    cmd, app, exc = run(['a', 'b', 'c', 'd', 'e'], behaviour)
    assert app.stderr.getvalue().splitlines() == [
        "Failed to delete project 'b': "
        "No project with a name or ID of 'b' exists.",
        "Failed to delete project 'd': "
        "No project with a name or ID of 'd' exists.",
    ]
    assert str(exc) == '2 of 5 projects failed to delete: b, d'
    assert exc.exit_code == errors.NOT_FOUND
    assert sorted(cmd.acted) == ['a', 'b', 'c', 'd', 'e']


def test_mixed_failures_exit_with_failure():
    behaviour = {'a': missing('a'),
                 'c': forbidden('You are not authorized to delete')}
    _, app, exc = run(['a', 'b', 'c'], behaviour)
    assert exc.exit_code == errors.FAILURE
    assert str(exc) == '2 of 3 projects failed to delete: a, c'
    lines = app.stderr.getvalue().splitlines()
    assert lines[1] == ("Failed to delete project 'c': "
                        "You are not authorized to delete (HTTP 403)")


def test_all_forbidden_exit_with_forbidden():
    behaviour = {n: forbidden() for n in 'ab'}
    _, _, exc = run(['a', 'b'], behaviour)
    assert exc.exit_code == errors.FORBIDDEN


def test_runs_concurrently():
    behaviour = {str(i): (lambda: time.sleep(0.2)) for i in range(8)}
    start = time.monotonic()
    cmd, _, exc = run([str(i) for i in range(8)], behaviour)
    assert exc is None
    assert time.monotonic() - start < 0.6
    assert cmd.max_in_flight > 1


def test_concurrency_bounded_by_parallel():
    behaviour = {str(i): (lambda: time.sleep(0.05)) for i in range(9)}
    cmd, _, _ = run([str(i) for i in range(9)] + ['--parallel', '3'],
                    behaviour)
    assert cmd.max_in_flight == 3


def test_parallel_one_is_serial_in_main_thread():
    behaviour = {'b': missing('b')}
    cmd, app, exc = run(['a', 'b', 'c', '--parallel', '1'], behaviour)
    assert cmd.acted == ['a', 'b', 'c']
    assert cmd.threads == {threading.get_ident()}
    assert cmd.max_in_flight == 1
    assert str(exc) == '1 of 3 projects failed to delete: b'


def test_single_item_no_thread_and_error_unchanged():
    error = missing('x')
    cmd, app, exc = run(['x'], {'x': error})
    assert exc is error
    assert cmd.threads == {threading.get_ident()}
    assert app.stderr.getvalue() == ''


def test_keyboard_interrupt_serial_stops():
    behaviour = {'b': KeyboardInterrupt()}
    with pytest.raises(KeyboardInterrupt):
        run(['a', 'b', 'c', '--parallel', '1'], behaviour)


def test_keyboard_interrupt_cancels_pending(monkeypatch):
    release = threading.Event()
    started = threading.Barrier(3)

    def blocked():
        started.wait(timeout=5)
        release.wait(timeout=5)

    real_pool = concurrent.futures.ThreadPoolExecutor
    pools = []

    class InterruptedPool(real_pool):
        def submit(self, *args, **kwargs):
            future = super().submit(*args, **kwargs)
            if not pools:
                def interrupted():
                    started.wait(timeout=5)  # both workers busy
                    raise KeyboardInterrupt
                future.exception = interrupted
            pools.append(future)
            return future

    monkeypatch.setattr(multi.concurrent.futures, 'ThreadPoolExecutor',
                        InterruptedPool)
    names = ['a', 'b', 'c', 'd', 'e', 'f']
    app = make_app()
    cmd = DeleteProject(app, None, {n: blocked for n in names})
    parsed = cmd.get_parser('x').parse_args(names + ['--parallel', '2'])
    with pytest.raises(KeyboardInterrupt):
        cmd.run(parsed)
    release.set()
    concurrent.futures.wait(pools[:2], timeout=5)
    assert sorted(cmd.acted) == ['a', 'b']
    assert all(f.cancelled() for f in pools[2:])


def test_prepare_called_once_before_acting():
    calls = []

    class Prepared(DeleteProject):
        def prepare(self, parsed_args):
            calls.append(('prepare', parsed_args.domain))

        def act(self, parsed_args, name_or_id):
            calls.append(('act', name_or_id))

    cmd = Prepared(make_app(), None)
    cmd.run(cmd.get_parser('x').parse_args(['a', 'b', '--domain', 'd']))
    assert calls[0] == ('prepare', 'd')
    assert sorted(calls[1:]) == [('act', 'a'), ('act', 'b')]


def test_plural_override():
    class DeletePolicy(DeleteProject):
        resource = 'policy'
        resource_plural = 'policies'

    app = make_app()
    cmd = DeletePolicy(app, None, {'a': missing('a')})
    with pytest.raises(errors.CommandError,
                       match='1 of 2 policies failed to delete: a'):
        cmd.run(cmd.get_parser('x').parse_args(['a', 'b']))


class DeleteItemsIn(multi.MultiResourceAction):
    """Delete item(s) of a namespace, or all of them"""

    resource = 'item'
    names_required = False

    def add_leading_arguments(self, parser):
        parser.add_argument('namespace', metavar='<namespace>')

    def act(self, parsed_args, name_or_id):
        pass


def test_leading_positional_comes_before_items_which_may_be_omitted():
    parser = DeleteItemsIn(make_app(), None).get_parser('delete')
    parsed = parser.parse_args(['ns', 'a', 'b'])
    assert (parsed.namespace, parsed.names) == ('ns', ['a', 'b'])
    assert parser.parse_args(['ns']).names == []
