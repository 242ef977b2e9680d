"""Unit tests: OAuth1 consumer commands parse and call the SDK right."""

import pytest

from openstackclient.cli import errors
from openstackclient.cli import redact
from openstackclient.identity.v3 import consumer
from openstackclient.identity.v3 import delegation
from tests.unit import fakes
from tests.unit.identity.v3 import delegation_fakes as df


def make_consumer(**extra):
    return delegation.Consumer.existing(id='c1', description='desc',
                                        **extra)


@pytest.fixture
def identity():
    proxy = fakes.sdk_proxy('identity.v3')
    proxy._find.return_value = make_consumer()
    return proxy


def test_resource_path():
    assert delegation.Consumer.base_path == '/OS-OAUTH1/consumers'
    assert delegation.Consumer.commit_method == 'PATCH'


def test_create(identity):
    identity._create.return_value = make_consumer(secret='consumer-secret')
    _, (labels, values) = df.run(consumer.CreateConsumer,
                                 ['--description', 'desc'], identity)
    identity._create.assert_called_once_with(delegation.Consumer,
                                             description='desc')
    assert labels == ('description', 'id', 'secret')
    assert values == ('desc', 'c1', 'consumer-secret')
    assert 'consumer-secret' not in redact.redact('x consumer-secret')


def test_create_without_description(identity):
    identity._create.return_value = make_consumer(secret='s')
    df.run(consumer.CreateConsumer, [], identity)
    identity._create.assert_called_once_with(delegation.Consumer)


def test_delete_many(identity):
    df.run(consumer.DeleteConsumer, ['c1', 'c2'], identity)
    identity._delete.assert_any_call(delegation.Consumer, 'c1',
                                     ignore_missing=False)
    identity._delete.assert_any_call(delegation.Consumer, 'c2',
                                     ignore_missing=False)


def test_list(identity):
    identity._list.return_value = [make_consumer()]
    _, (labels, rows) = df.run(consumer.ListConsumer, [], identity)
    identity._list.assert_called_once_with(delegation.Consumer)
    assert labels == ('ID', 'Description')
    assert rows == [('c1', 'desc')]


def test_set_description(identity):
    df.run(consumer.SetConsumer, ['c1', '--description', 'new'], identity)
    identity._find.assert_called_once_with(delegation.Consumer, 'c1',
                                           ignore_missing=False)
    identity._update.assert_called_once_with(
        delegation.Consumer, identity._find.return_value, description='new')


def test_set_nothing_makes_no_update(identity):
    df.run(consumer.SetConsumer, ['c1'], identity)
    identity._update.assert_not_called()


def test_show(identity):
    _, (labels, values) = df.run(consumer.ShowConsumer, ['c1'], identity)
    assert labels == ('description', 'id')
    assert values == ('desc', 'c1')


def test_show_unknown(identity):
    identity._find.side_effect = df.not_found()
    with pytest.raises(errors.NotFoundError, match="consumer .*'nope'"):
        df.run(consumer.ShowConsumer, ['nope'], identity)
