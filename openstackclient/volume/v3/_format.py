"""What the volume and volume snapshot commands share: output and options.

``volume_fields(volume)`` / ``snapshot_fields(snapshot)``
    ``(labels, values)`` for show, create and the like: every field the
    SDK returns under Cinder's own names, sorted, with ``metadata`` shown
    as ``properties`` (and a volume's ``volume_type`` as ``type``), as
    OSC 10.5.0 shows them.

``wait_until_available(fetch, label, parsed_args, stream)``
    ``cli.wait.wait_for_status`` for Cinder's ``available``; ``error``
    (and ``error_*`` statuses of failed extends, restores...) fail.
"""

from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import lookup
from openstackclient.cli import wait

# Not shown by OSC: computed by the SDK, create-only, removed or links.
_VOLUME_HIDDEN = frozenset((
    'location', 'OS-SCH-HNT:scheduler_hints', 'imageRef',
    'os-volume-replication:driver_data',
    'os-volume-replication:extended_status', 'links',
))
# Shown only when set.
_VOLUME_OPTIONAL = frozenset((
    'consistencygroup_id', 'encryption_key_id', 'volume_image_metadata',
))
_SNAPSHOT_HIDDEN = frozenset((
    'location', 'consumes_quota', 'force', 'group_snapshot_id',
    'os-extended-snapshot-attributes:progress',
    'os-extended-snapshot-attributes:project_id',
    'updated_at', 'user_id', 'links',
))

FAILED_STATUSES = ('error', 'error_extending', 'error_restoring',
                   'error_managing')


def _sorted(data):
    labels = tuple(sorted(data))
    return labels, tuple(data[label] for label in labels)


def volume_fields(volume):
    """``(labels, values)`` of a volume, as OSC's ``volume show``."""
    info = volume.to_dict(original_names=True)
    data = {}
    for key, value in info.items():
        if key in _VOLUME_HIDDEN:
            continue
        if key in _VOLUME_OPTIONAL and value is None:
            continue
        data[key] = value
    data['properties'] = cols.DictColumn(data.pop('metadata', None))
    data['type'] = data.pop('volume_type', None)
    if data.get('volume_image_metadata') is not None:
        data['volume_image_metadata'] = cols.DictColumn(
            data['volume_image_metadata'])
    return _sorted(data)


def snapshot_fields(snapshot):
    """``(labels, values)`` of a snapshot, as OSC's ``volume snapshot show``."""
    info = snapshot.to_dict(original_names=True)
    data = {key: value for key, value in info.items()
            if key not in _SNAPSHOT_HIDDEN}
    data['properties'] = cols.DictColumn(data.pop('metadata', None))
    return _sorted(data)


def wait_until_available(fetch, label, parsed_args, stream=None,
                         explain=None):
    """Poll ``fetch()`` until ``available``; fail clearly on an error.

    ``explain()``, if given, is asked for Cinder's reason when the
    resource failed (see ``failure_reason``) and it is added to the error.
    """
    try:
        return wait.wait_for_status(
            fetch, target=('available',), failure=FAILED_STATUSES,
            timeout=getattr(parsed_args, 'wait_timeout',
                            wait.DEFAULT_TIMEOUT),
            interval=1.0, stream=stream, label=label)
    except errors.TimeoutError:
        raise
    except errors.CommandError as exc:
        reason = explain() if explain is not None else None
        if not reason:
            raise
        raise errors.CommandError(f'{exc}: {reason}',
                                  exit_code=exc.exit_code) from exc


def failure_reason(volume, resource_id):
    """Cinder's newest user message about ``resource_id`` (microversion
    3.3), such as "schedule allocate volume:Could not find any available
    weighted backend."; None when there is none or it cannot be read."""
    try:
        response = volume.get(
            f'/messages?resource_uuid={resource_id}&sort=created_at:desc',
            microversion='3.3', raise_exc=False)
        if response.status_code != 200:
            return None
        messages = response.json().get('messages') or []
        return messages[0].get('user_message') if messages else None
    except Exception:   # noqa: BLE001 - the reason is a nicety
        return None


def wait_until_gone(fetch, label, parsed_args, stream=None):
    """Poll ``fetch()`` until the resource is deleted."""
    return wait.wait_for_delete(
        fetch, failure=('error_deleting',),
        timeout=getattr(parsed_args, 'wait_timeout', wait.DEFAULT_TIMEOUT),
        interval=1.0, stream=stream, label=label)


def find_image_id(app, name_or_id):
    """The ID of the Glance image with this name or ID."""
    image = app.client_manager.image
    return lookup.find(image.find_image, name_or_id, kind='image').id


def find_consistency_group_id(volume, name_or_id):
    """The ID of the consistency group with this name or ID.

    openstacksdk has no consistency group resource, so this reads
    Cinder's ``/consistencygroups`` API through the proxy.
    """
    response = volume.get(f'/consistencygroups/{name_or_id}',
                          raise_exc=False)
    if response.status_code == 200:
        return response.json()['consistencygroup']['id']
    response = volume.get('/consistencygroups', raise_exc=False)
    if response.status_code != 200:
        raise errors.CommandError(
            f'Could not list consistency groups (HTTP '
            f'{response.status_code})')
    groups = response.json().get('consistencygroups', [])
    return lookup.find_in(groups, name_or_id, kind='consistency group')['id']


class Steps:
    """Several independent changes, as OSC's set commands: all run even
    when one fails. A lone change that fails is its own one-line error;
    with several, each failure is a line on stderr and one summary error
    ends the command, with the exit code all the failures share."""

    def __init__(self, app, summary):
        self.app = app
        self.summary = summary
        self.count = 0
        self.failures = []

    def run(self, what, func, *args, **kwargs):
        self.count += 1
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            self.failures.append((what, exc))
            return None

    def finish(self):
        if not self.failures:
            return
        if self.count == 1:
            raise self.failures[0][1]
        for what, exc in self.failures:
            self.app.stderr.write(
                f'Failed to {what}: {errors.one_line(exc)}\n')
        self.app.stderr.flush()
        codes = {errors.exit_code_for(exc) for _, exc in self.failures}
        code = codes.pop() if len(codes) == 1 else errors.FAILURE
        raise errors.CommandError(self.summary, exit_code=code)


def project_and_user_ids(app, parsed_args):
    """The IDs of ``--project`` and ``--user`` (None when not given)."""
    project = user = None
    if not (getattr(parsed_args, 'project', None)
            or getattr(parsed_args, 'user', None)):
        return project, user
    from openstackclient.identity.v3 import common as identity_common
    identity = app.client_manager.identity
    if getattr(parsed_args, 'project', None):
        project = identity_common.id_or_name(
            identity_common.find_project, identity, parsed_args.project,
            parsed_args.project_domain)
    if getattr(parsed_args, 'user', None):
        user = identity_common.id_or_name(
            identity_common.find_user, identity, parsed_args.user,
            parsed_args.user_domain)
    return project, user


def add_project_option(parser, user=False):
    """``--project``/``--project-domain`` (and ``--user``/``--user-domain``)."""
    parser.add_argument(
        '--project', metavar='<project>',
        help='Filter results by project (name or ID) (admin only)')
    parser.add_argument(
        '--project-domain', metavar='<project-domain>',
        help='Domain the project belongs to (name or ID). This can be '
             'used in case collisions between project names exist.')
    if user:
        parser.add_argument(
            '--user', metavar='<user>',
            help='Filter results by user (name or ID) (admin only)')
        parser.add_argument(
            '--user-domain', metavar='<user-domain>',
            help='Domain the user belongs to (name or ID). This can be '
                 'used in case collisions between user names exist.')
