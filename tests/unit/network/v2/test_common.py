"""Unit tests: the shared network helpers (lookups, tags, project, output)."""

import argparse

import pytest
from openstack import exceptions as sdk_exc
from openstack.identity.v3 import project as sdk_project
from openstack.network.v2 import network as sdk_network

from openstackclient.cli import errors
from openstackclient.network.v2 import common
from tests.unit import fakes


@pytest.fixture
def network():
    return fakes.sdk_proxy('network.v2')


def parse(add, argv):
    parser = argparse.ArgumentParser()
    add(parser)
    return parser.parse_args(argv)


# find

def test_find_passes_filters_and_ignore_missing(network):
    net = sdk_network.Network(id='n1', name='net')
    network.find_network.return_value = net
    assert common.find(network, 'network', 'net', project_id='p') is net
    network.find_network.assert_called_once_with(
        'net', ignore_missing=False, project_id='p')


def test_find_not_found_is_one_line_exit_5(network):
    network.find_security_group.side_effect = sdk_exc.ResourceNotFound('x')
    with pytest.raises(errors.NotFoundError) as info:
        common.find(network, 'security_group', 'web')
    assert str(info.value) == (
        "No security group with a name or ID of 'web' exists.")
    assert errors.exit_code_for(info.value) == errors.NOT_FOUND


def test_find_duplicate_is_ambiguous(network):
    network.find_port.side_effect = sdk_exc.DuplicateResource('x')
    with pytest.raises(errors.AmbiguousError):
        common.find(network, 'port', 'p', kind='port')


def test_find_other_errors_propagate(network):
    network.find_port.side_effect = sdk_exc.ForbiddenException('no')
    with pytest.raises(sdk_exc.ForbiddenException):
        common.find(network, 'port', 'p')


def test_find_id_none_stays_none(network):
    assert common.find_id(network, 'network', None) is None
    network.find_network.assert_not_called()


# tags

def add_create(p):
    common.add_tag_options(p, 'network', 'create')


def add_set(p):
    common.add_tag_options(p, 'network', 'set')


def add_unset(p):
    common.add_tag_options(p, 'network', 'unset')


def test_create_tags_set_sorted_unique(network):
    net = sdk_network.Network(id='n1', tags=[])
    args = parse(add_create, ['--tag', 'b', '--tag', 'a', '--tag', 'b'])
    common.set_tags(network, net, args, 'create')
    network.set_tags.assert_called_once_with(net, ['a', 'b'])


def test_create_no_tag_calls_nothing(network):
    net = sdk_network.Network(id='n1', tags=[])
    common.set_tags(network, net, parse(add_create, ['--no-tag']), 'create')
    common.set_tags(network, net, parse(add_create, []), 'create')
    network.set_tags.assert_not_called()


def test_create_tag_and_no_tag_exclusive():
    with pytest.raises(SystemExit):
        parse(add_create, ['--tag', 'a', '--no-tag'])


def test_set_adds_to_existing(network):
    net = sdk_network.Network(id='n1', tags=['x'])
    common.set_tags(network, net, parse(add_set, ['--tag', 'a']), 'set')
    network.set_tags.assert_called_once_with(net, ['a', 'x'])


def test_set_no_tag_and_tag_replace(network):
    net = sdk_network.Network(id='n1', tags=['x'])
    common.set_tags(network, net,
                    parse(add_set, ['--no-tag', '--tag', 'a']), 'set')
    network.set_tags.assert_called_once_with(net, ['a'])


def test_set_without_change_calls_nothing(network):
    net = sdk_network.Network(id='n1', tags=['a'])
    common.set_tags(network, net, parse(add_set, ['--tag', 'a']), 'set')
    common.set_tags(network, net, parse(add_set, []), 'set')
    network.set_tags.assert_not_called()


def test_unset_removes_and_all_tag_clears(network):
    net = sdk_network.Network(id='n1', tags=['a', 'b'])
    common.set_tags(network, net, parse(add_unset, ['--tag', 'a']), 'unset')
    network.set_tags.assert_called_once_with(net, ['b'])
    network.set_tags.reset_mock()
    common.set_tags(network, net, parse(add_unset, ['--all-tag']), 'unset')
    network.set_tags.assert_called_once_with(net, [])


def test_tag_filters_comma_lists():
    args = parse(lambda p: common.add_tag_filter_options(p, 'network'),
                 ['--tags', 'a,b', '--any-tags', 'c', '--not-tags', 'd',
                  '--not-any-tags', 'e,f', '--tags', 'g'])
    assert common.tag_filters(args) == {
        'tags': 'a,b,g', 'any_tags': 'c', 'not_tags': 'd',
        'not_any_tags': 'e,f'}
    assert common.tag_filters(parse(
        lambda p: common.add_tag_filter_options(p, 'network'), [])) == {}


# project

def test_project_id_looks_up_in_domain():
    identity = fakes.sdk_proxy('identity.v3')
    identity.find_project.return_value = sdk_project.Project(id='p1')
    identity.find_domain.return_value = sdk_project.Project(id='d1')
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(identity=identity)
    args = parse(common.add_project_options,
                 ['--project', 'demo', '--project-domain', 'dom'])
    assert common.project_id(app, args) == 'p1'
    identity.find_project.assert_called_once_with(
        'demo', ignore_missing=False, domain_id='d1')


def test_project_id_forbidden_passes_value_on():
    identity = fakes.sdk_proxy('identity.v3')
    identity.find_project.side_effect = sdk_exc.ForbiddenException('no')
    app = fakes.make_app()
    app.client_manager = fakes.make_client_manager(identity=identity)
    args = parse(common.add_project_options, ['--project', 'abc'])
    assert common.project_id(app, args) == 'abc'


def test_project_id_none_without_option():
    args = parse(common.add_project_options, [])
    assert common.project_id(fakes.make_app(), args) is None


# output

def test_fields_renames_sorts_and_hides():
    net = sdk_network.Network(id='n1', name='net', is_shared=True,
                              is_admin_state_up=False, tenant_id='p1',
                              project_id='p1')
    labels, values = common.fields(
        net, formatters={'admin_state_up': common.AdminStateColumn})
    shown = dict(zip(labels, values))
    assert labels == tuple(sorted(labels))
    assert shown['shared'] is True
    assert 'tenant_id' not in shown and 'location' not in shown
    assert shown['project_id'] == 'p1'
    assert shown['admin_state_up'].human_readable() == 'DOWN'
    assert shown['admin_state_up'].machine_readable() is False


def test_toggle():
    def add(p):
        common.add_toggle(p, '--share', '--no-share', 'shared', 'a', 'b')
    assert parse(add, []).shared is None
    assert parse(add, ['--share']).shared is True
    assert parse(add, ['--no-share']).shared is False
    with pytest.raises(SystemExit):
        parse(add, ['--share', '--no-share'])


class DeleteThing(common.NetworkDelete):
    """Delete security group(s)"""

    resource = 'security group'
    sdk_resource = 'security_group'


def test_delete_reports_each_failure(network):
    def find(name, ignore_missing):
        if name == 'bad':
            raise sdk_exc.ResourceNotFound('x')
        return name
    network.find_security_group.side_effect = find
    app = fakes.make_app()
    with pytest.raises(errors.CommandError) as info:
        fakes.run_in_app(DeleteThing, ['ok', 'bad'], app, network=network)
    network.delete_security_group.assert_called_once_with(
        'ok', ignore_missing=False)
    assert "Failed to delete security group 'bad'" in app.stderr.getvalue()
    assert '1 of 2 security groups failed to delete: bad' in str(info.value)
    assert info.value.exit_code == errors.NOT_FOUND


def test_key_value_type():
    parse = common.key_value_type('subnet', 'ip-address',
                                  required=('subnet',))
    assert parse('subnet=s1,ip-address=10.0.0.5') == {
        'subnet': 's1', 'ip-address': '10.0.0.5'}
    for bad in ('ip-address=10.0.0.5', 'subnet=', 'color=blue', 'subnet'):
        with pytest.raises(argparse.ArgumentTypeError):
            parse(bad)


def test_list_dict_column():
    column = common.ListDictColumn([{'subnet_id': 's', 'ip_address': '1'},
                                    {'ip_address': '2'}])
    assert column.human_readable() == (
        "ip_address='1', subnet_id='s'\nip_address='2'")
    assert column.machine_readable() == [
        {'subnet_id': 's', 'ip_address': '1'}, {'ip_address': '2'}]
