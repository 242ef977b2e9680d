"""Unit tests: server list (query, columns, batched name lookups)."""

import types

import pytest
from openstack.compute.v2 import flavor as sdk_flavor
from openstack.compute.v2 import server as sdk_server
from openstack.image.v2 import image as sdk_image

from openstackclient.cli import errors
from openstackclient.compute.v2.server import list as server_list
from tests.unit import fakes
from tests.unit.compute.v2 import compute_fakes as cf


def _server(i, image='img1', flavor=None, **kw):
    return sdk_server.Server(
        id=f's{i}', name=f'web{i}', status='ACTIVE',
        image={'id': image} if image else {},
        flavor=flavor or {'original_name': 'm1.nano'},
        addresses={'public': [{'addr': f'10.0.0.{i}', 'version': 4}]},
        power_state=1, task_state=None, metadata={'a': 'b'},
        security_groups=[{'name': 'default'}], project_id='p1', **kw)


@pytest.fixture
def proxies():
    compute = cf.proxy()
    compute.servers.return_value = [_server(i) for i in range(1, 4)] + [
        _server(9, image=None)]
    image = fakes.sdk_proxy('image.v2')
    image.images.return_value = [sdk_image.Image(id='img1', name='cirros')]
    return compute, image


def run(argv, proxies, version=None):
    compute, image = proxies
    return cf.run(server_list.ListServer, argv, compute, version=version,
                  image=image)


def test_default_columns_and_one_image_request(proxies):
    compute, image = proxies
    _, result, _ = run([], proxies)
    assert result[0] == ('ID', 'Name', 'Status', 'Networks', 'Image',
                         'Flavor')
    rows = cf.rows(result)
    assert [r['Image'] for r in rows] == ['cirros'] * 3 + [
        'N/A (booted from volume)']
    assert rows[0]['Flavor'] == 'm1.nano'
    assert rows[0]['Networks'].machine_readable() == {'public': ['10.0.0.1']}
    image.images.assert_called_once_with(id='in:img1', limit=1,
                                         paginated=False)
    compute.flavors.assert_not_called()
    compute.servers.assert_called_once_with(details=True)


def test_before_2_47_one_flavor_request(proxies):
    compute, image = proxies
    compute.servers.return_value = [_server(i, flavor={'id': '42'})
                                    for i in range(5)]
    compute.flavors.return_value = [sdk_flavor.Flavor(id='42',
                                                      name='m1.nano')]
    _, result, _ = run(['--long'], proxies, version='2.46')
    rows = cf.rows(result)
    assert {r['Flavor Name'] for r in rows} == {'m1.nano'}
    assert {r['Flavor ID'] for r in rows} == {'42'}
    compute.flavors.assert_called_once_with(is_public=None)
    assert image.images.call_count == 1


def test_no_name_lookup_makes_no_extra_request(proxies):
    compute, image = proxies
    _, result, _ = run(['-n'], proxies)
    assert cf.rows(result)[0]['Image'] == 'img1'
    image.images.assert_not_called()
    image.get_image.assert_not_called()


def test_long_columns(proxies):
    _, result, _ = run(['--long'], proxies)
    assert result[0] == (
        'ID', 'Name', 'Status', 'Task State', 'Power State', 'Networks',
        'Image Name', 'Image ID', 'Flavor', 'Availability Zone', 'Host',
        'Properties', 'Pinned Availability Zone', 'Scheduler Hints')
    row = cf.rows(result)[0]
    assert row['Power State'].human_readable() == 'Running'


def test_all_projects_and_extra_column(proxies):
    _, result, _ = run(['--all-projects', '-c', 'Security Groups'],
                       proxies)
    assert result[0][-2:] == ('Project ID', 'Security Groups')
    compute, _ = proxies
    compute.servers.assert_called_once_with(details=True, all_projects=True)


def test_filters_into_the_query(proxies):
    compute, _ = proxies
    compute.find_flavor.return_value = sdk_flavor.Flavor(id='42')
    run(['--status', 'ACTIVE', '--name', 'web', '--flavor', 'm1.nano',
         '--host', 'devcloud-1', '--power-state', 'running', '--tags', 'a',
         '--tags', 'b', '--locked', '--limit', '2', '--deleted',
         '--marker', 's1', '--changes-since', '2026-01-01T00:00:00Z'],
        proxies)
    compute.servers.assert_called_once_with(
        details=True, status='ACTIVE', name='web', flavor='42',
        compute_host='devcloud-1', power_state=1, tags='a,b', locked=True,
        limit=2, paginated=False, deleted=True, marker='s1',
        changes_since='2026-01-01T00:00:00Z')


def test_name_lookup_failure_keeps_the_list(proxies):
    compute, image = proxies
    image.images.side_effect = RuntimeError('glance is down')
    _, result, app = run([], proxies)
    assert cf.rows(result)[0]['Image'] == ''
    assert 'image names not shown' in app.stderr.getvalue()


@pytest.mark.parametrize('argv, version', [
    (['--tags', 'a'], '2.25'), (['--locked'], '2.72'),
    (['--changes-before', '2026-01-01T00:00:00Z'], '2.65')])
def test_microversion_needed(proxies, argv, version):
    with pytest.raises(errors.UsageError):
        run(argv, proxies, version=version)


def test_bad_time_is_a_parse_error(proxies):
    with pytest.raises(SystemExit):
        run(['--changes-since', 'yesterday'], proxies)


def test_columns_for_no_lookup_before_2_47():
    args = types.SimpleNamespace(long=False, no_name_lookup=True,
                                 all_projects=False, columns=[])
    specs = server_list.columns_for(args, lambda v: v < '2.47')
    assert [(s.attr, s.label) for s in specs][-2:] == [
        ('image_id', 'Image'), ('flavor_id', 'Flavor')]
