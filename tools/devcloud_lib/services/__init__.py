"""The service units, in start order.

Port offsets from the base port (default 15000).  Taken:
   0 keystone   1 glance   2 placement   3 swift proxy   4 neutron
   5 cinder   6 nova   8 heat
  10 swift account   11 swift container   12 swift object
  13 (nova console URLs point here; nothing listens)
  20 rabbitmq (AMQP)   21 epmd   22 erlang distribution   23 mariadb
Kept free for the units planned next (see doc/devcloud.rst):
   7 nova metadata   9 heat cfn
"""
from ..errors import DevcloudError
from .cinder import Cinder
from .glance import Glance
from .heat import Heat
from .keystone import Keystone
from .mariadb import MariaDB
from .neutron import Neutron
from .nova import Nova
from .placement import Placement
from .rabbitmq import RabbitMQ
from .swift import Swift

# Start order: MariaDB (keystone's database), keystone (the longest chain),
# RabbitMQ, then the rest.  A unit waits for the units it requires before
# its own setup, so a requirement must come before it here.
ALL = [MariaDB(), Keystone(), RabbitMQ(), Glance(), Placement(), Swift(),
       Neutron(), Cinder(), Nova(), Heat()]


def _check_order():
    seen = set()
    for svc in ALL:
        missing = set(svc.requires) - seen
        assert not missing, '%s must come after %s' % (svc.name, missing)
        seen.add(svc.name)


_check_order()
BY_NAME = {s.name: s for s in ALL}


def _check_ports():
    seen = {}
    for svc in ALL:
        for key, offset in svc.ports.items():
            owner = seen.setdefault(offset, '%s.%s' % (svc.name, key))
            assert owner == '%s.%s' % (svc.name, key), (
                'port offset %d used twice: %s' % (offset, owner))


_check_ports()


def resolve(names=None):
    """The units to run for a list of names: keystone and all requirements
    included, in start order.  None means every unit."""
    if names is None:
        return list(ALL)
    wanted = set()
    todo = ['keystone'] + list(names)
    while todo:
        name = todo.pop()
        if name not in BY_NAME:
            raise DevcloudError('unknown service %r (known: %s)'
                                % (name, ', '.join(BY_NAME)))
        if name not in wanted:
            wanted.add(name)
            todo.extend(BY_NAME[name].requires)
    return [s for s in ALL if s.name in wanted]


def all_packages():
    """pip packages of every unit: the devcloud venv holds them all."""
    return sorted({p for s in ALL for p in s.packages})


def all_debs():
    """Debian packages every unit needs (mariadb-server and
    rabbitmq-server, for cinder)."""
    return sorted({d for s in ALL for d in s.debs})
