"""Unit tests: usage list/show."""

import datetime
from unittest import mock

import pytest
from openstack.compute.v2 import usage as sdk_usage

from openstackclient.compute.v2 import usage
from tests.unit.compute.v2 import compute_fakes as cf

USAGE = sdk_usage.Usage(project_id='p1', server_usages=[{'name': 'vm'}],
                        total_memory_mb_usage=1.5, total_vcpus_usage=0.25,
                        total_local_gb_usage=2.0)


@pytest.fixture
def compute():
    proxy = cf.proxy()
    proxy.usages.return_value = [USAGE]
    proxy.get_usage.return_value = USAGE
    proxy.get_project_id.return_value = 'p1'
    return proxy


def test_list_with_dates_and_names(compute):
    identity = mock.Mock()
    identity.projects.return_value = [mock.Mock(id='p1', name='proj')]
    identity.projects.return_value[0].name = 'proj'
    _, result, app = cf.run(usage.ListUsage,
                            ['--start', '2020-01-01', '--end', '2020-02-01'],
                            compute, formatter='table', identity=identity)
    compute.usages.assert_called_once_with(
        start=datetime.datetime(2020, 1, 1),
        end=datetime.datetime(2020, 2, 1), detailed=True)
    assert app.stdout.getvalue() == 'Usage from 2020-01-01 to 2020-02-01: \n'
    row, = cf.rows(result)
    assert row['Project'].human_readable() == 'proj'
    assert row['Project'].machine_readable() == 'p1'
    assert row['Servers'].human_readable() == '1'
    assert row['RAM MB-Hours'].human_readable() == '1.50'
    assert row['CPU Hours'].machine_readable() == 0.25


def test_list_default_period_is_four_weeks_to_tomorrow(compute):
    cf.run(usage.ListUsage, [], compute)
    kwargs = compute.usages.call_args.kwargs
    assert kwargs['end'] - kwargs['start'] == datetime.timedelta(days=29)


def test_show_defaults_to_the_current_project(compute):
    _, result, app = cf.run(usage.ShowUsage, ['--start', '2020-01-01'],
                            compute, formatter='table')
    assert compute.get_usage.call_args.args == ('p1',)
    assert app.stdout.getvalue().startswith(
        'Usage from 2020-01-01 to ')
    assert cf.as_dict(result)['Servers'].human_readable() == '1'


def test_show_named_project(compute):
    with mock.patch('openstackclient.compute.v2.common.project_id',
                    return_value='p9'):
        cf.run(usage.ShowUsage, ['--project', 'demo'], compute)
    assert compute.get_usage.call_args.args == ('p9',)


def test_bad_date():
    compute = cf.proxy()
    with pytest.raises(SystemExit):
        cf.run(usage.ListUsage, ['--end', 'soon'], compute)
