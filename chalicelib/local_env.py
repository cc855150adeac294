"""Local mode's AWS: moto, with state kept under ``.argent/`` so it survives restarts.

Two ways in, one state:
- ``make run`` starts moto's server on loopback and writes ``.argent/server.json``; everything started
  afterwards (chalice local, the CLI) talks to that server.
- Without a running server, the CLI starts moto in-process, restores the last snapshot, and saves it back
  on exit. So ``python -m chalicelib.cli cases`` shows the same data whether ``make run`` is up or not.

The snapshot is the table's items in DynamoDB JSON (``.argent/dynamodb.json``); the local twins of Slack,
SES, Stripe and QuickBooks write what they would have sent under ``.argent/outbox/``.
"""

from __future__ import annotations

import contextlib
import json
import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3

from chalicelib.adapters.dynamodb import table_definition
from chalicelib.settings import LOCAL_DEFAULTS


def home() -> Path:
    return Path(os.environ.get("ARGENT_HOME", ".argent")).resolve()


def apply_local_defaults() -> None:
    for key, value in LOCAL_DEFAULTS.items():
        os.environ.setdefault(key, value)
    # moto accepts any credentials; set dummy ones so boto3 never looks for real ones.
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "local")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "local")


def _snapshot_path() -> Path:
    return home() / "dynamodb.json"


def _server_file() -> Path:
    return home() / "server.json"


def running_server() -> str | None:
    """The endpoint of a live ``make run`` moto server, or None."""
    path = _server_file()
    if not path.exists():
        return None
    endpoint = str(json.loads(path.read_text())["endpoint"])
    try:
        # moto's server answers its dashboard path; any answer means it is up.
        with urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1):  # noqa: S310 (loopback only)
            return endpoint
    except OSError:
        return None


def write_server_file(endpoint: str) -> None:
    home().mkdir(parents=True, exist_ok=True)
    _server_file().write_text(json.dumps({"endpoint": endpoint, "pid": os.getpid()}))


def remove_server_file() -> None:
    _server_file().unlink(missing_ok=True)


def ensure_resources() -> None:
    """Create the table, inbound bucket and sweep queue if missing (idempotent)."""
    region = os.environ["AWS_DEFAULT_REGION"]
    dynamodb = boto3.client("dynamodb", region_name=region)
    table = os.environ["ARGENT_TABLE"]
    if table not in dynamodb.list_tables()["TableNames"]:
        dynamodb.create_table(**table_definition(table))
    s3 = boto3.client("s3", region_name=region)
    with contextlib.suppress(s3.exceptions.BucketAlreadyOwnedByYou):
        s3.create_bucket(Bucket=os.environ["ARGENT_INBOUND_BUCKET"])
    boto3.client("sqs", region_name=region).create_queue(QueueName=os.environ["ARGENT_SWEEP_QUEUE"])


def save_snapshot() -> int:
    dynamodb = boto3.client("dynamodb", region_name=os.environ["AWS_DEFAULT_REGION"])
    found: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {"TableName": os.environ["ARGENT_TABLE"]}
    while True:
        page = dynamodb.scan(**kwargs)
        found += page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            break
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    home().mkdir(parents=True, exist_ok=True)
    tmp = _snapshot_path().with_suffix(".tmp")
    tmp.write_text(json.dumps(found))
    tmp.replace(_snapshot_path())  # atomic: a crash mid-write never leaves half a snapshot
    return len(found)


def restore_snapshot() -> int:
    path = _snapshot_path()
    if not path.exists():
        return 0
    stored: list[dict[str, Any]] = json.loads(path.read_text())
    dynamodb = boto3.client("dynamodb", region_name=os.environ["AWS_DEFAULT_REGION"])
    table = os.environ["ARGENT_TABLE"]
    for start in range(0, len(stored), 25):
        pending: Any = {table: [{"PutRequest": {"Item": i}} for i in stored[start : start + 25]]}
        while pending:
            pending = dynamodb.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}
    return len(stored)


@contextlib.contextmanager
def local_aws() -> Iterator[str]:
    """Point boto3 at local state for the duration; yields a description of where that state lives."""
    apply_local_defaults()
    endpoint = running_server()
    if endpoint is not None:
        os.environ["AWS_ENDPOINT_URL"] = endpoint
        yield f"the running local server at {endpoint}"
        return
    from moto import mock_aws  # noqa: PLC0415  (dev dependency; only local mode needs it)

    os.environ.pop("AWS_ENDPOINT_URL", None)
    with mock_aws():
        ensure_resources()
        restore_snapshot()
        yield f"in-process moto with state in {home()}"
        save_snapshot()
