"""``InMemoryBlobs``: the twin of ``S3Blobs`` for tests and local mode."""

from __future__ import annotations


class InMemoryBlobs:
    def __init__(self) -> None:
        self.blobs: dict[str, tuple[bytes, str]] = {}

    def put_blob(self, key: str, data: bytes, *, content_type: str) -> None:
        self.blobs[key] = (bytes(data), content_type)

    def get_blob(self, key: str) -> bytes:
        return self.blobs[key][0]
