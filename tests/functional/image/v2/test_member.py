"""Functional tests: sharing an image with a project (image members)."""

MEMBER_KEYS = {'created_at', 'image_id', 'member_id', 'schema', 'status',
               'updated_at'}


def test_share_accept_and_unshare(openstack, make_image):
    image = make_image(data=False)
    demo_id = openstack('project', 'show', 'demo', '-f', 'value', '-c',
                        'id').stdout.strip()
    added = openstack('image', 'add', 'project', image['name'], 'demo',
                      parse_json=True).json
    assert set(added) == MEMBER_KEYS
    assert (added['member_id'], added['status']) == (demo_id, 'pending')
    listed = openstack('image', 'member', 'list', image['id'],
                       parse_json=True).json
    assert listed == [{'Image ID': image['id'], 'Member ID': demo_id,
                       'Status': 'pending'}]
    openstack('image', 'set', image['id'], '--accept', cloud='devcloud-demo')
    got = openstack('image', 'member', 'get', image['id'], demo_id,
                    parse_json=True).json
    assert got['status'] == 'accepted'
    accepted = openstack('image', 'list', '--member-status', 'accepted',
                         cloud='devcloud-demo', parse_json=True).json
    assert image['id'] in {row['ID'] for row in accepted}
    openstack('image', 'set', image['id'], '--project', 'demo', '--reject')
    got = openstack('image', 'member', 'get', image['id'], 'demo',
                    parse_json=True).json
    assert got['status'] == 'rejected'
    openstack('image', 'remove', 'project', image['id'], 'demo')
    assert openstack('image', 'member', 'list', image['id'],
                     parse_json=True).json == []
    again = openstack('image', 'remove', 'project', image['id'], 'demo',
                      check=False)
    assert again.rc == 5
