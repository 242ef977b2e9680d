"""Unit tests: hypervisor stats show."""

import pytest

from openstackclient.cli import errors
from openstackclient.compute.v2 import hypervisor_stats
from tests.unit.compute.v2 import compute_fakes as cf

STATS = {'hypervisor_statistics': {'count': 2, 'vcpus': 8, 'memory_mb': 4,
                                   'local_gb': 1, 'running_vms': 0}}


def test_show_asks_at_2_1():
    compute = cf.proxy()
    compute.get.return_value = cf.response(200, STATS)
    _, result, app = cf.run(hypervisor_stats.ShowHypervisorStats, [],
                            compute)
    compute.get.assert_called_once_with('/os-hypervisors/statistics',
                                        microversion='2.1',
                                        raise_exc=False)
    assert cf.as_dict(result) == {'count': 2, 'local_gb': 1, 'memory_mb': 4,
                                  'running_vms': 0, 'vcpus': 8}
    assert app.stderr.getvalue() == 'This command is deprecated.\n'


def test_show_removed_at_2_88():
    compute = cf.proxy()
    with pytest.raises(errors.UsageError) as exc:
        cf.run(hypervisor_stats.ShowHypervisorStats, [], compute,
               version='2.88')
    assert 'removed in compute API 2.88' in str(exc.value)
    compute.get.assert_not_called()
