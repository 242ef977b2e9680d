"""Functional tests: object store account commands against the devcloud.

The account is shared with other tests: only a uniquely named property is
set, and it is removed again.
"""


def test_set_show_unset(openstack, unique_name):
    key = unique_name('prop').replace('-', '')
    shown = openstack('object', 'store', 'account', 'show',
                      parse_json=True).json
    assert shown['Account'].startswith('AUTH_')
    assert {'Bytes', 'Containers', 'Objects'} <= set(shown)
    openstack('object', 'store', 'account', 'set', '--property', f'{key}=v1')
    try:
        shown = openstack('object', 'store', 'account', 'show',
                          parse_json=True).json
        props = {k.lower(): v for k, v in shown['properties'].items()}
        assert props[key.lower()] == 'v1'
    finally:
        openstack('object', 'store', 'account', 'unset', '--property', key)
    shown = openstack('object', 'store', 'account', 'show',
                      parse_json=True).json
    props = {k.lower() for k in shown.get('properties', {})}
    assert key.lower() not in props


def test_set_needs_property(openstack):
    result = openstack('object', 'store', 'account', 'set', check=False)
    assert result.rc == 2
