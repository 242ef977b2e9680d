"""Unit tests: image add/remove project, image member list/get."""

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import project as sdk_project
from openstack.image.v2 import image as sdk_image
from openstack.image.v2 import member as sdk_member

from openstackclient.image.v2 import member
from tests.unit import fakes

MEMBER = sdk_member.Member(member_id='p2', image_id='i1', status='pending',
                           schema='/v2/schemas/member', created_at='c',
                           updated_at='u')


@pytest.fixture
def proxies():
    img = fakes.sdk_proxy('image.v2')
    img.find_image.return_value = sdk_image.Image(id='i1', name='img')
    identity = fakes.sdk_proxy('identity.v3')
    identity.find_project.return_value = sdk_project.Project(id='p2')
    return {'image': img, 'identity': identity}


def test_add_project(proxies):
    proxies['image'].add_member.return_value = MEMBER
    _, (labels, values) = fakes.run_command(
        member.AddProjectToImage, ['img', 'demo', '--project-domain', 'd1'],
        **proxies)
    proxies['image'].add_member.assert_called_once_with(image='i1',
                                                        member_id='p2')
    proxies['identity'].find_project.assert_called_once_with(
        'demo', ignore_missing=False,
        domain_id=proxies['identity'].find_domain.return_value.id)
    assert labels == ('created_at', 'image_id', 'member_id', 'schema',
                      'status', 'updated_at')
    assert values == ('c', 'i1', 'p2', '/v2/schemas/member', 'pending', 'u')


def test_project_id_used_as_is_when_lookup_forbidden(proxies):
    error = sdk_exc.ForbiddenException('no')
    error.status_code = 403
    proxies['identity'].find_project.side_effect = error
    proxies['image'].add_member.return_value = MEMBER
    fakes.run_command(member.AddProjectToImage, ['img', 'p9'], **proxies)
    proxies['image'].add_member.assert_called_once_with(image='i1',
                                                        member_id='p9')


def test_remove_project(proxies):
    fakes.run_command(member.RemoveProjectFromImage, ['img', 'demo'],
                      **proxies)
    proxies['image'].remove_member.assert_called_once_with(
        member='p2', image='i1', ignore_missing=False)


def test_member_list(proxies):
    proxies['image'].members.return_value = [MEMBER]
    _, (labels, rows) = fakes.run_command(member.ListImageMember, ['img'],
                                          **proxies)
    proxies['image'].members.assert_called_once_with(image='i1')
    assert labels == ('Image ID', 'Member ID', 'Status')
    assert rows == [('i1', 'p2', 'pending')]


def test_member_get(proxies):
    proxies['image'].get_member.return_value = MEMBER
    _, (_, values) = fakes.run_command(member.ShowImageMember,
                                       ['img', 'demo'], **proxies)
    proxies['image'].get_member.assert_called_once_with(member='p2',
                                                        image='i1')
    assert values[2] == 'p2'
