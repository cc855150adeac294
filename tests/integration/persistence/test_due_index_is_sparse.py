"""The sweep reads the due index only: count the items DynamoDB returns, with a botocore event hook."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from chalicelib.adapters.dynamodb import DynamoRepository
from tests.conftest import NOW
from tests.factories import open_case


def test_the_sweep_reads_one_item_per_due_case_however_many_cases_exist(
    dynamo_repo: DynamoRepository,
) -> None:
    read: list[int] = []

    def count(parsed: dict[str, Any], **_: Any) -> None:
        read.append(len(parsed.get("Items", [])))

    client = dynamo_repo._db
    for n in range(60):
        case = open_case(NOW, customer_id=f"c{n:03d}")
        # 5 due, 25 due later, 30 with nothing due at all (absent from the index).
        case.next_action_at = (
            NOW - timedelta(hours=1) if n < 5 else (NOW + timedelta(days=2) if n < 30 else None)
        )
        dynamo_repo.save_case(case)
    client.meta.events.register("after-call.dynamodb.Query", count)
    due = list(dynamo_repo.due_cases(NOW))
    assert len(due) == 5
    assert sum(read) == 5  # items read == due cases; the 55 others cost nothing
