"""The sweep's fan-out on moto's SQS: every message arrives, batches of 10, partial failures retried."""

from __future__ import annotations

from typing import Any

import boto3
import pytest

from chalicelib.adapters.sqs_queue import QueueSendError, SQSQueue
from chalicelib.services.sweep import CaseMessage


def test_every_case_message_arrives_once(moto_aws: None) -> None:
    sqs = boto3.client("sqs", region_name="us-east-1")
    url = sqs.create_queue(QueueName="argent-sweep")["QueueUrl"]
    messages = [CaseMessage("acme", f"c{n}", "2026-03-10T14:00:00+00:00") for n in range(25)]
    SQSQueue(sqs, "argent-sweep").send_many(messages)
    received: list[CaseMessage] = []
    while True:
        batch = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
        if not batch:
            break
        received += [CaseMessage.from_json(m["Body"]) for m in batch]
        sqs.delete_message_batch(
            QueueUrl=url, Entries=[{"Id": m["MessageId"], "ReceiptHandle": m["ReceiptHandle"]} for m in batch]
        )
    assert sorted(received, key=lambda m: int(m.case_id[1:])) == messages


class _PartlyFailing:
    def __init__(self, fail_times: int) -> None:
        self.fail_times = fail_times
        self.calls: list[list[str]] = []

    def get_queue_url(self, QueueName: str) -> dict[str, str]:
        return {"QueueUrl": "https://sqs.local/q"}

    def send_message_batch(self, QueueUrl: str, Entries: list[dict[str, Any]]) -> dict[str, Any]:
        self.calls.append([e["Id"] for e in Entries])
        if self.fail_times > 0:
            self.fail_times -= 1
            return {"Successful": [], "Failed": [{"Id": Entries[0]["Id"], "SenderFault": False, "Code": "x"}]}
        return {"Successful": [{"Id": e["Id"]} for e in Entries], "Failed": []}


def test_entries_sqs_reports_as_failed_are_retried_alone() -> None:
    client = _PartlyFailing(fail_times=1)
    SQSQueue(client, "q").send_many([CaseMessage("acme", f"c{n}", "t") for n in range(3)])  # type: ignore[arg-type]
    assert client.calls == [["0", "1", "2"], ["0"]]


def test_entries_that_keep_failing_raise() -> None:
    client = _PartlyFailing(fail_times=99)
    with pytest.raises(QueueSendError):
        SQSQueue(client, "q", attempts=2).send_many([CaseMessage("acme", "c1", "t")])  # type: ignore[arg-type]
