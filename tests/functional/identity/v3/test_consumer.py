"""Functional tests: OAuth1 consumer commands against the devcloud."""

import pytest

from tests.functional.identity.v3.delegation_fixtures import error_line


@pytest.fixture
def consumer(openstack, unique_name):
    made = openstack('consumer', 'create', '--description',
                     unique_name('consumer'), parse_json=True).json
    yield made
    openstack('consumer', 'delete', made['id'], check=False)


def test_create_show_list(openstack, consumer):
    # OSC 10.5.0 shows the fields Keystone returns, without links.
    assert set(consumer) == {'description', 'id', 'secret'}
    assert len(consumer['secret']) >= 32
    shown = openstack('consumer', 'show', consumer['id'],
                      parse_json=True).json
    assert shown == {'description': consumer['description'],
                     'id': consumer['id']}
    listed = openstack('consumer', 'list', parse_json=True).json
    assert {'ID': consumer['id'], 'Description': consumer['description']} \
        in listed


def test_create_without_description(openstack):
    made = openstack('consumer', 'create', parse_json=True).json
    try:
        assert made['description'] is None
    finally:
        openstack('consumer', 'delete', made['id'])


def test_set(openstack, consumer):
    openstack('consumer', 'set', consumer['id'], '--description', 'changed')
    shown = openstack('consumer', 'show', consumer['id'],
                      parse_json=True).json
    assert shown['description'] == 'changed'


def test_secret_never_in_debug(openstack, unique_name):
    result = openstack('--debug', 'consumer', 'create', '--description',
                       unique_name('consumer'), '-f', 'value', '-c', 'id',
                       '-c', 'secret')
    consumer_id, secret = result.stdout.split()
    openstack('consumer', 'delete', consumer_id)
    assert '/OS-OAUTH1/consumers' in result.stderr  # the debug log
    assert secret not in result.stderr


def test_member_is_forbidden(openstack):
    result = openstack('consumer', 'create', cloud='devcloud-demo',
                       check=False)
    error_line(result, 4)


def test_delete_reports_each_failure(openstack, consumer):
    result = openstack('consumer', 'delete', consumer['id'],
                       'fn-no-such-consumer', check=False)
    assert result.rc == 5
    assert '1 of 2 consumers failed to delete' in result.stderr
    gone = openstack('consumer', 'show', consumer['id'], check=False)
    assert 'consumer' in error_line(gone, 5)
