"""Unit tests: security group default statefulness commands, on a real
SDK proxy with Neutron's HTTP answers mocked (the body key matters)."""

import pytest

from openstackclient.cli import errors
from openstackclient.network.v2 import common
from openstackclient.network.v2 import \
    security_groups_default_statefulness as sgds
from tests.unit import fakes
from tests.unit.network.v2.conftest import NEUTRON

URL = NEUTRON + '/security-groups-default-statefulness'
KEY = 'security_groups_default_statefulness'
SETTING = {'id': 's1', 'project_id': 'p1', 'stateful': False}


def run(cls, argv, network):
    return fakes.run_command(cls, argv, network=network)


@pytest.fixture
def project(monkeypatch):
    monkeypatch.setattr(common, 'project_id',
                        lambda app, args: 'p1' if args.project else None)


def test_create_for_a_project(http_network, requests_mock, project):
    requests_mock.post(URL, status_code=201, json={KEY: SETTING})
    _, (labels, values) = run(
        sgds.CreateSecurityGroupDefaultStatefulness,
        ['--stateless', '--project', 'demo'], http_network)
    assert requests_mock.last_request.json() == {
        KEY: {'stateful': False, 'project_id': 'p1'}}
    assert dict(zip(labels, values)) == SETTING


def test_create_system_wide_sends_a_null_project(http_network,
                                                  requests_mock, project):
    requests_mock.post(URL, status_code=201, json={KEY: dict(
        SETTING, project_id=None, stateful=True)})
    _, (labels, values) = run(sgds.CreateSecurityGroupDefaultStatefulness,
                              ['--stateful'], http_network)
    assert requests_mock.last_request.json() == {
        KEY: {'stateful': True, 'project_id': None}}
    assert dict(zip(labels, values))['project_id'] is None


def test_create_needs_a_choice(http_network):
    with pytest.raises(SystemExit):
        run(sgds.CreateSecurityGroupDefaultStatefulness, [], http_network)
    with pytest.raises(SystemExit):
        run(sgds.CreateSecurityGroupDefaultStatefulness,
            ['--stateful', '--stateless'], http_network)


def test_create_refused_is_one_error(http_network, requests_mock, project):
    requests_mock.post(URL, status_code=500, json={'NeutronError': {
        'type': 'HTTPInternalServerError', 'detail': '',
        'message': 'Request Failed: internal server error while processing '
                   'your request.'}})
    with pytest.raises(Exception) as caught:
        run(sgds.CreateSecurityGroupDefaultStatefulness, ['--stateful'],
            http_network)
    assert errors.exit_code_for(caught.value) == errors.FAILURE
    assert '\n' not in errors.one_line(caught.value)
    assert 'internal server error' in errors.one_line(caught.value)


def test_show(http_network, requests_mock):
    requests_mock.get(URL + '/s1', json={KEY: SETTING})
    _, (labels, values) = run(sgds.ShowSecurityGroupDefaultStatefulness,
                              ['s1'], http_network)
    assert labels == ('id', 'project_id', 'stateful')
    assert values == ('s1', 'p1', False)


def test_show_unknown(http_network, requests_mock):
    requests_mock.get(URL + '/nope', status_code=404, json={})
    requests_mock.get(URL, json={KEY: []})
    with pytest.raises(errors.NotFoundError,
                       match="No default statefulness setting with a name "
                             "or ID of 'nope'"):
        run(sgds.ShowSecurityGroupDefaultStatefulness, ['nope'],
            http_network)


def test_set(http_network, requests_mock):
    requests_mock.get(URL + '/s1', json={KEY: SETTING})
    requests_mock.put(URL + '/s1', json={KEY: dict(SETTING, stateful=True)})
    run(sgds.SetSecurityGroupDefaultStatefulness, ['s1', '--stateful'],
        http_network)
    assert requests_mock.last_request.method == 'PUT'
    assert requests_mock.last_request.json() == {KEY: {'stateful': True}}


def test_set_needs_a_choice(http_network):
    with pytest.raises(SystemExit):
        run(sgds.SetSecurityGroupDefaultStatefulness, ['s1'], http_network)


def test_list(http_network, requests_mock, project):
    requests_mock.get(URL, json={KEY: [SETTING, dict(
        SETTING, id='s2', project_id=None, stateful=True)]})
    _, (labels, rows) = run(sgds.ListSecurityGroupDefaultStatefulness, [],
                            http_network)
    assert labels == ('ID', 'Project ID', 'Stateful')
    assert rows == [('s1', 'p1', False), ('s2', None, True)]
    run(sgds.ListSecurityGroupDefaultStatefulness, ['--project', 'demo'],
        http_network)
    assert requests_mock.last_request.qs == {'project_id': ['p1']}


def test_delete_many(http_network, requests_mock):
    requests_mock.get(URL + '/s1', json={KEY: SETTING})
    requests_mock.delete(URL + '/s1', status_code=204)
    requests_mock.get(URL + '/nope', status_code=404, json={})
    requests_mock.get(URL, json={KEY: []})
    with pytest.raises(errors.CommandError,
                       match='1 of 2 default statefulness settings failed '
                             'to delete: nope') as caught:
        run(sgds.DeleteSecurityGroupDefaultStatefulness,
            ['s1', 'nope', '--parallel', '1'], http_network)
    assert caught.value.exit_code == errors.NOT_FOUND
    assert [r.method for r in requests_mock.request_history
            if r.path.endswith('/s1')] == ['GET', 'DELETE']
