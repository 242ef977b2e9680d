"""Library behind tools/devcloud: real OpenStack services on 127.0.0.1.

Standard library only, so that the machine's plain python3 can run it before
any virtualenv exists.  The services themselves run from .devcloud/venv.

Modules:
  layout      paths under .devcloud/, ports, credentials, saved state
  procs       starting detached processes and stopping exactly those
  net         tiny HTTP helpers (no proxies, short timeouts)
  keystone_api  idempotent users/projects/catalog through Keystone's REST API
  packages    the server venv, pinned by tools/devcloud-constraints.txt
  services/   one small unit per service (config, setup, processes, catalog)
  commands    up / down / status / env / logs
"""
