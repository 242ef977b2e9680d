"""configuration show with the devcloud's clouds.yaml."""


def test_configuration_show_masks_password(openstack, devcloud):
    data = openstack('configuration', 'show', parse_json=True).json
    assert data['auth.auth_url'] == devcloud.auth_url
    assert data['auth.username'] == devcloud.admin['username']
    assert data['auth.password'] == '<redacted>'
    assert data['region_name'] == 'RegionOne'


def test_configuration_show_unmask(openstack, devcloud):
    data = openstack('configuration', 'show', '--unmask',
                     parse_json=True).json
    assert data['auth.password'] == devcloud.admin['password']
