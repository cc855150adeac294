"""``DynamoRepository``: the Repository port on one DynamoDB table (boto3 low-level client).

Outside contract: DynamoDB Query/GetItem/PutItem/TransactWriteItems. TransactWriteItems takes at most 100
actions, so a case save carries at most 99 new events (a save is one decision; it never gets close).
Conditional failures inside a transaction surface as ``TransactionCanceledException`` with per-item
reasons; a ``ConditionalCheckFailed`` on the case item means a lost race.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from botocore.exceptions import ClientError
from pydantic import BaseModel

from chalicelib.adapters import dynamodb_items as items
from chalicelib.domain.case import Case, CaseEvent
from chalicelib.domain.ledger import Customer, Invoice, Payment
from chalicelib.domain.tenant import Tenant
from chalicelib.services.ports import ConcurrencyError, DueCase, R

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

MAX_EVENTS_PER_SAVE = 99


def table_definition(name: str) -> dict[str, Any]:
    """CreateTable arguments; the same shape as infra's table, used by local mode and tests."""
    return {
        "TableName": name,
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [
            {"AttributeName": items.PK, "AttributeType": "S"},
            {"AttributeName": items.SK, "AttributeType": "S"},
            {"AttributeName": items.DUE_SHARD, "AttributeType": "S"},
            {"AttributeName": items.DUE_AT, "AttributeType": "S"},
        ],
        "KeySchema": [
            {"AttributeName": items.PK, "KeyType": "HASH"},
            {"AttributeName": items.SK, "KeyType": "RANGE"},
        ],
        "GlobalSecondaryIndexes": [
            {
                "IndexName": items.DUE_INDEX,
                "KeySchema": [
                    {"AttributeName": items.DUE_SHARD, "KeyType": "HASH"},
                    {"AttributeName": items.DUE_AT, "KeyType": "RANGE"},
                ],
                # Keys only: the sweep needs (tenant, case) to fan out, and the worker re-reads the case.
                "Projection": {"ProjectionType": "KEYS_ONLY"},
            }
        ],
    }


class DynamoRepository:
    def __init__(self, client: DynamoDBClient, table: str) -> None:
        self._db = client
        self._table = table

    # --- helpers -----------------------------------------------------------------------------------

    def _get(self, pk: str, sk: str) -> dict[str, Any] | None:
        response = self._db.get_item(
            TableName=self._table, Key={items.PK: {"S": pk}, items.SK: {"S": sk}}, ConsistentRead=True
        )
        return response.get("Item")

    def _query(self, pk: str, prefix: str) -> Iterator[dict[str, Any]]:
        kwargs: dict[str, Any] = {
            "TableName": self._table,
            "KeyConditionExpression": "#pk = :pk AND begins_with(#sk, :prefix)",
            "ExpressionAttributeNames": {"#pk": items.PK, "#sk": items.SK},
            "ExpressionAttributeValues": {":pk": {"S": pk}, ":prefix": {"S": prefix}},
            "ConsistentRead": True,
        }
        while True:
            page = self._db.query(**kwargs)
            yield from page.get("Items", [])
            if "LastEvaluatedKey" not in page:
                return
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _put(self, item: dict[str, Any]) -> None:
        self._db.put_item(TableName=self._table, Item=item)

    # --- tenants -----------------------------------------------------------------------------------

    def put_tenant(self, tenant: Tenant) -> None:
        self._put(items.model_item(items.tenant_pk(tenant.tenant_id), "TENANT", tenant))

    def get_tenant(self, tenant_id: str) -> Tenant | None:
        item = self._get(items.tenant_pk(tenant_id), "TENANT")
        return items.item_model(item, Tenant) if item else None

    def list_tenants(self) -> list[Tenant]:
        # Tenants are few and this is an operator listing, not a request path: a filtered scan is fine.
        found: list[Tenant] = []
        kwargs: dict[str, Any] = {
            "TableName": self._table,
            "FilterExpression": "#sk = :t",
            "ExpressionAttributeNames": {"#sk": items.SK},
            "ExpressionAttributeValues": {":t": {"S": "TENANT"}},
        }
        while True:
            page = self._db.scan(**kwargs)
            found += [items.item_model(i, Tenant) for i in page.get("Items", [])]
            if "LastEvaluatedKey" not in page:
                return sorted(found, key=lambda t: t.tenant_id)
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    # --- ledger ------------------------------------------------------------------------------------

    def put_customer(self, customer: Customer) -> None:
        self._put(
            items.model_item(items.tenant_pk(customer.tenant_id), f"C#{customer.customer_id}", customer)
        )

    def get_customer(self, tenant_id: str, customer_id: str) -> Customer | None:
        item = self._get(items.tenant_pk(tenant_id), f"C#{customer_id}")
        return items.item_model(item, Customer) if item else None

    def list_customers(self, tenant_id: str) -> list[Customer]:
        return [items.item_model(i, Customer) for i in self._query(items.tenant_pk(tenant_id), "C#")]

    def _invoice_item(self, invoice: Invoice) -> dict[str, Any]:
        pk = items.customer_pk(invoice.tenant_id, invoice.customer_id)
        return items.model_item(pk, f"INV#{invoice.invoice_id}", invoice)

    def put_ledger_row(self, customer: Customer, invoice: Invoice) -> None:
        if (customer.tenant_id, customer.customer_id) != (invoice.tenant_id, invoice.customer_id):
            raise ValueError("invoice does not belong to this customer")
        customer_item = items.model_item(
            items.tenant_pk(customer.tenant_id), f"C#{customer.customer_id}", customer
        )
        self._db.transact_write_items(
            TransactItems=[
                {"Put": {"TableName": self._table, "Item": customer_item}},
                {"Put": {"TableName": self._table, "Item": self._invoice_item(invoice)}},
            ]
        )

    def put_invoice(self, invoice: Invoice) -> None:
        self._put(self._invoice_item(invoice))

    def get_invoice(self, tenant_id: str, customer_id: str, invoice_id: str) -> Invoice | None:
        item = self._get(items.customer_pk(tenant_id, customer_id), f"INV#{invoice_id}")
        return items.item_model(item, Invoice) if item else None

    def list_invoices(self, tenant_id: str, customer_id: str) -> list[Invoice]:
        pk = items.customer_pk(tenant_id, customer_id)
        return [items.item_model(i, Invoice) for i in self._query(pk, "INV#")]

    def _batch_put(self, batch_items: list[dict[str, Any]]) -> None:
        for start in range(0, len(batch_items), 25):  # BatchWriteItem takes 25 at a time
            pending: Any = {
                self._table: [{"PutRequest": {"Item": i}} for i in batch_items[start : start + 25]]
            }
            while pending:
                pending = self._db.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}

    def put_invoices(self, invoices: list[Invoice]) -> None:
        self._batch_put([self._invoice_item(inv) for inv in invoices])

    def put_payments(self, payments: list[Payment]) -> None:
        self._batch_put(
            [
                items.model_item(
                    items.customer_pk(p.tenant_id, p.customer_id or "_unknown"), f"PAY#{p.payment_id}", p
                )
                for p in payments
            ]
        )

    def list_payments(self, tenant_id: str, customer_id: str) -> list[Payment]:
        pk = items.customer_pk(tenant_id, customer_id)
        return [items.item_model(i, Payment) for i in self._query(pk, "PAY#")]

    # --- cases -------------------------------------------------------------------------------------

    def get_case(self, tenant_id: str, case_id: str) -> Case | None:
        item = self._get(items.customer_pk(tenant_id, case_id), "CASE")
        return items.item_case(item) if item else None

    def save_case(self, case: Case) -> None:
        events = case.pending_events
        if len(events) > MAX_EVENTS_PER_SAVE:
            raise ValueError(f"a case save carries at most {MAX_EVENTS_PER_SAVE} events, got {len(events)}")
        pk = items.customer_pk(case.tenant_id, case.case_id)
        case_put: dict[str, Any] = {
            "TableName": self._table,
            "Item": items.case_item(case, version=case.version + 1),
        }
        if case.version == 0:
            # A new case: nobody may have created it meanwhile.
            case_put["ConditionExpression"] = "attribute_not_exists(#pk)"
            case_put["ExpressionAttributeNames"] = {"#pk": items.PK}
        else:
            # Optimistic lock: the stored version must still be the one this decision was made on.
            case_put["ConditionExpression"] = "#v = :loaded"
            case_put["ExpressionAttributeNames"] = {"#v": items.VERSION}
            case_put["ExpressionAttributeValues"] = {":loaded": {"N": str(case.version)}}
        actions: list[Any] = [{"Put": case_put}]
        for event in events:
            actions.append(
                {
                    "Put": {
                        "TableName": self._table,
                        "Item": items.model_item(pk, items.event_sk(event.seq), event),
                        # Events are append-only: a second writer of the same seq has lost the race.
                        "ConditionExpression": "attribute_not_exists(#pk)",
                        "ExpressionAttributeNames": {"#pk": items.PK},
                    }
                }
            )
        try:
            self._db.transact_write_items(TransactItems=actions)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "TransactionCanceledException":
                reasons = [r.get("Code") for r in exc.response.get("CancellationReasons", [])]
                if "ConditionalCheckFailed" in reasons:
                    raise ConcurrencyError(
                        f"case {case.tenant_id}/{case.case_id} changed since loaded"
                    ) from exc
            raise
        case.mark_saved()

    def list_cases(self, tenant_id: str) -> list[Case]:
        found = []
        for customer in self.list_customers(tenant_id):
            case = self.get_case(tenant_id, customer.customer_id)
            if case is not None:
                found.append(case)
        return found

    def list_events(self, tenant_id: str, case_id: str) -> list[CaseEvent]:
        pk = items.customer_pk(tenant_id, case_id)
        return [items.item_model(i, CaseEvent) for i in self._query(pk, "EVT#")]

    def due_cases(self, now: datetime) -> Iterator[DueCase]:
        for shard in range(items.DUE_SHARDS):
            kwargs: dict[str, Any] = {
                "TableName": self._table,
                "IndexName": items.DUE_INDEX,
                "KeyConditionExpression": "#shard = :shard AND #due <= :now",
                "ExpressionAttributeNames": {"#shard": items.DUE_SHARD, "#due": items.DUE_AT},
                "ExpressionAttributeValues": {
                    ":shard": {"S": f"DUE#{shard}"},
                    ":now": {"S": items.iso_utc(now)},
                },
            }
            while True:
                page = self._db.query(**kwargs)
                for item in page.get("Items", []):
                    tenant_id, case_id = items.split_customer_pk(item[items.PK]["S"])
                    due_at = datetime.strptime(item[items.DUE_AT]["S"], "%Y-%m-%dT%H:%M:%S%z")
                    yield DueCase(tenant_id=tenant_id, case_id=case_id, due_at=due_at)
                if "LastEvaluatedKey" not in page:
                    break
                kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    # --- typed records and routes ------------------------------------------------------------------

    def put_record(
        self, tenant_id: str, kind: str, key: str, record: BaseModel, *, if_absent: bool = False
    ) -> bool:
        kwargs: dict[str, Any] = {
            "TableName": self._table,
            "Item": items.model_item(items.tenant_pk(tenant_id), items.record_sk(kind, key), record),
        }
        if if_absent:
            # First writer wins (send-once markers, claims); later writers learn it and write nothing.
            kwargs["ConditionExpression"] = "attribute_not_exists(#pk)"
            kwargs["ExpressionAttributeNames"] = {"#pk": items.PK}
        try:
            self._db.put_item(**kwargs)
        except ClientError as exc:
            if if_absent and exc.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def get_record(self, tenant_id: str, kind: str, key: str, cls: type[R]) -> R | None:
        item = self._get(items.tenant_pk(tenant_id), items.record_sk(kind, key))
        return items.item_model(item, cls) if item else None

    def list_records(self, tenant_id: str, kind: str, cls: type[R]) -> list[R]:
        prefix = items.record_sk(kind, "")
        return [items.item_model(i, cls) for i in self._query(items.tenant_pk(tenant_id), prefix)]

    def delete_record(self, tenant_id: str, kind: str, key: str) -> None:
        self._db.delete_item(
            TableName=self._table,
            Key={items.PK: {"S": items.tenant_pk(tenant_id)}, items.SK: {"S": items.record_sk(kind, key)}},
        )

    def put_route(self, provider: str, external_id: str, tenant_id: str) -> None:
        self._put(
            {
                items.PK: {"S": items.route_pk(provider, external_id)},
                items.SK: {"S": "ROUTE"},
                "tenant_id": {"S": tenant_id},
            }
        )

    def route(self, provider: str, external_id: str) -> str | None:
        item = self._get(items.route_pk(provider, external_id), "ROUTE")
        return item["tenant_id"]["S"] if item else None

    # --- idempotency -------------------------------------------------------------------------------

    def claim_event(
        self, tenant_id: str, provider: str, event_id: str, *, at: datetime, keep_for: timedelta
    ) -> bool:
        try:
            self._db.put_item(
                TableName=self._table,
                Item={
                    items.PK: {"S": items.tenant_pk(tenant_id)},
                    items.SK: {"S": f"INBOX#{provider}#{event_id}"},
                    items.EXPIRES_AT: {"N": str(int((at + keep_for).timestamp()))},
                },
                # First delivery wins; every redelivery of the same provider event id is a no-op.
                ConditionExpression="attribute_not_exists(#pk)",
                ExpressionAttributeNames={"#pk": items.PK},
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "ConditionalCheckFailedException":
                return False
            raise
        return True
