"""Unit tests: object store account commands."""

import pytest

from openstackclient.object.v1 import account
from tests.unit.object.v1.conftest import ACCOUNT


def test_show(run, requests_mock):
    requests_mock.head(ACCOUNT + '/', headers={
        'X-Account-Bytes-Used': '9', 'X-Account-Container-Count': '2',
        'X-Account-Object-Count': '3', 'X-Account-Meta-Zed': '1'})
    _, (labels, values), _ = run(account.ShowAccount, [])
    assert labels == ('Account', 'Bytes', 'Containers', 'Objects',
                      'properties')
    assert values[:4] == ('AUTH_p', '9', '2', '3')
    assert values[4].machine_readable() == {'Zed': '1'}


def test_show_without_properties(run, requests_mock):
    requests_mock.head(ACCOUNT + '/', headers={'X-Account-Bytes-Used': '0'})
    _, (labels, _), _ = run(account.ShowAccount, [])
    assert 'properties' not in labels


def test_set(run, requests_mock):
    requests_mock.post(ACCOUNT + '/', status_code=204)
    run(account.SetAccount, ['--property', 'a=1', '--property', 'b=2'])
    sent = requests_mock.last_request.headers
    assert sent['X-Account-Meta-a'] == '1'
    assert sent['X-Account-Meta-b'] == '2'


def test_unset(run, requests_mock):
    requests_mock.post(ACCOUNT + '/', status_code=204)
    run(account.UnsetAccount, ['--property', 'a'])
    assert requests_mock.last_request.headers['X-Remove-Account-Meta-a'] == 'x'


@pytest.mark.parametrize('cls', [account.SetAccount, account.UnsetAccount])
def test_property_required(run, cls):
    with pytest.raises(SystemExit):
        run(cls, [])


def test_set_bad_property_format(run):
    with pytest.raises(SystemExit):
        run(account.SetAccount, ['--property', 'novalue'])
