"""Item <-> domain mapping for the one DynamoDB table. Attribute names live here and nowhere else.

Keys (every one starts with the tenant, so a query can only ever see one tenant's items):

    PK                          SK                    item
    T#<tenant>                  TENANT                tenant profile and policy
    T#<tenant>                  C#<customer>          customer record (lists a tenant's customers)
    T#<tenant>                  INBOX#<prov>#<id>     provider event seen (TTL)
    T#<tenant>                  R#<kind>#<key>        a typed record of a feature (approval, outbound, token...)
    ROUTE#<provider>#<ext id>   ROUTE                 which tenant a Stripe account / QBO realm / Slack team is
    T#<tenant>#C#<customer>     INV#<invoice>         invoice
    T#<tenant>#C#<customer>     PAY#<payment>         payment
    T#<tenant>#C#<customer>     CASE                  the customer's case (+ due index attributes)
    T#<tenant>#C#<customer>     EVT#<seq:010d>        one audit event, append-only

Everything a worker needs about one customer sits under one partition key: one Query loads it.
The domain object is stored whole as JSON in ``body``; only keys and index attributes are separate.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel

from chalicelib.domain.case import Case

PK, SK, BODY, VERSION = "PK", "SK", "body", "version"
DUE_SHARD, DUE_AT, EXPIRES_AT = "due_shard", "due_at", "expires_at"
DUE_INDEX = "due"
# Sharding the due index spreads one hot day's due cases over several partitions (write throughput), at
# the price of one Query per shard in the sweep.
DUE_SHARDS = 4

Item = dict[str, Any]
M = TypeVar("M", bound=BaseModel)


def tenant_pk(tenant_id: str) -> str:
    return f"T#{tenant_id}"


def customer_pk(tenant_id: str, customer_id: str) -> str:
    return f"T#{tenant_id}#C#{customer_id}"


def split_customer_pk(pk: str) -> tuple[str, str]:
    _, tenant_id, _, customer_id = pk.split("#", 3)
    return tenant_id, customer_id


def record_sk(kind: str, key: str) -> str:
    if "#" in kind:
        raise ValueError(f"record kind {kind!r} must not contain #")
    return f"R#{kind}#{key}"


def route_pk(provider: str, external_id: str) -> str:
    return f"ROUTE#{provider}#{external_id}"


def event_sk(seq: int) -> str:
    return f"EVT#{seq:010d}"


def iso_utc(at: datetime) -> str:
    # A fixed-width UTC string sorts lexically in time order, which is what the index's range key needs.
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def due_shard(tenant_id: str, case_id: str) -> str:
    return f"DUE#{zlib.crc32(f'{tenant_id}#{case_id}'.encode()) % DUE_SHARDS}"


def model_item(pk: str, sk: str, model: BaseModel) -> Item:
    return {PK: {"S": pk}, SK: {"S": sk}, BODY: {"S": model.model_dump_json()}}


def item_model(item: Item, cls: type[M]) -> M:
    return cls.model_validate_json(item[BODY]["S"])


def case_item(case: Case, *, version: int) -> Item:
    item = model_item(customer_pk(case.tenant_id, case.case_id), "CASE", case)
    item[VERSION] = {"N": str(version)}
    # Sparse index: only a case with something due carries the index attributes.
    if case.next_action_at is not None:
        item[DUE_SHARD] = {"S": due_shard(case.tenant_id, case.case_id)}
        item[DUE_AT] = {"S": iso_utc(case.next_action_at)}
    return item


def item_case(item: Item) -> Case:
    case = item_model(item, Case)
    case.version = int(item[VERSION]["N"])
    return case
