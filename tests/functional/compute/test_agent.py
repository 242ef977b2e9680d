"""Functional tests: compute agent commands, whose API Nova removed."""

from tests.functional.compute import one_line_error

GONE = ('Nova no longer has the os-agents API (HTTP 410 Gone): guest agent '
        'builds went away with the XenAPI driver and nothing replaces them')


def test_every_agent_command_says_the_api_is_gone(openstack):
    for verb, args in (
            ('list', ()), ('list', ('--hypervisor', 'xen')),
            ('create', ('linux', 'x86', '1.0', 'http://x/a', 'abc', 'xen')),
            ('set', ('1', '--url', 'http://x/b')),
            ('delete', ('1',))):
        result = openstack('compute', 'agent', verb, *args, check=False)
        assert one_line_error(result, 1) == (
            f'openstack: compute agent {verb}: {GONE}')
