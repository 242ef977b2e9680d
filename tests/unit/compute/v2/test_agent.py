"""Unit tests: compute agent commands (os-agents)."""

import pytest

from openstackclient.cli import errors
from openstackclient.compute.v2 import agent
from tests.unit.compute.v2 import compute_fakes as cf

AGENT = {'agent_id': 1, 'hypervisor': 'xen', 'os': 'linux',
         'architecture': 'x86', 'version': '1', 'url': 'http://a',
         'md5hash': 'h'}


def gone():
    return cf.response(410, {'computeFault': {'code': 410, 'message': 'x'}})


@pytest.mark.parametrize('cls, argv', [
    (agent.ListAgent, []),
    (agent.CreateAgent, ['linux', 'x86', '1', 'http://a', 'h', 'xen']),
    (agent.DeleteAgent, ['1']),
    (agent.SetAgent, ['1', '--url', 'u'])])
def test_gone_is_one_line(cls, argv):
    compute = cf.proxy()
    for method in ('get', 'post', 'put', 'delete'):
        getattr(compute, method).return_value = gone()
    with pytest.raises(errors.CommandError) as exc:
        cf.run(cls, argv, compute)
    assert 'os-agents API (HTTP 410 Gone)' in str(exc.value)
    assert exc.value.exit_code == 1


def test_older_clouds_still_work():
    compute = cf.proxy()
    compute.get.return_value = cf.response(200, {'agents': [
        AGENT, dict(AGENT, agent_id=2, hypervisor='kvm')]})
    _, result, _ = cf.run(agent.ListAgent, ['--hypervisor', 'xen'], compute)
    compute.get.assert_called_once_with(
        '/os-agents', microversion='2.1', raise_exc=False)
    assert [r['Agent ID'] for r in cf.rows(result)] == [1]
    compute.put.return_value = cf.response(200, {'agent': AGENT})
    cf.run(agent.SetAgent, ['1', '--url', 'http://b'], compute)
    assert compute.put.call_args.kwargs['json'] == {'para': {
        'version': '1', 'url': 'http://b', 'md5hash': 'h'}}
    compute.post.return_value = cf.response(200, {'agent': AGENT})
    _, result, _ = cf.run(agent.CreateAgent,
                          ['linux', 'x86', '1', 'http://a', 'h', 'xen'],
                          compute)
    assert cf.as_dict(result)['os'] == 'linux'
