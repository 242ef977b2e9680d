"""Identity v3: the domains and projects the signed-in user may scope to.

These are Keystone's ``GET /v3/auth/domains`` and ``/v3/auth/projects``,
meant for federated users holding an unscoped token; they answer for any
token. openstacksdk has no call for them, so they are read through the
identity proxy's own HTTP methods.
"""

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.identity.v3 import common


def scope_targets(identity, kind):
    """The ``kind`` ('domains' or 'projects') this token may scope to."""
    response = identity.get(f'/auth/{kind}', raise_exc=True)
    return response.json().get(kind, [])


class ListFederationDomain(base.ResourceLister):
    """List accessible domains"""

    columns = (
        Column('id', 'ID'),
        Column('enabled', 'Enabled'),
        Column('name', 'Name'),
        Column('description', 'Description'),
    )

    def list_resources(self, parsed_args):
        return scope_targets(common.client(self.app), 'domains')


class ListFederationProject(base.ResourceLister):
    """List accessible projects"""

    columns = (
        Column('id', 'ID'),
        Column('domain_id', 'Domain ID'),
        Column('enabled', 'Enabled'),
        Column('name', 'Name'),
    )

    def list_resources(self, parsed_args):
        return scope_targets(common.client(self.app), 'projects')
