"""Functional tests: image import info and image stores list."""


def test_import_info(openstack):
    info = openstack('image', 'import', 'info', parse_json=True).json
    assert list(info) == ['import-methods']
    assert 'glance-direct' in info['import-methods']


def test_stores_list(openstack):
    # The devcloud's Glance has multi-store enabled with one store, 'fs'.
    stores = openstack('image', 'stores', 'list', parse_json=True).json
    assert {'ID': 'fs', 'Description': None, 'Default': True} in stores
    detail = openstack('image', 'stores', 'list', '--detail',
                       parse_json=True).json
    assert list(detail[0]) == ['ID', 'Description', 'Default', 'Properties']
    assert 'data_dir' in detail[0]['Properties']
