"""Functional tests: plugins/orchestration's stack commands against the
devcloud's real Heat."""

import json

import pytest

TEMPLATE = """\
heat_template_version: 2018-08-31
parameters:
  length: {type: number, default: 8}
  project_description: {type: string, default: first}
resources:
  secret:
    type: OS::Heat::RandomString
    properties: {length: {get_param: length}}
  motd:
    type: OS::Heat::TestResource
    properties: {value: {get_file: files/motd.txt}}
  project:
    type: OS::Keystone::Project
    properties:
      name: {list_join: ['-', [{get_param: 'OS::stack_name'}, project]]}
      description: {get_param: project_description}
  bucket:
    type: OS::Swift::Container
  net:
    type: OS::Neutron::Net
    properties:
      name: {list_join: ['-', [{get_param: 'OS::stack_name'}, net]]}
outputs:
  secret: {value: {get_attr: [secret, value]}}
  motd: {value: {get_attr: [motd, output]}}
  project_id: {value: {get_resource: project}}
"""


@pytest.fixture
def template(tmp_path):
    (tmp_path / 'files').mkdir()
    (tmp_path / 'files' / 'motd.txt').write_text('hello from disk\n')
    path = tmp_path / 'stack.yaml'
    path.write_text(TEMPLATE)
    env = tmp_path / 'env.yaml'
    env.write_text('parameter_defaults:\n  length: 12\n')
    return path, env


@pytest.fixture(autouse=True)
def heat(devcloud):
    if 'heat' not in devcloud.services:
        pytest.skip('the devcloud runs no Heat')


def test_stack_lifecycle(openstack, unique_name, template):
    path, env = template
    name = unique_name('stack')
    valid = openstack('orchestration', 'template', 'validate', '-t', path,
                      parse_json=True).json
    assert set(valid['Parameters']) >= {'length', 'project_description'}

    made = openstack('stack', 'create', name, '-t', path, '-e', env,
                     '--wait', parse_json=True).json
    try:
        assert made['stack_status'] == 'CREATE_COMPLETE'
        assert list(made) == ['id', 'stack_name', 'description',
                              'creation_time', 'updated_time',
                              'stack_status', 'stack_status_reason']
        outputs = openstack('stack', 'output', 'show', name, '--all',
                            parse_json=True).json
        assert len(outputs['secret']['output_value']) == 12   # from -e
        assert outputs['motd']['output_value'] == 'hello from disk\n'
        project_id = outputs['project_id']['output_value']
        project = openstack('project', 'show', project_id,
                            parse_json=True).json
        assert project['description'] == 'first'
        keys = openstack('stack', 'output', 'list', name,
                         parse_json=True).json
        assert sorted(k['output_key'] for k in keys) == [
            'motd', 'project_id', 'secret']

        resources = openstack('stack', 'resource', 'list', name,
                              parse_json=True).json
        assert {r['resource_name']: r['resource_status']
                for r in resources} == {
            'secret': 'CREATE_COMPLETE', 'motd': 'CREATE_COMPLETE',
            'project': 'CREATE_COMPLETE', 'bucket': 'CREATE_COMPLETE',
            'net': 'CREATE_COMPLETE'}
        net = openstack('network', 'show', f'{name}-net',
                        parse_json=True).json
        assert net['status'] == 'ACTIVE'
        bucket = openstack('stack', 'resource', 'show', name, 'bucket',
                           parse_json=True).json
        container = bucket['physical_resource_id']
        assert openstack('container', 'show', container,
                         parse_json=True).json['container'] == container

        events = openstack('stack', 'event', 'list', name,
                           parse_json=True).json
        assert events[0]['resource_name'] == name
        assert events[0]['resource_status'] == 'CREATE_IN_PROGRESS'
        shown = openstack('stack', 'show', name, parse_json=True).json
        assert shown['parameters']['length'] == '12'
        listed = openstack('stack', 'list', parse_json=True).json
        assert name in {s['Stack Name'] for s in listed}
        tpl = openstack('stack', 'template', 'show', name,
                        parse_json=True).json
        assert set(tpl['resources']) == {'secret', 'motd', 'project',
                                         'bucket', 'net'}

        updated = openstack(
            'stack', 'update', name, '--existing', '--parameter',
            'project_description=second', '--parameter', 'length=20',
            '--wait', parse_json=True).json
        assert updated['stack_status'] == 'UPDATE_COMPLETE'
        again = openstack('stack', 'output', 'show', name, 'secret',
                          parse_json=True).json
        assert len(again['output_value']) == 20
        assert openstack('project', 'show', project_id, parse_json=True
                         ).json['description'] == 'second'
    finally:
        deleted = openstack('stack', 'delete', name, '--yes', '--wait',
                            check=False)
    assert deleted.rc == 0, deleted.stderr
    # Heat may still show a just-deleted stack by name, as DELETE_COMPLETE.
    gone = openstack('stack', 'show', name, '-f', 'json', check=False)
    if gone.rc == 0:
        assert json.loads(gone.stdout)['stack_status'] == 'DELETE_COMPLETE'
    else:
        assert gone.rc == 5
        assert gone.stderr.strip() == (
            f"openstack: Stack '{name}': The Stack ({name}) could not be "
            "found. (HTTP 404)")
    assert openstack('project', 'show', project_id, check=False).rc == 5
    assert openstack('network', 'show', f'{name}-net', check=False).rc == 5


def test_abandon_keeps_the_resources(openstack, unique_name, tmp_path):
    template = tmp_path / 'one.yaml'
    template.write_text('heat_template_version: 2018-08-31\n'
                        'resources:\n'
                        '  word: {type: OS::Heat::RandomString}\n')
    name = unique_name('stack')
    openstack('stack', 'create', name, '-t', template, '--wait')
    out = tmp_path / 'abandoned.json'
    openstack('stack', 'abandon', name, '--output-file', out)
    data = json.loads(out.read_text())
    assert data['name'] == name
    assert 'word' in data['resources']
    openstack('stack', 'delete', name, '--yes', '--wait', check=False)


def test_refusals_are_one_line(openstack, unique_name, tmp_path):
    bad = tmp_path / 'bad.yaml'
    bad.write_text('heat_template_version: 2018-08-31\n'
                   'resources:\n  x: {type: OS::No::Such}\n')
    refused = openstack('stack', 'create', unique_name('stack'), '-t', bad,
                        check=False)
    assert refused.rc == 2, refused.stderr
    line, = refused.stderr.strip().splitlines()
    assert 'OS::No::Such' in line and 'HTTP 400' in line
    missing = openstack('stack', 'create', 'x', '-t', tmp_path / 'no.yaml',
                        check=False)
    assert missing.rc == 2
    assert missing.stderr.strip() == (
        f"openstack: Cannot read '{tmp_path / 'no.yaml'}': no such file")
    nothing = openstack('stack', 'delete', unique_name('none'), '--yes',
                        check=False)
    assert nothing.rc == 5
