"""The devcloud's Cinder volume driver: Cinder's fake driver, with a file.

Cinder ships `cinder.tests.fake_driver.FakeLoggingVolumeDriver` (an LVM
driver whose commands do nothing).  Copying an image into a volume, a
volume into an image, and backups need the volume's bytes somewhere, so
here every volume is a sparse file under <state_path>/volumes and is
handed to os-brick's `local` connector.  Clones and volumes made from
snapshots start empty: nothing in the devcloud reads their contents.

Imported by cinder-volume only (PYTHONPATH is set for it); nothing of the
project imports this module.
"""
import os

from oslo_config import cfg

from cinder.tests import fake_driver

CONF = cfg.CONF
GiB = 1024 ** 3


class FileVolumeDriver(fake_driver.FakeLoggingVolumeDriver):
    # Every file is reachable from any host: clustered services may run it.
    SUPPORTS_ACTIVE_ACTIVE = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The fake driver calls its backend and pool 'fake'.
        self.backend_name = (self.configuration.safe_get(
            'volume_backend_name') or self.backend_name)

    def validate_connector(self, connector):
        """Any connector will do: the `local` one has no initiator."""

    def _folder(self):
        path = os.path.join(CONF.state_path, 'volumes')
        os.makedirs(path, exist_ok=True)
        return path

    def local_path(self, volume, vg=None):
        return os.path.join(self._folder(), volume['name'])

    def _resize(self, volume, size_gb):
        with open(self.local_path(volume), 'ab') as f:
            f.truncate(size_gb * GiB)

    def create_volume(self, volume):
        update = super().create_volume(volume)
        self._resize(volume, volume['size'])
        return update

    def create_cloned_volume(self, volume, src_vref):
        self._resize(volume, volume['size'])

    def create_volume_from_snapshot(self, volume, snapshot):
        self._resize(volume, volume['size'])

    def extend_volume(self, volume, new_size):
        self._resize(volume, new_size)

    def delete_volume(self, volume):
        try:
            os.unlink(self.local_path(volume))
        except FileNotFoundError:
            pass

    def initialize_connection(self, volume, connector):
        info = super().initialize_connection(volume, connector)
        info['driver_volume_type'] = 'local'
        info['data']['device_path'] = self.local_path(volume)
        return info
