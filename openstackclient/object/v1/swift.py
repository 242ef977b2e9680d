"""Swift requests the object store commands share.

The commands talk HTTP through the SDK's object store proxy (a keystoneauth
adapter on the account URL: ``proxy.get('<container>/<object>')``) rather
than its higher-level methods, because those read files twice to hash them,
skip uploads they judge unchanged, cannot read stdin, verify nothing and
page listings differently from OSC. Here:

- listings are one request, or every page with ``all_pages`` (as OSC's
  ``--all``);
- uploads stream (memory stays flat), hash while sending and compare the
  MD5 with the ETag Swift answers; larger than ``segment_size`` they become
  a Static Large Object: segments uploaded in parallel into
  ``<container>_segments`` (as swiftclient names them), each ETag checked,
  then the manifest PUT with ``?multipart-manifest=put``;
- downloads stream through ``cli.transfer.download`` (atomic, verified).
  A plain object is checked against its ETag (MD5) and Content-Length. An
  SLO's ETag is not the MD5 of its content, so its manifest is fetched
  (``?multipart-manifest=get``) and each segment's bytes are checked
  against the segment MD5 it records, the MD5 of those MD5s against the
  object's ETag, and the total size. A DLO, or an SLO with nested
  manifests or ranges, is checked for size only;
- deleting an SLO deletes its segments (``?multipart-manifest=delete``).
  Uploading over an existing SLO leaves its old segments in place (as
  swiftclient's ``--leave-segments``); delete the object first.
"""

import concurrent.futures
import hashlib
import json
import os
import re
import time
import urllib.parse

from openstackclient.cli import errors
from openstackclient.cli import transfer

#: The ACL that ``container create --public`` sets, as OSC does.
PUBLIC_READ_ACL = '.r:*,.rlistings'

#: Segment uploads in flight at once.
SEGMENT_WORKERS = 4

_JSON = {'Accept': 'application/json'}


def client(app):
    """The SDK object store proxy of the signed-in session."""
    return app.client_manager.object_store


def path(container, obj=None):
    """The URL path of a container or object, relative to the account."""
    url = urllib.parse.quote(container, safe='')
    if obj is not None:
        url += '/' + urllib.parse.quote(obj, safe='/')
    return url


def account_id(proxy):
    """``AUTH_<project>``: the last part of the account URL."""
    endpoint = proxy.get_endpoint() or ''
    return urllib.parse.urlparse(endpoint).path.rstrip('/').split('/')[-1]


def not_found(container, obj=None):
    """The one-line error for a container or object that does not exist."""
    if obj is None:
        return errors.NotFoundError(f"Container '{container}' not found")
    return errors.NotFoundError(
        f"Object '{obj}' not found in container '{container}'")


class HTTPError(errors.CommandError):
    """An HTTP error answer of Swift, as one line; the exit code follows
    the status (404 -> 5, 409 -> 6, ...)."""

    def __init__(self, message, status_code):
        probe = Exception()
        probe.status_code = status_code
        super().__init__(message, errors.exit_code_for(probe))
        self.status_code = status_code


_TAGS = re.compile(r'<[^>]+>')


def check(resp, container=None, obj=None):
    """Raise the error an HTTP error response means; return ``resp``."""
    if resp.status_code < 400:
        return resp
    if resp.status_code == 404 and container is not None:
        raise not_found(container, obj)
    text = ' '.join(_TAGS.sub(' ', resp.text or '').split())[:300]
    reason = text or resp.reason or 'Error'
    raise HTTPError(f'{reason} (HTTP {resp.status_code})', resp.status_code)


# -- metadata --------------------------------------------------------------

def properties(headers, prefix):
    """``{key: value}`` of the headers starting with ``prefix`` (any case),
    keys as the server spells them, as OSC shows them."""
    prefix = prefix.lower()
    return {key[len(prefix):]: value for key, value in headers.items()
            if key.lower().startswith(prefix)}


def meta_headers(props, template):
    """Headers such as ``X-Container-Meta-<key>`` for ``props``.

    ``props`` is a dict (set) or a list of keys (removal, value 'x').
    Swift headers are ASCII: anything else is a usage error.
    """
    items = props.items() if hasattr(props, 'items') else \
        ((key, 'x') for key in props)
    headers = {}
    for key, value in items:
        if not (key.isascii() and str(value).isascii()):
            raise errors.UsageError(
                f"Property '{key}' must be ASCII (key and value): Swift "
                'stores properties as HTTP headers')
        headers[template % key] = str(value)
    return headers


def post(proxy, url, headers, container=None, obj=None):
    """POST ``headers`` to a container, an object or the account ('')."""
    if headers:
        check(proxy.post(url, headers=headers), container, obj)


# -- show ------------------------------------------------------------------

def _with_properties(data, headers, prefix):
    props = properties(headers, prefix)
    if props:
        data['properties'] = props
    return data


def show_account(proxy):
    """The fields of ``object store account show`` (OSC's keys)."""
    resp = check(proxy.head(''))
    h = resp.headers
    data = {
        'Account': account_id(proxy),
        'Bytes': h.get('x-account-bytes-used'),
        'Containers': h.get('x-account-container-count'),
        'Objects': h.get('x-account-object-count'),
    }
    return _with_properties(data, h, 'x-account-meta-')


_CONTAINER_OPTIONAL = (('x-container-read', 'read_acl'),
                       ('x-container-write', 'write_acl'),
                       ('x-container-sync-to', 'sync_to'),
                       ('x-container-sync-key', 'sync_key'))


def show_container(proxy, container):
    """The fields of ``container show`` (OSC's keys)."""
    h = check(proxy.head(path(container)), container).headers
    data = {
        'account': account_id(proxy),
        'container': container,
        'object_count': h.get('x-container-object-count'),
        'bytes_used': h.get('x-container-bytes-used'),
        'storage_policy': h.get('x-storage-policy'),
    }
    for header, key in _CONTAINER_OPTIONAL:
        if header in h:
            data[key] = h[header]
    return _with_properties(data, h, 'x-container-meta-')


def head_object(proxy, container, obj):
    """The response headers of a HEAD on the object."""
    return check(proxy.head(path(container, obj)), container, obj).headers


def show_object(proxy, container, obj):
    """The fields of ``object show`` (OSC's keys)."""
    h = head_object(proxy, container, obj)
    data = {
        'account': account_id(proxy),
        'container': container,
        'object': obj,
        'content-type': h.get('content-type'),
    }
    for key in ('content-length', 'last-modified', 'etag',
                'x-object-manifest'):
        if key in h:
            data[key] = h[key]
    return _with_properties(data, h, 'x-object-meta-')


# -- listings --------------------------------------------------------------

def listing(proxy, url, *, all_pages=False, container=None, **query):
    """Yield the entries of a container (``url``) or account ('') listing.

    One request unless ``all_pages``; then the next page starts after the
    last name (or ``subdir``, with a delimiter) until a page is empty.
    Query values that are None or '' are left out.
    """
    params = {key: value for key, value in query.items()
              if value not in (None, '')}
    params['format'] = 'json'
    while True:
        page = check(proxy.get(url, params=dict(params)), container).json()
        yield from page
        if not all_pages or not page:
            return
        last = page[-1]
        params['marker'] = last.get('name', last.get('subdir'))


def objects(proxy, container, **query):
    """Every object of a container (all pages)."""
    return listing(proxy, path(container), all_pages=True,
                   container=container, **query)


# -- containers ------------------------------------------------------------

def create_container(proxy, name, public=False, storage_policy=None):
    """PUT a container; the row ``container create`` shows."""
    headers = {}
    if public:
        headers['X-Container-Read'] = PUBLIC_READ_ACL
    if storage_policy is not None:
        headers['X-Storage-Policy'] = storage_policy
    resp = check(proxy.put(path(name), headers=headers))
    return {'account': account_id(proxy), 'container': name,
            'x-trans-id': resp.headers.get('x-trans-id')}


def is_slo(headers_or_entry):
    """True for a Static Large Object (its HEAD headers or listing entry)."""
    if 'slo_etag' in headers_or_entry:
        return True
    value = str(headers_or_entry.get('x-static-large-object', ''))
    return value.lower() in ('true', '1', 'yes', 'on')


# -- delete ----------------------------------------------------------------

def delete_object(proxy, container, obj, slo=None):
    """Delete an object; an SLO with its segments.

    ``slo`` None means unknown: a HEAD finds out.
    """
    if slo is None:
        slo = is_slo(head_object(proxy, container, obj))
    if not slo:
        check(proxy.delete(path(container, obj)), container, obj)
        return
    resp = check(proxy.delete(path(container, obj), headers=_JSON,
                              params={'multipart-manifest': 'delete'}),
                 container, obj)
    result = resp.json()
    if result.get('Number Not Found') and not result.get('Number Deleted'):
        raise not_found(container, obj)
    problems = result.get('Errors') or []
    status = str(result.get('Response Status', '200'))
    if problems or not status.startswith('2'):
        detail = '; '.join(f'{name}: {why}' for name, why in problems)
        raise errors.CommandError(
            f"Failed to delete large object '{obj}' ({status}"
            + (f': {detail}' if detail else '') + ')')


def delete_container(proxy, container, recursive=False, workers=8):
    """Delete a container; with ``recursive`` its objects first."""
    if recursive:
        entries = list(objects(proxy, container))
        if entries:
            with concurrent.futures.ThreadPoolExecutor(workers) as pool:
                futures = [pool.submit(delete_object, proxy, container,
                                       entry['name'], is_slo(entry))
                           for entry in entries]
                for future in futures:
                    future.result()
    resp = proxy.delete(path(container))
    if resp.status_code == 409:
        raise errors.ConflictError(
            f"Container '{container}' is not empty: delete its objects "
            'first, or use --recursive')
    check(resp, container)


# -- upload ----------------------------------------------------------------

class _Limited:
    """At most ``length`` bytes of a binary stream, after ``head``."""

    def __init__(self, fileobj, length, head=b''):
        self._file = fileobj
        self._head = head
        self._left = length - len(head)

    def read(self, size=-1):
        if size is None or size < 0:
            size = self._left + len(self._head)
        if self._head:
            data, self._head = self._head[:size], self._head[size:]
            return data
        if self._left <= 0 or size == 0:
            return b''
        data = self._file.read(min(size, self._left)) or b''
        self._left -= len(data)
        return data


def _put_verified(proxy, url, reader, container, obj, what, **kwargs):
    """PUT ``reader`` (a HashingReader); check Swift's ETag against it.

    Returns the ETag. A mismatch deletes what was stored and raises
    IntegrityError. ``connect_retries=0``: a retry would resend a stream
    already partly consumed.
    """
    resp = check(proxy.put(url, data=reader.body(), connect_retries=0,
                           **kwargs),
                 container, obj)
    etag = resp.headers.get('etag', '')
    try:
        transfer.verify('MD5 checksum', what, etag, reader.hexdigest('md5'))
    except errors.IntegrityError as exc:
        try:
            proxy.delete(url)
        except Exception:  # noqa: S110 - report the integrity failure
            pass
        raise errors.IntegrityError(
            f'{exc} (the corrupted upload was deleted)') from exc
    return etag.strip('"')


def upload(proxy, container, name, source, *, segment_size=None,
           progress=None, workers=SEGMENT_WORKERS):
    """Upload ``source`` as ``container/name``; the row ``object create``
    shows.

    ``source`` is a file path, or an open binary stream (stdin) of unknown
    size. Memory stays flat: data streams in chunks.
    """
    size = os.path.getsize(source) if isinstance(source, str) else None
    try:
        if segment_size and (size is None or size > segment_size):
            etag = _upload_slo(proxy, container, name, source, size,
                               segment_size, progress, workers)
        elif size is None:
            reader = transfer.HashingReader(source, progress=progress)
            etag = _put_verified(proxy, path(container, name), reader,
                                 container, name, f"object '{name}'")
        else:
            with open(source, 'rb') as f:
                reader = transfer.HashingReader(f, progress=progress,
                                                length=size)
                etag = _put_verified(proxy, path(container, name), reader,
                                     container, name, f"object '{name}'")
    finally:
        if progress is not None:
            progress.close()
    return {'object': name, 'container': container, 'etag': etag}


def _upload_segment(proxy, seg_container, seg_name, stream, length,
                    progress, head=b'', exact=True):
    """PUT one segment: ``length`` bytes of ``stream`` (at most, and sent
    chunked, unless ``exact``)."""
    reader = transfer.HashingReader(_Limited(stream, length, head),
                                    progress=progress,
                                    length=length if exact else None)
    etag = _put_verified(proxy, path(seg_container, seg_name), reader,
                         seg_container, seg_name, f"segment '{seg_name}'")
    return {'path': f'/{seg_container}/{seg_name}', 'etag': etag,
            'size_bytes': reader.bytes_read}


def _file_segment(proxy, filename, offset, length, seg_container, seg_name,
                  progress):
    with open(filename, 'rb') as f:
        f.seek(offset)
        return _upload_segment(proxy, seg_container, seg_name, f, length,
                               progress)


def _file_segments(proxy, filename, size, segment_size, seg_container,
                   prefix, progress, workers, uploaded):
    """Upload a file's segments in parallel, appending each done one to
    ``uploaded``; raise the first failure once none is in flight."""
    pool = concurrent.futures.ThreadPoolExecutor(workers)
    futures = [
        pool.submit(_file_segment, proxy, filename, offset,
                    min(segment_size, size - offset), seg_container,
                    f'{prefix}{index:08d}', progress)
        for index, offset in enumerate(range(0, size, segment_size))]
    try:
        concurrent.futures.wait(
            futures, return_when=concurrent.futures.FIRST_EXCEPTION)
    finally:
        for future in futures:
            future.cancel()
        pool.shutdown(wait=True)
        finished = [f for f in futures if f.done() and not f.cancelled()]
        uploaded.extend(f.result() for f in finished
                        if f.exception() is None)
    for future in finished:
        if future.exception() is not None:
            raise future.exception()


def _stream_segments(proxy, stream, segment_size, seg_container, prefix,
                     progress, uploaded):
    """Upload a stream's segments one after another (it cannot be split
    ahead); stop at its end."""
    index = 0
    while True:
        head = stream.read(1)
        if not head and index > 0:
            return
        uploaded.append(_upload_segment(
            proxy, seg_container, f'{prefix}{index:08d}', stream,
            segment_size, progress, head=head, exact=False))
        if uploaded[-1]['size_bytes'] < segment_size:
            return
        index += 1


def _upload_slo(proxy, container, name, source, size, segment_size,
                progress, workers):
    seg_container = f'{container}_segments'
    check(proxy.head(path(container)), container)
    check(proxy.put(path(seg_container)), seg_container)
    prefix = f'{name}/slo/{time.time():.6f}/{size or 0}/{segment_size}/'
    uploaded = []
    try:
        if size is None:
            _stream_segments(proxy, source, segment_size, seg_container,
                             prefix, progress, uploaded)
        else:
            _file_segments(proxy, source, size, segment_size, seg_container,
                           prefix, progress, workers, uploaded)
        manifest = sorted(uploaded, key=lambda s: s['path'])
        resp = check(proxy.put(path(container, name),
                               params={'multipart-manifest': 'put'},
                               data=json.dumps(manifest)), container, name)
    except BaseException:
        _delete_segments(proxy, uploaded)
        raise
    expected = hashlib.md5(''.join(
        s['etag'] for s in manifest).encode()).hexdigest()
    etag = resp.headers.get('etag', '')
    transfer.verify('Large object checksum', f"object '{name}'", etag,
                    expected)
    return etag.strip('"')


def _segment_url(entry):
    seg_container, seg_name = entry['path'].lstrip('/').split('/', 1)
    return path(seg_container, seg_name)


def _delete_segments(proxy, segments):
    """Best-effort removal of uploaded segments after a failed upload."""
    for entry in segments:
        try:
            proxy.delete(_segment_url(entry))
        except Exception:  # noqa: S110 - the upload error matters more
            pass


# -- download --------------------------------------------------------------

class _SegmentChecker:
    """Check each SLO segment's bytes against the manifest's MD5 while
    the object streams by."""

    def __init__(self, name, segments):
        self.name = name
        self.segments = segments

    def __call__(self, chunks):
        index = 0
        left = self.segments[0]['bytes'] if self.segments else 0
        digest = hashlib.md5()
        for chunk in chunks:
            view = memoryview(chunk)
            while view:
                if index >= len(self.segments):
                    raise errors.IntegrityError(
                        f"Size mismatch for object '{self.name}': more data "
                        'than its manifest lists')
                take = view[:left]
                digest.update(take)
                left -= len(take)
                view = view[len(take):]
                if left == 0:
                    transfer.verify(
                        f'MD5 checksum of segment {index}',
                        f"object '{self.name}'",
                        self.segments[index]['hash'], digest.hexdigest())
                    index += 1
                    digest = hashlib.md5()
                    if index < len(self.segments):
                        left = self.segments[index]['bytes']
            yield chunk


def _slo_manifest(proxy, container, obj, etag):
    """The segments of an SLO, or None if they cannot be checked one by
    one (nested manifests, ranges)."""
    resp = check(proxy.get(path(container, obj),
                           params={'multipart-manifest': 'get'}),
                 container, obj)
    segments = resp.json()
    if any(s.get('sub_slo') or s.get('range') for s in segments):
        return None
    transfer.verify('Large object checksum', f"object '{obj}'", etag,
                    hashlib.md5(''.join(s['hash'] for s in segments)
                                .encode()).hexdigest())
    return segments


def download(proxy, container, obj, target, *, progress_for=None,
             stdout=None):
    """Save an object to ``target`` ('-' for stdout), verified, atomically.

    ``progress_for(total)`` returns the Progress to report to.
    """
    resp = check(proxy.get(path(container, obj), stream=True), container,
                 obj)
    try:
        h = resp.headers
        size = h.get('content-length')
        expected = {'size': size}
        checker = None
        if is_slo(h):
            segments = _slo_manifest(proxy, container, obj, h.get('etag'))
            if segments is not None:
                checker = _SegmentChecker(obj, segments)
        elif 'x-object-manifest' not in h:
            expected['md5'] = h.get('etag')
        chunks = resp.iter_content(transfer.CHUNK_SIZE)
        if checker is not None:
            chunks = checker(chunks)
        progress = progress_for(int(size) if size else None) \
            if progress_for else None
        return transfer.download(chunks, target, algorithms=(),
                                 expected=expected, progress=progress,
                                 name=f"object '{obj}'", stdout=stdout)
    finally:
        resp.close()


# -- object properties ---------------------------------------------------

#: Headers an object POST would drop unless they are sent again.
_KEPT_ON_POST = ('content-type', 'content-encoding', 'content-disposition',
                 'x-delete-at', 'x-object-manifest')


def update_object_properties(proxy, container, obj, set_props=None,
                             unset_keys=()):
    """Change some properties of an object, keeping the others.

    A POST to an object replaces all its metadata, so the current
    properties are read first (keys compare case-insensitively, as Swift
    stores them).
    """
    set_props = dict(set_props or {})
    h = head_object(proxy, container, obj)
    replaced = {key.lower() for key in list(unset_keys) + list(set_props)}
    props = {key: value
             for key, value in properties(h, 'x-object-meta-').items()
             if key.lower() not in replaced}
    props.update(set_props)
    headers = meta_headers(props, 'X-Object-Meta-%s')
    headers.update({key: h[key] for key in _KEPT_ON_POST if key in h})
    check(proxy.post(path(container, obj), headers=headers), container, obj)
