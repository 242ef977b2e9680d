"""nova-compute, with the devcloud's driver where Nova looks for drivers.

Nova loads `compute_driver` as `nova.virt.<value>`, so devcloud_nova must
be importable under that name; the devcloud starts nova-compute through
this script (`python devcloud_nova_compute.py --config-file ...`).
"""
import sys

from nova.cmd import compute  # first: it sets Nova's threading up

import devcloud_nova

sys.modules['nova.virt.devcloud_nova'] = devcloud_nova
sys.exit(compute.main())
