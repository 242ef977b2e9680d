"""Unit tests: image list, show, set, unset and delete."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import project as sdk_project
from openstack.image.v2 import image as sdk_image

from openstackclient.cli import errors
from openstackclient.image.v2 import image
from tests.unit import fakes


def make_image(**attrs):
    values = dict(id='i1', name='img', status='active', tags=['b', 'a'],
                  checksum='c', size=1500, visibility='shared',
                  protected=False, owner='p1', disk_format='raw',
                  container_format='bare', os_hash_algo='sha512',
                  os_hash_value='h', foo='bar')
    values.update(attrs)
    return sdk_image.Image(**values)


IMAGE = make_image()


@pytest.fixture
def proxies():
    img = fakes.sdk_proxy('image.v2')
    img.find_image.return_value = IMAGE
    identity = fakes.sdk_proxy('identity.v3')
    identity.find_project.return_value = sdk_project.Project(id='p2',
                                                            name='demo')
    return {'image': img, 'identity': identity}


def test_list_default_follows_pages_sorted_by_name(proxies):
    proxies['image'].images.return_value = iter(
        [make_image(id='2', name='b'), make_image(id='1', name='a')])
    _, (labels, rows) = fakes.run_command(image.ListImage, [], **proxies)
    proxies['image'].images.assert_called_once_with()
    assert labels == ('ID', 'Name', 'Status')
    assert rows == [('1', 'a', 'active'), ('2', 'b', 'active')]


def test_list_filters_and_one_page(proxies):
    proxies['image'].images.return_value = []
    fakes.run_command(
        image.ListImage,
        ['--private', '--name', 'n', '--status', 'active', '--tag', 't',
         '--member-status', 'ACCEPTED', '--hidden', '--project', 'demo',
         '--limit', '5', '--marker', 'img', '--max-items', '9'],
        **proxies)
    proxies['image'].images.assert_called_once_with(
        visibility='private', name='n', status='active',
        member_status='accepted', tag=['t'], is_hidden=True, owner='p2',
        limit=5, max_items=9, marker='i1', paginated=False)
    proxies['identity'].find_project.assert_called_once_with(
        'demo', ignore_missing=False)


def test_list_long_and_property_filter(proxies):
    proxies['image'].images.return_value = [
        IMAGE, make_image(id='i2', foo='other')]
    _, (labels, rows) = fakes.run_command(
        image.ListImage, ['--long', '--property', 'foo=bar'], **proxies)
    assert labels == ('ID', 'Name', 'Disk Format', 'Container Format',
                      'Size', 'Checksum', 'Status', 'Visibility',
                      'Protected', 'Project', 'Hash Algorithm',
                      'Hash Value', 'Tags')
    assert len(rows) == 1
    assert rows[0][:10] == ('i1', 'img', 'raw', 'bare', 1500, 'c', 'active',
                            'shared', False, 'p1')
    assert rows[0][12].machine_readable() == ['b', 'a']


def test_list_sort_descending_by_two_keys(proxies):
    proxies['image'].images.return_value = [
        make_image(id='1', name='a', status='x'),
        make_image(id='2', name='b', status='x'),
        make_image(id='3', name='c', status='a')]
    _, (_, rows) = fakes.run_command(
        image.ListImage, ['--sort', 'status:asc,name:desc'], **proxies)
    assert [row[0] for row in rows] == ['3', '2', '1']


def test_list_bad_sort_direction(proxies):
    proxies['image'].images.return_value = []
    with pytest.raises(errors.UsageError, match='sideways'):
        fakes.run_command(image.ListImage, ['--sort', 'name:sideways'],
                          **proxies)


def test_show_fields_as_osc(proxies):
    _, (labels, values) = fakes.run_command(
        image.ShowImage, ['img'], **proxies)
    proxies['image'].find_image.assert_called_once_with(
        'img', ignore_missing=False)
    shown = dict(zip(labels, values))
    assert list(labels) == sorted(labels)
    assert shown['protected'] is False
    assert shown['size'] == 1500
    assert shown['tags'].machine_readable() == ['b', 'a']
    assert shown['properties'].machine_readable() == {
        'foo': 'bar', 'os_hash_algo': 'sha512', 'os_hash_value': 'h'}
    assert 'location' not in shown


def test_show_human_readable(proxies):
    _, (labels, values) = fakes.run_command(
        image.ShowImage, ['--human-readable', 'img'], **proxies)
    assert dict(zip(labels, values))['size'] == '1.5K'


def test_show_unknown_is_not_found(proxies):
    proxies['image'].find_image.side_effect = sdk_exc.NotFoundException()
    with pytest.raises(errors.NotFoundError, match="'nope'"):
        fakes.run_command(image.ShowImage, ['nope'], **proxies)


def test_set_fields_properties_tags(proxies):
    fakes.run_command(
        image.SetImage,
        ['img', '--name', 'new', '--min-disk', '2', '--min-ram', '3',
         '--disk-format', 'qcow2', '--public', '--protected', '--hidden',
         '--property', 'k=v', '--tag', 'c', '--tag', 'a',
         '--os-distro', 'ubuntu', '--project', 'demo'],
        **proxies)
    proxies['image'].update_image.assert_called_once_with(
        'i1', name='new', min_disk=2, min_ram=3, disk_format='qcow2',
        visibility='public', is_protected=True, is_hidden=True,
        os_distro='ubuntu', k='v', tags=['a', 'b', 'c'], owner_id='p2')


def test_set_nothing_makes_no_update(proxies):
    fakes.run_command(image.SetImage, ['img'], **proxies)
    proxies['image'].update_image.assert_not_called()


def test_set_deactivate_and_activate(proxies):
    fakes.run_command(image.SetImage, ['img', '--deactivate'], **proxies)
    proxies['image'].deactivate_image.assert_called_once_with('i1')
    fakes.run_command(image.SetImage, ['img', '--activate'], **proxies)
    proxies['image'].reactivate_image.assert_called_once_with('i1')
    with pytest.raises(SystemExit):
        fakes.run_command(image.SetImage,
                          ['img', '--activate', '--deactivate'], **proxies)


def test_set_accept_own_membership(proxies):
    proxies['image'].get_project_id.return_value = 'mine'
    fakes.run_command(image.SetImage, ['img', '--accept'], **proxies)
    proxies['image'].update_member.assert_called_once_with(
        image='i1', member='mine', status='accepted')
    proxies['image'].update_image.assert_not_called()


def test_set_reject_for_project_does_not_change_owner(proxies):
    fakes.run_command(image.SetImage,
                      ['img', '--reject', '--project', 'demo'], **proxies)
    proxies['image'].update_member.assert_called_once_with(
        image='i1', member='p2', status='rejected')
    proxies['image'].update_image.assert_not_called()


def test_set_v1_visibility_is_refused(proxies):
    with pytest.raises(errors.UsageError, match='--visibility'):
        fakes.run_command(image.SetImage, ['img', '--visibility', 'public'],
                          **proxies)


def test_unset_tags_and_properties(proxies):
    img = make_image(os_distro='ubuntu')
    proxies['image'].find_image.return_value = img
    fakes.run_command(
        image.UnsetImage,
        ['img', '--tag', 'a', '--property', 'foo',
         '--property', 'os_distro'],
        **proxies)
    proxies['image'].remove_tag.assert_called_once_with('i1', 'a')
    proxies['image'].update_image.assert_called_once_with(
        img, properties={})
    assert img.os_distro is None


def test_unset_missing_reports_each(proxies):
    with pytest.raises(errors.CommandError) as caught:
        fakes.run_command(image.UnsetImage,
                          ['img', '--tag', 'zz', '--property', 'nope'],
                          **proxies)
    assert "no tag 'zz' and no property 'nope'" in str(caught.value)
    proxies['image'].remove_tag.assert_not_called()


def test_delete_many_with_store(proxies):
    fakes.run_command(image.DeleteImage, ['a', 'b', '--store', 'fs'],
                      **proxies)
    assert proxies['image'].delete_image.call_count == 2
    proxies['image'].delete_image.assert_called_with(
        'i1', store='fs', ignore_missing=False)


def test_delete_reports_failures(proxies):
    proxies['image'].find_image.side_effect = [
        IMAGE, sdk_exc.NotFoundException()]
    with pytest.raises(errors.CommandError, match='1 of 2 images'):
        fakes.run_command(image.DeleteImage, ['a', 'nope', '--parallel',
                                              '1'], **proxies)
