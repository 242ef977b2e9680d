"""Unit tests: cached image list/queue/delete/clear."""

import pytest
from openstack.image.v2 import cache as sdk_cache
from openstack.image.v2 import image as sdk_image

from openstackclient.image.v2 import cache
from tests.unit import fakes


@pytest.fixture
def img():
    proxy = fakes.sdk_proxy('image.v2')
    proxy.find_image.return_value = sdk_image.Image(id='i1', name='img')
    return proxy


def test_list(img):
    img.get_image_cache.return_value = sdk_cache.Cache(
        cached_images=[{'image_id': 'i1', 'hits': 2, 'size': 10,
                        'last_accessed': 0, 'last_modified': 86400.5}],
        queued_images=['i2'])
    _, (labels, rows) = fakes.run_command(cache.ListCachedImage, [],
                                          image=img)
    assert labels == ('ID', 'State', 'Last Accessed (UTC)',
                      'Last Modified (UTC)', 'Size', 'Hits')
    assert rows == [
        ('i1', 'cached', '1970-01-01T00:00:00', '1970-01-02T00:00:00.500000',
         10, 2),
        ('i2', 'queued', 'N/A', 'N/A', 'N/A', 'N/A')]


def test_queue_many(img):
    fakes.run_command(cache.QueueCachedImage, ['a', 'b'], image=img)
    assert img.queue_image.call_count == 2
    img.queue_image.assert_called_with('i1')


def test_delete(img):
    fakes.run_command(cache.DeleteCachedImage, ['a'], image=img)
    img.cache_delete_image.assert_called_once_with('i1', ignore_missing=False)


@pytest.mark.parametrize('argv, target', [
    ([], 'both'), (['--cache'], 'cache'), (['--queue'], 'queue')])
def test_clear(img, argv, target):
    fakes.run_command(cache.ClearCachedImage, argv, image=img)
    img.clear_cache.assert_called_once_with(target)
