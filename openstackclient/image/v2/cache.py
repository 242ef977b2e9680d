"""Image v2 cache (Glance's local image cache): list, queue, delete, clear.

These use Glance's cache API (``/v2/cache``, Image API 2.14 and later);
they are admin-only.
"""

import datetime

from openstackclient.cli import base
from openstackclient.cli.columns import Column
from openstackclient.image.v2 import common

LIST_COLUMNS = (
    Column('image_id', 'ID'),
    Column('state', 'State'),
    Column('last_accessed', 'Last Accessed (UTC)'),
    Column('last_modified', 'Last Modified (UTC)'),
    Column('size', 'Size'),
    Column('hits', 'Hits'),
)


def _utc(timestamp):
    """A Unix time as ISO 8601 UTC without zone: 2026-01-02T03:04:05."""
    moment = datetime.datetime.fromtimestamp(float(timestamp),
                                             tz=datetime.UTC)
    return moment.replace(tzinfo=None).isoformat()


def cache_rows(cache):
    """Dicts for the cached images, then the images queued for caching."""
    rows = []
    for item in cache.cached_images or ():
        rows.append({
            'image_id': item['image_id'], 'state': 'cached',
            'last_accessed': _utc(item['last_accessed']),
            'last_modified': _utc(item['last_modified']),
            'size': item['size'], 'hits': item['hits'],
        })
    for image_id in cache.queued_images or ():
        rows.append({'image_id': image_id, 'state': 'queued',
                     'last_accessed': 'N/A', 'last_modified': 'N/A',
                     'size': 'N/A', 'hits': 'N/A'})
    return rows


class ListCachedImage(base.ResourceLister):
    """List cached and queued images"""

    columns = LIST_COLUMNS

    def list_resources(self, parsed_args):
        return cache_rows(common.client(self.app).get_image_cache())


class QueueCachedImage(common.ImageAction):
    """Queue image(s) for caching"""

    verb, past = 'queue', 'queued'

    def act_on(self, parsed_args, image):
        self.image_client.queue_image(image.id)


class DeleteCachedImage(common.ImageAction):
    """Delete image(s) from the cache"""

    resource = 'cached image'

    def act_on(self, parsed_args, image):
        self.image_client.cache_delete_image(image.id, ignore_missing=False)


class ClearCachedImage(base.Command):
    """Clear the cache, the queue, or both"""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument(
            '--cache', action='store_const', const='cache', default='both',
            dest='target', help='Clear the cached images only')
        parser.add_argument(
            '--queue', action='store_const', const='queue', default='both',
            dest='target', help='Clear the queued images only')
        return parser

    def take_action(self, parsed_args):
        common.client(self.app).clear_cache(parsed_args.target)
