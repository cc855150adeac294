"""The BlobStore contract, on the in-memory twin and on S3 (moto): what goes in comes out, byte for byte,
and a key nobody wrote is a ``KeyError`` (not an empty file)."""

from __future__ import annotations

from typing import Any

import pytest

from chalicelib.adapters.blobs_fake import InMemoryBlobs
from chalicelib.adapters.s3_blobs import S3Blobs


@pytest.fixture(params=["fake", "s3"])
def blobs(request: pytest.FixtureRequest) -> Any:
    if request.param == "fake":
        return InMemoryBlobs()
    request.getfixturevalue("moto_aws")
    import boto3

    client = boto3.client("s3", region_name="us-east-1")
    client.create_bucket(Bucket="argent-test-inbound")
    return S3Blobs(client, "argent-test-inbound")


def test_bytes_round_trip_and_a_later_write_replaces_them(blobs: Any) -> None:
    data = bytes(range(256)) * 10
    blobs.put_blob("documents/acme/w9/x/w9.pdf", data, content_type="application/pdf")
    assert blobs.get_blob("documents/acme/w9/x/w9.pdf") == data
    blobs.put_blob("documents/acme/w9/x/w9.pdf", b"%PDF-2", content_type="application/pdf")
    assert blobs.get_blob("documents/acme/w9/x/w9.pdf") == b"%PDF-2"


def test_a_missing_key_is_a_key_error(blobs: Any) -> None:
    with pytest.raises(KeyError):
        blobs.get_blob("documents/acme/w9/none.pdf")
