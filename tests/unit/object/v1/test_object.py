"""Unit tests: object commands parse and send the right Swift requests,
stream and verify what they transfer."""

import hashlib
import io
import json
import os
import re

import pytest

from openstackclient.cli import errors
from openstackclient.object.v1 import object as obj
from openstackclient.object.v1 import options
from openstackclient.object.v1 import swift
from tests.unit.object.v1.conftest import url

DATA = bytes(range(256)) * 40  # 10240 bytes
SEGMENTS = re.compile(re.escape(url('c_segments/o/slo/')) + '.*')


def md5(data):
    return hashlib.md5(data).hexdigest()


def echo_etag(request, context):
    """Answer a PUT as Swift does: the MD5 of what arrived as the ETag."""
    body = request.body
    if hasattr(body, 'read'):
        body = b''.join(iter(lambda: body.read(4096), b''))
    elif body is not None and not isinstance(body, bytes):
        body = b''.join(body)
    context.status_code = 201
    context.headers['Etag'] = md5(body or b'')
    echo_etag.bodies[request.url] = body
    return ''


echo_etag.bodies = {}


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / 'data.bin'
    path.write_bytes(DATA)
    return str(path)


# -- create ----------------------------------------------------------------

def test_create_streams_file_with_length_and_checks_etag(run, requests_mock,
                                                         data_file):
    requests_mock.put(url('c/data.bin'), text=echo_etag)
    os.chdir(os.path.dirname(data_file))
    _, (labels, rows), app = run(obj.CreateObject, ['c', 'data.bin'])
    assert labels == ('object', 'container', 'etag')
    assert rows == [('data.bin', 'c', md5(DATA))]
    request = requests_mock.last_request
    assert request.headers['Content-Length'] == str(len(DATA))
    assert echo_etag.bodies[url('c/data.bin')] == DATA
    assert app.stderr.getvalue() == ''  # not a terminal: no progress


def test_create_with_name(run, requests_mock, data_file):
    requests_mock.put(url('c/other%20name'), text=echo_etag)
    _, (_, rows), _ = run(obj.CreateObject,
                          ['c', data_file, '--name', 'other name'])
    assert rows[0][0] == 'other name'


def test_create_name_with_several_files_is_usage_error(run, data_file):
    with pytest.raises(errors.UsageError, match='single file'):
        run(obj.CreateObject, ['c', data_file, data_file, '--name', 'x'])


def test_create_from_stdin_needs_name(run):
    with pytest.raises(errors.UsageError, match='--name'):
        run(obj.CreateObject, ['c', '-'])


def test_create_from_stdin_is_chunked(run, requests_mock):
    requests_mock.put(url('c/piped'), text=echo_etag)
    _, (_, rows), _ = run(obj.CreateObject, ['c', '-', '--name', 'piped'],
                          stdin=DATA)
    assert rows == [('piped', 'c', md5(DATA))]
    assert requests_mock.last_request.headers['Transfer-Encoding'] == \
        'chunked'
    assert echo_etag.bodies[url('c/piped')] == DATA


def test_create_missing_file_is_one_line_error(run):
    with pytest.raises(errors.CommandError, match="Cannot read 'nope'"):
        run(obj.CreateObject, ['c', 'nope'])


def test_create_etag_mismatch_deletes_and_exits_9(run, requests_mock,
                                                  data_file):
    requests_mock.put(url('c/o'), status_code=201, headers={'Etag': 'bad'})
    requests_mock.delete(url('c/o'), status_code=204)
    with pytest.raises(errors.IntegrityError, match='deleted') as info:
        run(obj.CreateObject, ['c', data_file, '--name', 'o'])
    assert errors.exit_code_for(info.value) == 9
    assert requests_mock.last_request.method == 'DELETE'


def test_create_missing_container_is_not_found(run, requests_mock,
                                               data_file):
    requests_mock.put(url('c/o'), status_code=404)
    with pytest.raises(errors.NotFoundError):
        run(obj.CreateObject, ['c', data_file, '--name', 'o'])


@pytest.mark.parametrize('text, size', [
    ('4096', 4096), ('4k', 4096), ('2M', 2 << 20), ('1GiB', 1 << 30)])
def test_segment_size_parsing(text, size):
    assert options.parse_size(text) == size


@pytest.mark.parametrize('text', ['0', 'x', '-5', '1T'])
def test_segment_size_rejects(run, text, data_file):
    with pytest.raises(SystemExit):
        run(obj.CreateObject, ['c', data_file, '--segment-size', text])


def slo_mocks(requests_mock):
    requests_mock.head(url('c'), status_code=204)
    requests_mock.put(url('c_segments'), status_code=202)
    requests_mock.put(SEGMENTS, text=echo_etag)
    manifest = {}

    def manifest_put(request, context):
        entries = json.loads(request.body)
        manifest['entries'] = entries
        context.status_code = 201
        context.headers['Etag'] = '"%s"' % md5(''.join(
            e['etag'] for e in entries).encode())
        return ''

    requests_mock.put(url('c/o') + '?multipart-manifest=put',
                      text=manifest_put)
    return manifest


def test_create_large_file_as_slo(run, requests_mock, data_file):
    echo_etag.bodies.clear()
    manifest = slo_mocks(requests_mock)
    _, (_, rows), _ = run(obj.CreateObject, [
        'c', data_file, '--name', 'o', '--segment-size', '4096'])
    entries = manifest['entries']
    assert [e['size_bytes'] for e in entries] == [4096, 4096, 2048]
    assert [e['etag'] for e in entries] == [
        md5(DATA[:4096]), md5(DATA[4096:8192]), md5(DATA[8192:])]
    assert all(e['path'].startswith('/c_segments/o/slo/') for e in entries)
    assert [e['path'][-8:] for e in entries] == [
        '00000000', '00000001', '00000002']
    assert rows[0][2] == md5(''.join(e['etag'] for e in entries).encode())


def test_create_small_file_with_segment_size_is_one_put(run, requests_mock,
                                                        data_file):
    requests_mock.put(url('c/o'), text=echo_etag)
    run(obj.CreateObject, ['c', data_file, '--name', 'o',
                           '--segment-size', '1M'])
    assert requests_mock.call_count == 1


def test_create_stdin_as_slo_in_sequence(run, requests_mock):
    manifest = slo_mocks(requests_mock)
    run(obj.CreateObject, ['c', '-', '--name', 'o', '--segment-size', '5120'],
        stdin=DATA)
    assert [e['size_bytes'] for e in manifest['entries']] == [5120, 5120]


def test_create_slo_segment_failure_removes_uploaded_segments(
        run, requests_mock, data_file):
    requests_mock.head(url('c'), status_code=204)
    requests_mock.put(url('c_segments'), status_code=202)
    calls = []

    def flaky(request, context):
        calls.append(request.url)
        if request.url.endswith('00000001'):
            context.status_code = 503
            return 'busy'
        return echo_etag(request, context)

    requests_mock.put(SEGMENTS, text=flaky)
    requests_mock.delete(SEGMENTS, status_code=204)
    with pytest.raises(errors.CommandError, match='HTTP 503'):
        run(obj.CreateObject, ['c', data_file, '--name', 'o',
                               '--segment-size', '4096'])
    deleted = {r.url for r in requests_mock.request_history
               if r.method == 'DELETE'}
    uploaded = {u for u in calls if not u.endswith('00000001')}
    assert deleted == uploaded


def test_create_progress_on_terminal(run, requests_mock, data_file,
                                     monkeypatch):
    requests_mock.put(url('c/o'), text=echo_etag)
    monkeypatch.setattr(obj.transfer, '_isatty', lambda stream: True)
    _, _, app = run(obj.CreateObject, ['c', data_file, '--name', 'o'])
    shown = app.stderr.getvalue()
    assert shown.startswith('\ro  ') and shown.endswith('\n')
    assert '10.0 KiB' in shown


# -- delete ----------------------------------------------------------------

def test_delete_plain_and_slo(run, requests_mock):
    requests_mock.head(url('c/a'), status_code=200)
    requests_mock.head(url('c/b'), headers={'X-Static-Large-Object': 'True'})
    requests_mock.delete(url('c/a'), status_code=204)
    requests_mock.delete(url('c/b'), json={
        'Response Status': '200 OK', 'Number Deleted': 3, 'Errors': []})
    parsed, _, _ = run(obj.DeleteObject, ['c', 'a', 'b'])
    assert parsed.container == 'c' and parsed.names == ['a', 'b']
    slo_delete = [r for r in requests_mock.request_history
                  if r.method == 'DELETE' and 'b' in r.path][0]
    assert slo_delete.qs == {'multipart-manifest': ['delete']}


def test_delete_slo_error_is_reported(run, requests_mock):
    requests_mock.head(url('c/b'), headers={'X-Static-Large-Object': 'True'})
    requests_mock.delete(url('c/b'), json={
        'Response Status': '400 Bad Request', 'Number Deleted': 0,
        'Errors': [['/c/b', 'boom']]})
    with pytest.raises(errors.CommandError, match='boom'):
        run(obj.DeleteObject, ['c', 'b'])


def test_delete_missing(run, requests_mock):
    requests_mock.head(url('c/a'), status_code=404)
    with pytest.raises(errors.NotFoundError,
                       match="Object 'a' not found in container 'c'"):
        run(obj.DeleteObject, ['c', 'a'])


def test_delete_needs_an_object(run):
    with pytest.raises(SystemExit):
        run(obj.DeleteObject, ['c'])


# -- list ------------------------------------------------------------------

def test_list_with_delimiter_and_filters(run, requests_mock):
    requests_mock.get(url('c'), json=[{'subdir': 'd/'}, {'name': 'f'}])
    _, (labels, rows), _ = run(obj.ListObject, [
        'c', '--delimiter', '/', '--prefix', 'p', '--limit', '2'])
    assert labels == ('Name',)
    assert rows == [('d/',), ('f',)]
    assert requests_mock.last_request.qs == {
        'delimiter': ['/'], 'prefix': ['p'], 'limit': ['2'],
        'format': ['json']}


def test_list_long_all(run, requests_mock):
    entry = {'name': 'f', 'bytes': 3, 'hash': 'h', 'content_type': 't',
             'last_modified': 'now'}
    requests_mock.get(url('c'), [{'json': [entry]}, {'json': []}])
    _, (labels, rows), _ = run(obj.ListObject, ['c', '--long', '--all',
                                                '--end-marker', 'z'])
    assert labels == ('Name', 'Bytes', 'Hash', 'Content Type',
                      'Last Modified')
    assert rows == [('f', 3, 'h', 't', 'now')]
    assert requests_mock.last_request.qs['marker'] == ['f']
    assert requests_mock.last_request.qs['end_marker'] == ['z']


def test_list_missing_container(run, requests_mock):
    requests_mock.get(url('c'), status_code=404)
    with pytest.raises(errors.NotFoundError, match="Container 'c'"):
        run(obj.ListObject, ['c'])


# -- save ------------------------------------------------------------------

def mock_object(requests_mock, body=DATA, etag=None, **headers):
    requests_mock.get(url('c/o'), content=body, complete_qs=True, headers={
        'Etag': etag or md5(body), 'Content-Length': str(len(body)),
        **headers})


def test_save_default_file_is_object_name(run, requests_mock, tmp_path):
    os.chdir(tmp_path)
    mock_object(requests_mock)
    run(obj.SaveObject, ['c', 'o'])
    assert (tmp_path / 'o').read_bytes() == DATA
    assert requests_mock.last_request.qs == {}


def test_save_to_file_in_new_directory(run, requests_mock, tmp_path):
    mock_object(requests_mock)
    target = tmp_path / 'sub' / 'x.bin'
    parsed, _, _ = run(obj.SaveObject, ['c', 'o', '--file', str(target)])
    assert parsed.file == str(target)
    assert target.read_bytes() == DATA


def test_save_to_stdout(run, requests_mock):
    mock_object(requests_mock)
    _, _, app = run(obj.SaveObject, ['c', 'o', '--file', '-'])
    app.stdout.flush()
    assert app.stdout.buffer.getvalue() == DATA


def test_save_etag_mismatch_exits_9_and_keeps_old_file(run, requests_mock,
                                                       tmp_path):
    mock_object(requests_mock, etag='0' * 32)
    target = tmp_path / 'f'
    target.write_bytes(b'old')
    with pytest.raises(errors.IntegrityError) as info:
        run(obj.SaveObject, ['c', 'o', '--file', str(target)])
    assert info.value.exit_code == 9
    assert target.read_bytes() == b'old'
    assert os.listdir(tmp_path) == ['f']


def slo_manifest(requests_mock, segments, etag=None):
    listing = [{'name': f'/c_segments/s{i}', 'bytes': len(s),
                'hash': md5(s)} for i, s in enumerate(segments)]
    requests_mock.get(url('c/o') + '?multipart-manifest=get', json=listing,
                      complete_qs=True)
    return etag or '"%s"' % md5(''.join(e['hash'] for e in listing).encode())


def test_save_slo_checks_each_segment(run, requests_mock, tmp_path):
    segments = [DATA[:4000], DATA[4000:8000], DATA[8000:]]
    etag = slo_manifest(requests_mock, segments)
    mock_object(requests_mock, etag=etag, **{'X-Static-Large-Object': 'True'})
    run(obj.SaveObject, ['c', 'o', '--file', str(tmp_path / 'f')])
    assert (tmp_path / 'f').read_bytes() == DATA


def test_save_slo_corrupt_segment_exits_9(run, requests_mock, tmp_path):
    segments = [DATA[:4000], DATA[4000:8000], DATA[8000:]]
    etag = slo_manifest(requests_mock, segments)
    corrupt = DATA[:5000] + b'\0' + DATA[5001:]
    mock_object(requests_mock, body=corrupt, etag=etag,
                **{'X-Static-Large-Object': 'True'})
    with pytest.raises(errors.IntegrityError, match='segment 1'):
        run(obj.SaveObject, ['c', 'o', '--file', str(tmp_path / 'f')])
    assert os.listdir(tmp_path) == []


def test_save_slo_manifest_not_matching_etag_exits_9(run, requests_mock,
                                                     tmp_path):
    slo_manifest(requests_mock, [DATA])
    mock_object(requests_mock, etag='"%s"' % ('1' * 32),
                **{'X-Static-Large-Object': 'True'})
    with pytest.raises(errors.IntegrityError, match='Large object'):
        run(obj.SaveObject, ['c', 'o', '--file', str(tmp_path / 'f')])
    assert os.listdir(tmp_path) == []


def test_save_dlo_checks_size_only(run, requests_mock, tmp_path):
    mock_object(requests_mock, etag='"whatever"',
                **{'X-Object-Manifest': 'c_segments/o/'})
    run(obj.SaveObject, ['c', 'o', '--file', str(tmp_path / 'f')])
    assert (tmp_path / 'f').read_bytes() == DATA


def test_save_missing_object(run, requests_mock, tmp_path):
    requests_mock.get(url('c/o'), status_code=404)
    with pytest.raises(errors.NotFoundError):
        run(obj.SaveObject, ['c', 'o', '--file', str(tmp_path / 'f')])
    assert os.listdir(tmp_path) == []


# -- show, set, unset ------------------------------------------------------

def test_show(run, requests_mock):
    requests_mock.head(url('c/dir/o%20x'), headers={
        'Content-Type': 'text/plain', 'Content-Length': '6', 'Etag': 'e',
        'Last-Modified': 'then', 'X-Object-Meta-Foo': 'Bar'})
    _, (labels, values), _ = run(obj.ShowObject, ['c', 'dir/o x'])
    data = dict(zip(labels, values))
    assert labels == ('account', 'container', 'content-length',
                      'content-type', 'etag', 'last-modified', 'object',
                      'properties')
    assert data['object'] == 'dir/o x' and data['etag'] == 'e'
    assert data['properties'].machine_readable() == {'Foo': 'Bar'}


def test_set_keeps_other_properties_and_content_headers(run,
                                                        requests_mock):
    requests_mock.head(url('c/o'), headers={
        'Content-Type': 'text/plain', 'X-Object-Meta-Old': '1',
        'X-Object-Meta-Foo': 'x', 'X-Delete-At': '99'})
    requests_mock.post(url('c/o'), status_code=202)
    run(obj.SetObject, ['c', 'o', '--property', 'foo=new',
                        '--property', 'b=2'])
    sent = requests_mock.last_request.headers
    assert sent['X-Object-Meta-Old'] == '1'
    assert sent['X-Object-Meta-foo'] == 'new'
    assert [k for k in sent if k.lower() == 'x-object-meta-foo'] == \
        ['X-Object-Meta-foo']
    assert sent['X-Object-Meta-b'] == '2'
    assert sent['Content-Type'] == 'text/plain'
    assert sent['X-Delete-At'] == '99'


def test_unset_removes_keys_case_insensitively(run, requests_mock):
    requests_mock.head(url('c/o'), headers={
        'X-Object-Meta-Old': '1', 'X-Object-Meta-Foo': 'x'})
    requests_mock.post(url('c/o'), status_code=202)
    run(obj.UnsetObject, ['c', 'o', '--property', 'foo'])
    sent = requests_mock.last_request.headers
    assert sent['X-Object-Meta-Old'] == '1'
    assert not any(k.lower() == 'x-object-meta-foo' for k in sent)


def test_set_missing_object(run, requests_mock):
    requests_mock.head(url('c/o'), status_code=404)
    with pytest.raises(errors.NotFoundError):
        run(obj.SetObject, ['c', 'o', '--property', 'a=b'])


def test_unset_needs_property(run):
    with pytest.raises(SystemExit):
        run(obj.UnsetObject, ['c', 'o'])


def test_limited_reader_with_head():
    reader = swift._Limited(io.BytesIO(b'bcdef'), 4, head=b'a')
    assert reader.read(2) == b'a'
    assert reader.read() == b'bcd'
    assert reader.read() == b''
