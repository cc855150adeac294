"""Shared test set-up: local settings, a pinned clock, and the repository on both the fake and moto."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from chalicelib.settings import LOCAL_DEFAULTS

# Tests never reach AWS: local settings and dummy credentials before anything imports boto3 clients.
for _key, _value in {
    **LOCAL_DEFAULTS,
    "ARGENT_STAGE": "test",
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
}.items():
    os.environ[_key] = _value
os.environ.pop("AWS_ENDPOINT_URL", None)
os.environ.pop("ARGENT_SECRET_ID", None)

NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)  # a Tuesday


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    from chalicelib.clock import FixedClock

    return FixedClock(NOW)


@pytest.fixture
def moto_aws() -> Iterator[None]:
    from moto import mock_aws

    with mock_aws():
        yield


@pytest.fixture
def dynamo_repo(moto_aws: None):  # type: ignore[no-untyped-def]
    import boto3

    from chalicelib.adapters.dynamodb import DynamoRepository, table_definition

    client = boto3.client("dynamodb", region_name="us-east-1")
    client.create_table(**table_definition("argent-test"))
    return DynamoRepository(client, "argent-test")


@pytest.fixture(params=["fake", "dynamodb"])
def repo(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    """The same contract suite runs on the in-memory fake and on DynamoDB (moto)."""
    if request.param == "fake":
        from chalicelib.adapters.memory import FakeRepository

        return FakeRepository()
    return request.getfixturevalue("dynamo_repo")
