"""block storage log level list/set (3.32): one logger prefix of the
devcloud's cinder-api set to DEBUG and back to INFO."""

PREFIX = 'cinder.api.contrib.hosts'


def levels(openstack):
    rows = openstack('block', 'storage', 'log', 'level', 'list',
                     '--service', 'cinder-api', '--log-prefix', PREFIX,
                     parse_json=True).json
    return {(r['Binary'], r['Prefix']): r['Level'] for r in rows}


def test_list_and_set(openstack):
    rows = openstack('block', 'storage', 'log', 'level', 'list',
                     parse_json=True).json
    assert set(rows[0]) == {'Binary', 'Host', 'Prefix', 'Level'}
    assert {r['Binary'] for r in rows} >= {'cinder-api', 'cinder-volume'}
    before = levels(openstack)[('cinder-api', PREFIX)]
    try:
        openstack('block', 'storage', 'log', 'level', 'set', 'debug',
                  '--service', 'cinder-api', '--log-prefix', PREFIX)
        assert levels(openstack)[('cinder-api', PREFIX)] == 'DEBUG'
    finally:
        openstack('block', 'storage', 'log', 'level', 'set', before,
                  '--service', 'cinder-api', '--log-prefix', PREFIX)
    assert levels(openstack)[('cinder-api', PREFIX)] == before


def test_errors(openstack):
    bad = openstack('block', 'storage', 'log', 'level', 'set', 'loud',
                    check=False)
    assert bad.rc == 2
    old = openstack('--os-volume-api-version', '3.31', 'block', 'storage',
                    'log', 'level', 'list', check=False)
    assert old.rc == 2 and old.stderr.strip() == (
        'openstack: block storage log level list needs '
        '--os-volume-api-version 3.32 or greater (requested: 3.31)')
