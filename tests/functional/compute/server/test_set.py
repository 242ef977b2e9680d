"""Functional tests: server set and server unset against the devcloud's
Nova."""

from tests.functional.compute import one_line_error

FIELDS = ('name', 'description', 'properties', 'tags',
          'OS-EXT-SRV-ATTR:hostname', 'pinned_availability_zone', 'status')


def show(openstack, server_id):
    shown = openstack('server', 'show', server_id, parse_json=True).json
    return {key: shown[key] for key in FIELDS}


def test_set_and_unset_fields(openstack, boot, unique_name):
    server = boot()
    name = unique_name('renamed')
    openstack('server', 'set', server['id'], '--name', name,
              '--description', 'the web tier', '--property', 'role=web',
              '--property', 'tier=1', '--tag', 'blue', '--tag', 'green',
              '--hostname', 'web-1')
    shown = show(openstack, server['id'])
    assert shown['name'] == name
    assert shown['description'] == 'the web tier'
    assert shown['properties'] == {'role': 'web', 'tier': '1'}
    assert sorted(shown['tags']) == ['blue', 'green']
    assert shown['OS-EXT-SRV-ATTR:hostname'] == 'web-1'

    openstack('server', 'unset', name, '--property', 'tier',
              '--description', '--tag', 'blue')
    shown = show(openstack, server['id'])
    assert shown['description'] == ''
    assert shown['properties'] == {'role': 'web'}
    assert shown['tags'] == ['green']

    openstack('server', 'set', name, '--property', 'x=1')
    openstack('server', 'unset', name, '--all-properties', '--all-tags')
    shown = show(openstack, server['id'])
    assert shown['properties'] == {}
    assert shown['tags'] == []


def test_pinned_availability_zone(openstack, boot):
    server = boot()
    zone = server['OS-EXT-AZ:availability_zone']
    openstack('server', 'set', server['id'], '--pinned-availability-zone',
              zone)
    assert show(openstack, server['id'])['pinned_availability_zone'] == zone
    openstack('server', 'unset', server['id'], '--pinned-availability-zone')
    assert show(openstack, server['id'])['pinned_availability_zone'] is None

    elsewhere = openstack('server', 'set', server['id'],
                          '--pinned-availability-zone', 'fn-no-such-zone',
                          check=False)
    assert one_line_error(elsewhere, 6) == (
        'openstack: Server can only be pinned to its current availability '
        f"zone '{zone}', but 'fn-no-such-zone' was requested. (HTTP 409)")


def test_state_and_password(openstack, boot):
    server = boot()
    openstack('server', 'set', server['id'], '--state', 'error',
              '--auto-approve')
    assert show(openstack, server['id'])['status'] == 'ERROR'
    openstack('server', 'set', server['id'], '--state', 'active',
              '--auto-approve')
    assert show(openstack, server['id'])['status'] == 'ACTIVE'
    # No terminal to ask on: refused before anything changes.
    asked = openstack('server', 'set', server['id'], '--state', 'error',
                      '--name', 'fn-not-renamed', check=False)
    assert one_line_error(asked, 2) == (
        'openstack: --state without --auto-approve asks on a terminal, and '
        'there is none')
    assert show(openstack, server['id'])['name'] == server['name']

    # The fake driver takes a new password; --debug never shows it.
    changed = openstack('--debug', 'server', 'set', server['id'],
                        '--password', 'Fn-Secret-Pw-1')
    assert 'Fn-Secret-Pw-1' not in changed.stdout + changed.stderr
    assert 'changePassword' in changed.stderr
    openstack('server', 'set', server['id'], '--no-password')


def test_microversions_are_checked_before_any_change(openstack, server):
    for argv, option, version in (
            (['--description', 'x'], '--description', '2.19'),
            (['--tag', 'x'], '--tag', '2.26'),
            (['--hostname', 'x'], '--hostname', '2.90')):
        result = openstack('--os-compute-api-version', '2.18', 'server',
                           'set', server['id'], '--property', 'fn=1', *argv,
                           check=False)
        assert one_line_error(result, 2) == (
            f'openstack: {option} needs --os-compute-api-version {version} '
            'or greater (requested: 2.18)')
    unset = openstack('--os-compute-api-version', '2.25', 'server', 'unset',
                      server['id'], '--all-tags', check=False)
    assert one_line_error(unset, 2) == (
        'openstack: --all-tags needs --os-compute-api-version 2.26 or '
        'greater (requested: 2.25)')
    assert 'fn' not in show(openstack, server['id'])['properties']


def test_refusals_are_one_line(openstack, server, unique_name):
    missing = unique_name('nothing')
    result = openstack('server', 'set', missing, '--name', 'x', check=False)
    assert one_line_error(result, 5) == (
        f"openstack: No server with a name or ID of '{missing}' exists.")
    # The demo user does not see the admin's server.
    hidden = openstack('server', 'unset', server['id'], '--property', 'a',
                       cloud='devcloud-demo', check=False)
    assert one_line_error(hidden, 5)
    bad_state = openstack('server', 'set', server['id'], '--state',
                          'shutoff', check=False)
    assert bad_state.rc == 2
    assert 'invalid choice' in bad_state.stderr
