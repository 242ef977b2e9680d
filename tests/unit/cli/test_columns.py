import dataclasses
import types

import pytest
from cliff import columns as cliff_columns
from openstack.compute.v2 import server as sdk_server

from openstackclient.cli import columns as cols
from openstackclient.cli.columns import Column


SPECS = (
    Column('id', 'ID'),
    Column('name', 'Name'),
    Column('tags', 'Tags', cols.ListColumn, long=True),
    Column('properties', 'Properties', cols.DictColumn, long=True),
)


def test_column_is_frozen_with_defaults():
    spec = Column('id', 'ID')
    assert spec.formatter is None
    assert spec.long is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        spec.label = 'Other'


def test_select_hides_long_columns_unless_long():
    assert cols.labels(cols.select(SPECS)) == ('ID', 'Name')
    assert cols.labels(cols.select(SPECS, long=True)) == (
        'ID', 'Name', 'Tags', 'Properties')


def test_row_from_dict_applies_formatters():
    resource = {'id': 'i1', 'name': 'n1', 'tags': ['b', 'a'],
                'properties': {'k': 'v'}}
    row = cols.row(resource, SPECS)
    assert row[:2] == ('i1', 'n1')
    assert isinstance(row[2], cols.ListColumn)
    assert row[2].human_readable() == 'a, b'
    assert row[3].machine_readable() == {'k': 'v'}


def test_row_from_object_and_callable_attr():
    obj = types.SimpleNamespace(id='i2', size=3)
    specs = (Column('id', 'ID'), Column(lambda r: r.size * 2, 'Double'))
    assert cols.row(obj, specs) == ('i2', 6)


@pytest.mark.filterwarnings('ignore:The _compute_attributes method')
def test_row_from_sdk_resource_with_dotted_path():
    server = sdk_server.Server(
        id='s1', name='web', status='ACTIVE',
        flavor={'original_name': 'm1.small'},
    )
    specs = (Column('name', 'Name'), Column('status', 'Status'),
             Column('flavor.original_name', 'Flavor'),
             Column('description', 'Description'))
    assert cols.row(server, specs) == ('web', 'ACTIVE', 'm1.small', None)


def test_missing_is_empty_string_and_not_formatted():
    calls = []

    def formatter(value):
        calls.append(value)
        return value

    specs = (Column('nope', 'Nope', formatter),
             Column('a.b.c', 'Deep', cols.DictColumn))
    assert cols.row({'a': {}}, specs) == ('', '')
    assert cols.row(types.SimpleNamespace(), specs[:1]) == ('',)
    assert calls == []


def test_none_reaches_column_classes_but_not_callables():
    specs = (Column('x', 'X', str.upper), Column('x', 'Y', cols.DictColumn))
    plain, formatted = cols.row({'x': None}, specs)
    assert plain is None
    assert formatted.human_readable() == ''
    assert formatted.machine_readable() == {}


def test_mapping_methods_are_not_values():
    assert cols.get({'name': 'x'}, 'items') is cols.MISSING
    assert cols.get({'items': [1]}, 'items') == [1]


def test_dict_column_human_and_machine():
    column = cols.DictColumn({'b': 2, 'a': '1', 'n': None,
                              'nested': {'y': 'z'}})
    assert isinstance(column, cliff_columns.FormattableColumn)
    assert column.human_readable() == "a='1', b='2', n=, nested.y='z'"
    assert str(column) == column.human_readable()
    assert column.machine_readable() == {'b': 2, 'a': '1', 'n': None,
                                         'nested': {'y': 'z'}}


def test_list_column_human_and_machine():
    column = cols.ListColumn(['web', 'db', 'app'])
    assert column.human_readable() == 'app, db, web'
    assert column.machine_readable() == ['web', 'db', 'app']
    assert cols.ListColumn(None).human_readable() == ''
    assert cols.ListColumn(None).machine_readable() == []


@pytest.mark.parametrize('size, text', [
    (0, '0'), (999, '999'), (1000, '1K'), (1500, '1.5K'),
    (1_234_567_890, '1.2G'), (10 ** 22, '10Z'),
])
def test_size_column(size, text):
    column = cols.SizeColumn(size)
    assert column.human_readable() == text
    assert column.machine_readable() == size


def test_size_column_none():
    assert cols.SizeColumn(None).human_readable() == ''


def test_show_includes_long_columns_by_default():
    resource = {'id': 'i', 'name': 'n', 'tags': [], 'properties': {}}
    labels, values = cols.show(resource, SPECS)
    assert labels == ('ID', 'Name', 'Tags', 'Properties')
    assert len(values) == 4
    labels, values = cols.show(resource, SPECS, long=False)
    assert labels == ('ID', 'Name')
    assert values == ('i', 'n')
