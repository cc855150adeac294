"""``S3Blobs``: the BlobStore port on Amazon S3 (uploaded tenant documents).

Outside contract (S3 PutObject/GetObject): the bucket is the versioned, encrypted, non-public one the stack
already keeps raw mail in; documents live under their own ``documents/`` prefix, so the Lambda role can be
given write access to that prefix only. A missing key is ``NoSuchKey`` and becomes ``KeyError``.
"""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError


class S3Blobs:
    def __init__(self, client: Any, bucket: str) -> None:
        self._s3 = client
        self._bucket = bucket

    def put_blob(self, key: str, data: bytes, *, content_type: str) -> None:
        self._s3.put_object(
            Bucket=self._bucket, Key=key, Body=data, ContentType=content_type, ServerSideEncryption="AES256"
        )

    def get_blob(self, key: str) -> bytes:
        try:
            response = self._s3.get_object(Bucket=self._bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise KeyError(key) from exc
            raise
        data: bytes = response["Body"].read()
        return data
