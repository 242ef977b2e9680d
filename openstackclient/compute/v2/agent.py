"""Compute v2 agents: create, delete, list, set (os-agents).

Agent builds were the guest agents Nova's XenAPI driver pushed into
servers. Nova removed the API with that driver (it answers 410 Gone);
these commands still ask, so that older clouds keep working, and turn
the refusal into one line saying there is no replacement.
"""

from openstackclient.cli import base
from openstackclient.cli import columns as cols
from openstackclient.cli import errors
from openstackclient.cli import multi
from openstackclient.cli.columns import Column
from openstackclient.compute.v2 import common

GONE = ('Nova no longer has the os-agents API (HTTP 410 Gone): guest agent '
        'builds went away with the XenAPI driver and nothing replaces them')

COLUMNS = (
    Column('agent_id', 'agent_id'),
    Column('architecture', 'architecture'),
    Column('hypervisor', 'hypervisor'),
    Column('md5hash', 'md5hash'),
    Column('os', 'os'),
    Column('url', 'url'),
    Column('version', 'version'),
)
LIST_COLUMNS = (
    Column('agent_id', 'Agent ID'),
    Column('hypervisor', 'Hypervisor'),
    Column('os', 'OS'),
    Column('architecture', 'Architecture'),
    Column('version', 'Version'),
    Column('md5hash', 'Md5Hash'),
    Column('url', 'URL'),
)


def request(app, method, path, what, **kw):
    """One os-agents request at 2.1; its JSON body, or one clear line."""
    compute = common.client(app)
    response = getattr(compute, method)(path, microversion='2.1',
                                        raise_exc=False, **kw)
    if response.status_code == 410:
        raise errors.CommandError(f'{what}: {GONE}')
    common.http_error(response, what)
    return response.json() if response.content else {}


class CreateAgent(base.ShowOne):
    """Create compute agent"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('os', metavar='<os>', help='Type of OS')
        parser.add_argument('architecture', metavar='<architecture>',
                            help='Type of architecture')
        parser.add_argument('version', metavar='<version>',
                            help='Version')
        parser.add_argument('url', metavar='<url>', help='URL')
        parser.add_argument('md5hash', metavar='<md5hash>',
                            help='MD5 hash')
        parser.add_argument('hypervisor', metavar='<hypervisor>',
                            default='xen', help='Type of hypervisor')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        body = {'agent': {
            'hypervisor': args.hypervisor, 'os': args.os,
            'architecture': args.architecture, 'version': args.version,
            'url': args.url, 'md5hash': args.md5hash}}
        agent = request(self.app, 'post', '/os-agents',
                        'compute agent create', json=body)['agent']
        return cols.show(agent, COLUMNS)


class DeleteAgent(multi.MultiResourceAction):
    """Delete compute agent(s)"""

    resource = 'compute agent'
    verb, past = 'delete', 'deleted'
    metavar = '<id>'
    named_by = 'ID'

    def act(self, parsed_args, name_or_id):
        request(self.app, 'delete', f'/os-agents/{name_or_id}',
                'compute agent delete')


class ListAgent(base.Lister):
    """List compute agents"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('--hypervisor', metavar='<hypervisor>',
                            help='Type of hypervisor')
        return parser

    def take_action(self, parsed_args):
        # Filtered here: Nova's gone-API handler fails (HTTP 500) on a
        # query string instead of answering 410.
        agents = request(self.app, 'get', '/os-agents',
                         'compute agent list')['agents']
        if parsed_args.hypervisor:
            agents = [a for a in agents
                      if a.get('hypervisor') == parsed_args.hypervisor]
        return (cols.labels(LIST_COLUMNS),
                [cols.row(a, LIST_COLUMNS) for a in agents])


class SetAgent(base.Command):
    """Set compute agent properties"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument('id', metavar='<id>', type=int,
                            help='ID of the agent')
        parser.add_argument('--agent-version', dest='version',
                            metavar='<version>', help='Version of the agent')
        parser.add_argument('--url', metavar='<url>', help='URL of the agent')
        parser.add_argument('--md5hash', metavar='<md5hash>',
                            help='MD5 hash of the agent')
        return parser

    def take_action(self, parsed_args):
        args = parsed_args
        agents = request(self.app, 'get', '/os-agents',
                         'compute agent set')['agents']
        agent = next((a for a in agents if a['agent_id'] == args.id), None)
        if agent is None:
            raise errors.NotFoundError(f'No compute agent with an ID of '
                                       f"'{args.id}' exists.")
        body = {'para': {
            'version': args.version or agent['version'],
            'url': args.url or agent['url'],
            'md5hash': args.md5hash or agent['md5hash']}}
        request(self.app, 'put', f'/os-agents/{args.id}',
                'compute agent set', json=body)
