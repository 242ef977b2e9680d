"""Unit tests: server resize/migrate and their confirm/revert commands."""

from unittest import mock

import pytest
from openstack.compute.v2 import flavor as sdk_flavor
from openstack.compute.v2 import server as sdk_server

from openstackclient.cli import errors
from openstackclient.compute.v2.server import resize
from tests.unit.compute.v2 import compute_fakes as cf

SERVER = sdk_server.Server(id='s1', name='web', status='ACTIVE',
                           image={'id': 'img'})


@pytest.fixture
def compute():
    compute = cf.proxy()
    compute.find_server.return_value = SERVER
    compute.find_flavor.return_value = sdk_flavor.Flavor(id='f2',
                                                         name='m1.micro')
    return compute


@pytest.fixture
def waits():
    with mock.patch.object(resize._common, 'wait_for_status') as wait:
        yield wait


def test_resize_to_flavor_and_wait(compute, waits):
    cf.run(resize.ResizeServer, ['web', '--flavor', 'm1.micro', '--wait'],
           compute)
    compute.find_flavor.assert_called_once_with(
        'm1.micro', ignore_missing=False, is_public=None)
    compute.resize_server.assert_called_once_with(
        SERVER, compute.find_flavor.return_value)
    assert waits.call_args.args[2] == ('active', 'verify_resize')


def test_resize_needs_one_phase(compute):
    with pytest.raises(SystemExit):
        cf.run(resize.ResizeServer, ['web'], compute)
    with pytest.raises(SystemExit):
        cf.run(resize.ResizeServer, ['web', '--confirm', '--revert'],
               compute)


def test_resize_confirm_revert_deprecated_options(compute, caplog):
    cf.run(resize.ResizeServer, ['web', '--confirm'], compute)
    compute.confirm_server_resize.assert_called_once_with(SERVER)
    cf.run(resize.ResizeServer, ['web', '--revert'], compute)
    compute.revert_server_resize.assert_called_once_with(SERVER)
    assert 'deprecated' in caplog.text


@pytest.mark.parametrize('cls, method, warns', [
    (resize.ResizeConfirm, 'confirm_server_resize', False),
    (resize.ConfirmMigration, 'confirm_server_resize', False),
    (resize.MigrateConfirm, 'confirm_server_resize', True),
    (resize.ResizeRevert, 'revert_server_resize', False),
    (resize.RevertMigration, 'revert_server_resize', False),
    (resize.MigrateRevert, 'revert_server_resize', True),
])
def test_confirm_revert_commands(compute, caplog, cls, method, warns):
    cf.run(cls, ['web'], compute)
    getattr(compute, method).assert_called_once_with(SERVER)
    assert ('deprecated' in caplog.text) is warns


def test_cold_migrate(compute, waits):
    cf.run(resize.MigrateServer, ['web', '--wait'], compute)
    compute.migrate_server.assert_called_once_with(SERVER)
    assert waits.call_args.args[2] == ('active', 'verify_resize')


def test_cold_migrate_host_needs_2_56(compute):
    with pytest.raises(errors.UsageError) as caught:
        cf.run(resize.MigrateServer, ['web', '--host', 'h2'], compute,
               version='2.55')
    assert '2.56' in str(caught.value)
    cf.run(resize.MigrateServer, ['web', '--host', 'h2'], compute,
           version='2.56')
    compute.migrate_server.assert_called_once_with(SERVER, host='h2')


def test_cold_migrate_refuses_live_options(compute):
    for option in ('--block-migration', '--disk-overcommit'):
        with pytest.raises(errors.UsageError) as caught:
            cf.run(resize.MigrateServer, ['web', option], compute)
        assert '--live-migration must be specified' in str(caught.value)
    compute.migrate_server.assert_not_called()


def test_live_migrate_auto_block_from_2_25(compute):
    cf.run(resize.MigrateServer, ['web', '--live-migration', '--host', 'h2'],
           compute)
    compute.live_migrate_server.assert_called_once_with(
        SERVER, host='h2', block_migration='auto')


def test_live_migrate_old_microversion(compute):
    cf.run(resize.MigrateServer, ['web', '--live-migration',
                                  '--disk-overcommit'], compute,
           version='2.24')
    compute.live_migrate_server.assert_called_once_with(
        SERVER, host=None, block_migration=False, disk_over_commit=True)


def test_live_migrate_host_needs_2_30(compute):
    with pytest.raises(errors.UsageError):
        cf.run(resize.MigrateServer, ['web', '--live-migration', '--host',
                                      'h2'], compute, version='2.29')
    compute.live_migrate_server.assert_not_called()


def test_live_migrate_shared_and_overcommit_warning(compute, caplog):
    cf.run(resize.MigrateServer, ['web', '--live-migration',
                                  '--shared-migration',
                                  '--no-disk-overcommit'], compute)
    assert compute.live_migrate_server.call_args.kwargs == {
        'host': None, 'block_migration': False}
    assert '2.24 or below' in caplog.text
