"""Sweep benchmark: how much DynamoDB the daily sweep reads to find the due cases, and time per case worked.

Run from the repo root: ``python -m bench.sweep`` (optional: ``--invoices N --due-share 0.02 --work N``).

Data: ``--invoices`` invoices (default 100,000) over customers with five invoices each, one case per
customer; ``--due-share`` of the invoices (default 2%) belong to cases whose next action is due now, the rest
to cases scheduled later or with nothing due. Loaded into moto's DynamoDB with ``BatchWriteItem`` (the
repository's transactional case save deep-copies the table in moto, which is slow at this size; the items
are the same ones the repository writes).

Measured in one run, with a botocore ``after-call.dynamodb.*`` hook counting items read (``ScannedCount``
for Query/Scan, one per GetItem hit):
- the sweep's fan-out (``run_sweep``: due index only) vs a naive Scan of the table for due cases;
- ``work_case`` on a sample of due cases (decide, draft, guard, send to the local SES twin, save): items read
  per case on moto for a few cases, and ms per case on the in-memory twin (moto's transaction emulation
  copies the table on every save, so timing on moto would measure moto).
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

for _key, _value in {
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_DEFAULT_REGION": "us-east-1",
}.items():
    os.environ.setdefault(_key, _value)

import boto3  # noqa: E402
from moto import mock_aws  # noqa: E402

from chalicelib.adapters import dynamodb_items as items  # noqa: E402
from chalicelib.adapters.dynamodb import DynamoRepository, table_definition  # noqa: E402
from chalicelib.adapters.jinja_drafts import JinjaDrafts  # noqa: E402
from chalicelib.adapters.local_outbox import FakeEmailSender  # noqa: E402
from chalicelib.adapters.memory import FakeRepository  # noqa: E402
from chalicelib.adapters.sqs_queue import FakeQueue  # noqa: E402
from chalicelib.clock import FixedClock  # noqa: E402
from chalicelib.domain.case import Case  # noqa: E402
from chalicelib.domain.ledger import Contact, Customer, Invoice, InvoiceSource, PaymentStats  # noqa: E402
from chalicelib.domain.policy import Autonomy, Playbook, Policy  # noqa: E402
from chalicelib.domain.tenant import Tenant  # noqa: E402
from chalicelib.services.drafting import GuardrailsCheck  # noqa: E402
from chalicelib.services.ledger_freshness import LedgerFreshnessCheck  # noqa: E402
from chalicelib.services.sweep import SweepDeps, mark_playbook_debut, run_sweep, work_case  # noqa: E402

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)  # a Tuesday, business hours in New York and Europe
TABLE = "argent-bench"
PER_CUSTOMER = 5
TENANTS = 4


class ReadCounter:
    """Counts DynamoDB items read, from the parsed responses (botocore ``after-call`` hook)."""

    def __init__(self) -> None:
        self.items = 0
        self.calls = 0

    def __call__(self, parsed: dict[str, Any], model: Any, **_: Any) -> None:
        name = model.name
        if name in ("Query", "Scan"):
            self.calls += 1
            self.items += int(parsed.get("ScannedCount", parsed.get("Count", 0)))
        elif name == "GetItem":
            self.calls += 1
            self.items += 1 if "Item" in parsed else 0
        elif name == "BatchGetItem":
            self.calls += 1
            self.items += sum(len(v) for v in parsed.get("Responses", {}).values())

    def reset(self) -> tuple[int, int]:
        got = (self.items, self.calls)
        self.items = self.calls = 0
        return got


def _write(client: Any, batch: list[dict[str, Any]]) -> None:
    for start in range(0, len(batch), 25):
        pending: Any = {TABLE: [{"PutRequest": {"Item": i}} for i in batch[start : start + 25]]}
        while pending:
            pending = client.batch_write_item(RequestItems=pending).get("UnprocessedItems") or {}


@dataclass
class Loaded:
    customers: int
    due_customers: int
    # The due customers' objects, kept to time the worker on the in-memory twin (see main).
    tenants: list[Tenant] = field(default_factory=list)
    due: list[tuple[Customer, list[Invoice], Case]] = field(default_factory=list)


def load(client: Any, *, invoices: int, due_share: float) -> Loaded:
    customers = invoices // PER_CUSTOMER
    due_customers = round(invoices * due_share) // PER_CUSTOMER
    stats = PaymentStats(invoices_paid=10, on_time_ratio=Decimal("0.3"), avg_days_late=Decimal(15))
    policy = Policy(playbooks=(Playbook(name="standard", autonomy=Autonomy.ACT),))
    batch: list[dict[str, Any]] = []
    loaded = Loaded(customers, due_customers)
    for t in range(TENANTS):
        tenant = Tenant(
            tenant_id=f"t{t}", name=f"Tenant {t}", created_at=NOW, policy=policy, reply_domain="ar.example"
        )
        batch.append(items.model_item(items.tenant_pk(tenant.tenant_id), "TENANT", tenant))
        loaded.tenants.append(tenant)
    today = NOW.date()
    for n in range(customers):
        tenant_id = f"t{n % TENANTS}"
        cid = f"cus-{n:06d}"
        due = n < due_customers
        customer = Customer(
            tenant_id=tenant_id,
            customer_id=cid,
            name=f"Customer {n}",
            contacts=[Contact(email=f"ap@{cid}.example")],
            time_zone="America/New_York",
            stats=stats,
        )
        batch.append(items.model_item(items.tenant_pk(tenant_id), f"C#{cid}", customer))
        owed: list[Invoice] = []
        for k in range(PER_CUSTOMER):
            # Due customers owe invoices 10-30 days overdue; the others owe invoices not due yet.
            due_date = today - timedelta(days=10 + 5 * k) if due else today + timedelta(days=5 + k)
            inv = Invoice(
                tenant_id=tenant_id,
                invoice_id=f"{cid}-{k}",
                customer_id=cid,
                source=InvoiceSource.FILE,
                number=f"INV-{n * PER_CUSTOMER + k:07d}",
                currency="USD",
                total=Decimal("250.00"),
                balance=Decimal("250.00"),
                issue_date=due_date - timedelta(days=30),
                due_date=due_date,
            )
            owed.append(inv)
            batch.append(items.model_item(items.customer_pk(tenant_id, cid), f"INV#{inv.invoice_id}", inv))
        case = Case.watch(
            tenant_id=tenant_id,
            customer_id=cid,
            at=NOW - timedelta(days=40),
            actor="agent",
            reason="bench",
            facts={},
        )
        case.refresh_balance(owed, today=today, at=NOW - timedelta(days=1), actor="agent")
        # Due cases are due now; a third of the rest are scheduled later, the others have nothing due.
        if due:
            case.next_action_at = NOW - timedelta(hours=1 + n % 20)
        elif n % 3 == 0:
            case.next_action_at = NOW + timedelta(days=1 + n % 9)
        batch.append(items.case_item(case, version=1))
        if due:
            loaded.due.append((customer, owed, case))
        if len(batch) >= 5000:
            _write(client, batch)
            batch = []
    _write(client, batch)
    return loaded


def naive_scan(client: Any) -> int:
    """What a sweep without the sparse index would do: scan every item for cases that are due."""
    found = 0
    kwargs: dict[str, Any] = {
        "TableName": TABLE,
        "FilterExpression": "#sk = :case AND #due <= :now",
        "ExpressionAttributeNames": {"#sk": items.SK, "#due": items.DUE_AT},
        "ExpressionAttributeValues": {":case": {"S": "CASE"}, ":now": {"S": items.iso_utc(NOW)}},
    }
    while True:
        page = client.scan(**kwargs)
        found += int(page["Count"])
        if "LastEvaluatedKey" not in page:
            return found
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def time_workers(loaded: Loaded, sample: int) -> tuple[float, int, dict[str, int]]:
    """ms per case for ``work_case`` (decide, draft, guard, send-once, save) on the in-memory repository.

    Timed on the twin because moto's TransactWriteItems deep-copies the whole table on every case save
    (seconds per call at this size), which would measure moto, not the worker.
    """
    repo = FakeRepository()
    for tenant in loaded.tenants:
        repo.put_tenant(tenant)
        mark_playbook_debut(repo, tenant.tenant_id, "standard", send_key="bench", at=NOW)
    for customer, owed, case in loaded.due[:sample]:
        repo.put_customer(customer)
        repo.put_invoices(owed)
        fresh_case = case.model_copy(deep=True)
        fresh_case.version = 0
        repo.save_case(fresh_case)
    clock = FixedClock(NOW)
    deps = SweepDeps(
        repo=repo,
        clock=clock,
        sender=FakeEmailSender(),
        fresh=LedgerFreshnessCheck(repo, clock),
        renderer=JinjaDrafts(),
        guard=GuardrailsCheck(),
    )
    queue = FakeQueue()
    run_sweep(repo, queue, clock)
    for tenant in loaded.tenants:  # a warm Lambda has its name cache and templates loaded
        deps.other_customer_names(tenant.tenant_id, "-")
    results: dict[str, int] = {}
    t0 = time.perf_counter()
    for message in queue.messages:
        outcome = work_case(deps, message.tenant_id, message.case_id)
        results[outcome.result] = results.get(outcome.result, 0) + 1
    elapsed = time.perf_counter() - t0
    n = len(queue.messages)
    return (1000 * elapsed / n if n else 0.0), n, results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--due-share", type=float, default=0.02)
    parser.add_argument("--work", type=int, default=500, help="due cases worked end to end for the timing")
    parser.add_argument(
        "--work-on-moto", type=int, default=3, help="due cases also worked on moto, to count their item reads"
    )
    args = parser.parse_args()
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        client.create_table(**table_definition(TABLE))
        started = time.perf_counter()
        loaded = load(client, invoices=args.invoices, due_share=args.due_share)
        customers, due_expected = loaded.customers, loaded.due_customers
        print(
            f"loaded {args.invoices} invoices, {customers} customers/cases, {due_expected} due cases "
            f"in {time.perf_counter() - started:.1f}s (moto, BatchWriteItem)"
        )
        counter = ReadCounter()
        client.meta.events.register("after-call.dynamodb.*", counter)
        repo = DynamoRepository(client, TABLE)
        clock = FixedClock(NOW)

        queue = FakeQueue()
        counter.reset()
        t0 = time.perf_counter()
        report = run_sweep(repo, queue, clock)
        sweep_s = time.perf_counter() - t0
        sweep_items, sweep_calls = counter.reset()

        t0 = time.perf_counter()
        scan_due = naive_scan(client)
        scan_s = time.perf_counter() - t0
        scan_items, scan_calls = counter.reset()
        assert report.due == scan_due == due_expected, (report.due, scan_due, due_expected)

        # A few cases worked on moto: what one worker reads (its time here is moto's, see time_workers).
        for t in range(TENANTS):
            mark_playbook_debut(repo, f"t{t}", "standard", send_key="bench", at=NOW)
        moto_deps = SweepDeps(
            repo=repo,
            clock=clock,
            sender=FakeEmailSender(),
            fresh=LedgerFreshnessCheck(repo, clock),
            renderer=JinjaDrafts(),
            guard=GuardrailsCheck(),
        )
        moto_sample = queue.messages[: args.work_on_moto]
        for t in range(TENANTS):
            moto_deps.other_customer_names(f"t{t}", "-")
        counter.reset()
        moto_results = [work_case(moto_deps, m.tenant_id, m.case_id).result for m in moto_sample]
        work_items, _ = counter.reset()

    ms_per_case, worked, results = time_workers(loaded, args.work)
    # The timing is for the send path; any other outcome (an escalation) would time something else.
    assert set(results) == {"sent"} and set(moto_results) <= {"sent"}, (results, moto_results)
    due = report.due
    per_due = sweep_items / due if due else 0.0
    scan_per_due = scan_items / due if due else 0.0
    print(
        f"due cases: {due} of {customers} cases ({args.invoices} invoices, {args.due_share:.0%} of them due)"
    )
    print(
        f"sweep (due index): {sweep_items} items read in {sweep_calls} queries, {sweep_s * 1000:.0f} ms on moto"
    )
    print(f"naive scan:        {scan_items} items read in {scan_calls} scans, {scan_s * 1000:.0f} ms on moto")
    if moto_sample:
        print(
            f"work_case on moto, {len(moto_sample)} case(s) {moto_results}: "
            f"{work_items / len(moto_sample):.1f} items read per case (case, customer, invoices, events, freshness)"
        )
    print(f"work_case on the in-memory twin, {worked} due cases {results}: {ms_per_case:.2f} ms/case")
    print(
        f"sweep: items_read_per_due_case={per_due:.3f} scan_items_per_due_case={scan_per_due:.1f} "
        f"ms_per_case={ms_per_case:.2f}"
    )


if __name__ == "__main__":
    main()
