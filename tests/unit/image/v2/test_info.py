"""Unit tests: image import info, image stores list."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.image.v2 import service_info

from openstackclient.cli import errors
from openstackclient.image.v2 import info
from tests.unit import fakes


@pytest.fixture
def img():
    return fakes.sdk_proxy('image.v2')


def test_import_info(img):
    img.get_import_info.return_value = service_info.Import(
        import_methods={'value': ['glance-direct', 'web-download']})
    _, (labels, values) = fakes.run_command(info.ShowImageImportInfo, [],
                                            image=img)
    assert labels == ('import-methods',)
    assert values[0].machine_readable() == ['glance-direct', 'web-download']


def test_stores(img):
    img.stores.return_value = [service_info.Store(
        id='fs', description=None, is_default=True, properties={'a': 1})]
    _, (labels, rows) = fakes.run_command(info.ListImageStores, [],
                                          image=img)
    img.stores.assert_called_once_with(details=False)
    assert labels == ('ID', 'Description', 'Default')
    assert rows == [('fs', None, True)]


def test_stores_detail(img):
    img.stores.return_value = [service_info.Store(
        id='fs', is_default=True, properties={'a': 1})]
    _, (labels, rows) = fakes.run_command(info.ListImageStores, ['--detail'],
                                          image=img)
    img.stores.assert_called_once_with(details=True)
    assert labels[-1] == 'Properties'
    assert rows[0][-1].machine_readable() == {'a': 1}


def test_stores_without_multi_backend(img):
    img.stores.side_effect = sdk_exc.NotFoundException('nope')
    with pytest.raises(errors.NotFoundError, match='Multi Backend'):
        fakes.run_command(info.ListImageStores, [], image=img)
