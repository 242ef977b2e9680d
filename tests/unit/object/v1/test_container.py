"""Unit tests: container commands parse and send the right Swift requests."""

import hashlib
import os

import pytest

from openstackclient.cli import errors
from openstackclient.object.v1 import container
from tests.unit.object.v1.conftest import url


def test_create_several_public_with_policy(run, requests_mock):
    requests_mock.put(url('a'), status_code=201,
                      headers={'X-Trans-Id': 'tx1'})
    requests_mock.put(url('b%20c'), status_code=202,
                      headers={'X-Trans-Id': 'tx2'})
    _, (labels, rows), _ = run(container.CreateContainer,
                               ['--public', '--storage-policy', 'gold',
                                'a', 'b c'])
    assert labels == ('account', 'container', 'x-trans-id')
    assert rows == [('AUTH_p', 'a', 'tx1'), ('AUTH_p', 'b c', 'tx2')]
    sent = requests_mock.request_history[0].headers
    assert sent['X-Container-Read'] == '.r:*,.rlistings'
    assert sent['X-Storage-Policy'] == 'gold'


def test_create_private_sends_no_acl(run, requests_mock):
    requests_mock.put(url('a'), status_code=201)
    run(container.CreateContainer, ['a'])
    sent = requests_mock.last_request.headers
    assert 'X-Container-Read' not in sent
    assert 'X-Storage-Policy' not in sent


def test_create_needs_a_name(run):
    with pytest.raises(SystemExit):
        run(container.CreateContainer, [])


def test_delete_several(run, requests_mock):
    requests_mock.delete(url('a'), status_code=204)
    requests_mock.delete(url('b'), status_code=204)
    parsed, _, _ = run(container.DeleteContainer, ['a', 'b'])
    assert parsed.recursive is False
    assert [r.method for r in requests_mock.request_history] == \
        ['DELETE', 'DELETE']


def test_delete_not_empty_is_conflict(run, requests_mock):
    requests_mock.delete(url('a'), status_code=409, text='<h1>Conflict</h1>')
    with pytest.raises(errors.ConflictError, match='--recursive'):
        run(container.DeleteContainer, ['a'])


def test_delete_missing_is_not_found(run, requests_mock):
    requests_mock.delete(url('a'), status_code=404)
    with pytest.raises(errors.NotFoundError, match="Container 'a' not found"):
        run(container.DeleteContainer, ['a'])


def test_delete_recursive_deletes_objects_and_slo_segments(run,
                                                           requests_mock):
    requests_mock.get(url('a'), [
        {'json': [{'name': 'plain'},
                  {'name': 'big', 'slo_etag': '"x"'}]},
        {'json': []},
    ])
    requests_mock.delete(url('a/plain'), status_code=204)
    requests_mock.delete(url('a/big'), json={
        'Response Status': '200 OK', 'Number Deleted': 3, 'Errors': []})
    requests_mock.delete(url('a'), status_code=204)
    parsed, _, _ = run(container.DeleteContainer, ['-r', 'a'])
    assert parsed.recursive
    deletes = {r.url: r.qs for r in requests_mock.request_history
               if r.method == 'DELETE'}
    assert deletes[url('a/plain')] == {}
    assert deletes[url('a/big') + '?multipart-manifest=delete'] == {
        'multipart-manifest': ['delete']}
    assert requests_mock.last_request.url == url('a')


def test_list_one_request_with_filters(run, requests_mock):
    requests_mock.get(url(''), json=[{'name': 'a', 'bytes': 3, 'count': 1}])
    _, (labels, rows), _ = run(container.ListContainer, [
        '--prefix', 'a', '--marker', 'm', '--end-marker', 'z',
        '--limit', '5'])
    assert labels == ('Name',)
    assert rows == [('a',)]
    assert requests_mock.call_count == 1
    assert requests_mock.last_request.qs == {
        'prefix': ['a'], 'marker': ['m'], 'end_marker': ['z'],
        'limit': ['5'], 'format': ['json']}


def test_list_long_all_follows_pages(run, requests_mock):
    requests_mock.get(url(''), [
        {'json': [{'name': 'a', 'bytes': 3, 'count': 1}]},
        {'json': [{'name': 'b', 'bytes': 0, 'count': 0}]},
        {'json': []},
    ])
    _, (labels, rows), _ = run(container.ListContainer,
                               ['--long', '--all', '--limit', '1'])
    assert labels == ('Name', 'Bytes', 'Count')
    assert rows == [('a', 3, 1), ('b', 0, 0)]
    markers = [r.qs.get('marker') for r in requests_mock.request_history]
    assert markers == [None, ['a'], ['b']]


def test_list_rejects_bad_limit(run):
    with pytest.raises(SystemExit):
        run(container.ListContainer, ['--limit', '0'])


def test_show(run, requests_mock):
    requests_mock.head(url('a'), headers={
        'X-Container-Object-Count': '2', 'X-Container-Bytes-Used': '9',
        'X-Storage-Policy': 'Policy-0', 'X-Container-Read': '.r:*',
        'X-Container-Meta-Color': 'Red'})
    _, (labels, values), _ = run(container.ShowContainer, ['a'])
    data = dict(zip(labels, values))
    assert labels == ('account', 'bytes_used', 'container', 'object_count',
                      'properties', 'read_acl', 'storage_policy')
    assert data['object_count'] == '2' and data['read_acl'] == '.r:*'
    assert data['properties'].machine_readable() == {'Color': 'Red'}


def test_show_missing(run, requests_mock):
    requests_mock.head(url('a'), status_code=404)
    with pytest.raises(errors.NotFoundError):
        run(container.ShowContainer, ['a'])


def test_set_properties(run, requests_mock):
    requests_mock.post(url('a'), status_code=204)
    run(container.SetContainer, ['a', '--property', 'k=v',
                                 '--property', 'x=y'])
    sent = requests_mock.last_request.headers
    assert sent['X-Container-Meta-k'] == 'v'
    assert sent['X-Container-Meta-x'] == 'y'


def test_set_needs_property(run):
    with pytest.raises(SystemExit):
        run(container.SetContainer, ['a'])


def test_set_rejects_non_ascii(run, requests_mock):
    with pytest.raises(errors.UsageError, match='ASCII'):
        run(container.SetContainer, ['a', '--property', 'k=\u00e9'])
    assert requests_mock.call_count == 0


def test_unset_properties(run, requests_mock):
    requests_mock.post(url('a'), status_code=204)
    run(container.UnsetContainer, ['a', '--property', 'k',
                                   '--property', 'x'])
    sent = requests_mock.last_request.headers
    assert sent['X-Remove-Container-Meta-k'] == 'x'
    assert sent['X-Remove-Container-Meta-x'] == 'x'


def test_save_writes_every_object(run, requests_mock, tmp_path):
    os.chdir(tmp_path)
    requests_mock.get(url('a'), [
        {'json': [{'name': 'one'}, {'name': 'dir/two'}, {'name': 'd/'},
                  {'name': '../evil'}]},
        {'json': []},
    ])
    for name, body in (('one', b'1'), ('dir/two', b'22')):
        requests_mock.get(url('a', name), content=body, headers={
            'Etag': hashlib.md5(body).hexdigest(),
            'Content-Length': str(len(body))})
    with pytest.raises(errors.CommandError, match='1 of 4 objects') as info:
        _, _, app = run(container.SaveContainer, ['a'])
    assert info.value.exit_code == errors.USAGE
    assert (tmp_path / 'one').read_bytes() == b'1'
    assert (tmp_path / 'dir' / 'two').read_bytes() == b'22'
    assert (tmp_path / 'd').is_dir()
    assert not (tmp_path.parent / 'evil').exists()


@pytest.mark.parametrize('name, ok', [
    ('a/b', True), ('a/../b', True), ('/etc/passwd', False),
    ('../x', False), ('a/../../x', False), ('.', False)])
def test_local_path_stays_inside(name, ok):
    if ok:
        assert not os.path.isabs(container.local_path(name))
    else:
        with pytest.raises(errors.UsageError):
            container.local_path(name)
