"""Functional tests: usage list/show (the devcloud may have no servers)."""

from tests.functional.compute import one_line_error

KEYS = ['Project', 'Servers', 'RAM MB-Hours', 'CPU Hours', 'Disk GB-Hours']


def test_list_default_period(openstack):
    rows = openstack('usage', 'list', parse_json=True).json
    for row in rows:
        assert list(row) == KEYS
        assert row['RAM MB-Hours'] >= 0


def test_list_empty_period(openstack):
    rows = openstack('usage', 'list', '--start', '2001-01-01', '--end',
                     '2001-01-02', parse_json=True).json
    assert rows == []
    table = openstack('usage', 'list', '--start', '2001-01-01', '--end',
                      '2001-01-02')
    assert 'Usage from' not in table.stdout


def test_show_current_and_named_project(openstack):
    shown = openstack('usage', 'show', parse_json=True).json
    assert list(shown) == KEYS
    admin = openstack('project', 'show', 'admin', parse_json=True).json
    assert shown['Project'] in (admin['id'], None)
    table = openstack('usage', 'show', '--project', 'demo', '--start',
                      '2001-01-01', '--end', '2001-01-02')
    assert table.stdout.startswith(
        'Usage from 2001-01-01 to 2001-01-02 on project ')
    empty = openstack('usage', 'show', '--project', 'demo', '--start',
                      '2001-01-01', '--end', '2001-01-02',
                      parse_json=True).json
    assert empty['Servers'] in (None, [])


def test_bad_date_is_usage_error(openstack):
    result = openstack('usage', 'list', '--start', '2001-1', check=False)
    assert result.rc == 2
    assert "expected a date as YYYY-MM-DD, got '2001-1'" in result.stderr
    missing = openstack('usage', 'show', '--project', 'fn-no-such-project',
                        check=False)
    assert one_line_error(missing, 5) == (
        "openstack: No project with a name or ID of 'fn-no-such-project' "
        "exists.")
