"""limits show against the devcloud's Nova and Cinder: both services'
limits in one sorted list, under the SDK's names as OSC shows them."""


def test_absolute(openstack):
    result = openstack('limits', 'show', '--absolute', parse_json=True)
    limits = {row['Name']: row['Value'] for row in result.json}
    assert limits['max_total_volumes'] >= 1
    assert limits['max_total_cores'] >= 1 and 'total_ram_used' in limits
    assert 'total_volumes_used' in limits
    assert [row['Name'] for row in result.json] == sorted(limits)
    assert result.stderr == ''
    demo = openstack('limits', 'show', '--absolute', '--project', 'demo',
                     '--reserved', parse_json=True).json
    assert {row['Name'] for row in demo} == set(limits)


def test_rate_is_empty_without_the_middleware(openstack):
    result = openstack('limits', 'show', '--rate', parse_json=True)
    assert result.json == [] and result.stderr == ''


def test_as_a_member(openstack):
    rows = openstack('limits', 'show', '--absolute', cloud='devcloud-demo',
                     parse_json=True).json
    assert 'max_total_volumes' in {row['Name'] for row in rows}


def test_errors(openstack):
    assert openstack('limits', 'show', check=False).rc == 2
    missing = openstack('limits', 'show', '--absolute', '--project',
                        'fn-no-such-project', check=False)
    assert missing.rc == 5
    assert len(missing.stderr.strip().splitlines()) == 1
