"""The devcloud's Nova virt driver: Nova's fake driver, with snapshots.

`nova.virt.fake.FakeDriverWithoutFakeNodes` keeps a stable node identity
across restarts (plain FakeDriver picks a new one each start and then
refuses to start again), but its snapshot() never uploads anything, so the
image stays `queued` and `server image create --wait` never returns.  This
one uploads a few bytes, as a real driver uploads the disk.

Imported by nova-compute only (compute_driver = devcloud_nova.Driver, this
folder on its PYTHONPATH); nothing of the project imports it.
"""
import io

from nova.compute import task_states
from nova import exception
from nova.image import glance
from nova.virt import fake


class Driver(fake.FakeDriverWithoutFakeNodes):

    def snapshot(self, context, instance, image_id, update_task_state):
        if instance.uuid not in self.instances:
            raise exception.InstanceNotRunning(instance_id=instance.uuid)
        update_task_state(task_state=task_states.IMAGE_PENDING_UPLOAD)
        update_task_state(task_state=task_states.IMAGE_UPLOADING,
                          expected_state=task_states.IMAGE_PENDING_UPLOAD)
        data = ('devcloud snapshot of %s\n' % instance.uuid).encode()
        glance.API().update(context, image_id, {
            'disk_format': 'raw', 'container_format': 'bare'},
            io.BytesIO(data), purge_props=False)
