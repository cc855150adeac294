"""Webhook benchmark: the in-process Stripe webhook handler, verify + dedupe + enqueue, per request.

Run from the repo root: ``python -m bench.webhook`` (optional: ``--requests N``).

What is timed is what ``POST /webhooks/stripe`` does before it answers: Stripe's own signature check
(``stripe.WebhookSignature.verify_header`` over the raw body, 300 s window on our clock), JSON parsing,
routing the connected account to its tenant, storing the event once (first-writer-wins record) and marking
it pending. Requests are realistic invoice events (a real Stripe invoice object, ~13 KB) signed with a
test secret; one in five is a redelivery of an earlier event (the duplicate path).

Backends: the in-memory repository twin (the handler's own cost), and DynamoDB emulated in-process by moto
(adds moto's emulation per write, an upper bound, not DynamoDB latency). Baseline in the same run: a bare
HMAC-SHA256 over the same bytes plus ``json.loads``, the floor any verifying handler pays.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

for _key, _value in {
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_DEFAULT_REGION": "us-east-1",
}.items():
    os.environ.setdefault(_key, _value)

import boto3  # noqa: E402
from moto import mock_aws  # noqa: E402

from chalicelib.adapters.dynamodb import DynamoRepository, table_definition  # noqa: E402
from chalicelib.adapters.memory import FakeRepository  # noqa: E402
from chalicelib.adapters.stripe_api import verify_signature  # noqa: E402
from chalicelib.clock import FixedClock  # noqa: E402
from chalicelib.services import stripe_events  # noqa: E402
from chalicelib.services.ports import Repository  # noqa: E402

FIX = Path(__file__).parents[1] / "tests" / "fixtures" / "stripe"
SECRET = "whsec_bench_only"
ACCOUNT = "acct_1Bench"
NOW = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def _requests(n: int) -> list[tuple[bytes, str]]:
    invoice = json.loads((FIX / "payrails_invoice_object.json").read_text())
    t = int(NOW.timestamp())
    out = []
    for i in range(n):
        # Every fifth request repeats an earlier event id: Stripe redelivers.
        event_id = f"evt_bench_{i - 3 if i % 5 == 4 else i}"
        evt = {
            "id": event_id,
            "object": "event",
            "type": "invoice.paid",
            "account": ACCOUNT,
            "created": t,
            "data": {"object": invoice},
        }
        body = json.dumps(evt).encode()
        sig = hmac.new(SECRET.encode(), f"{t}.".encode() + body, hashlib.sha256).hexdigest()
        out.append((body, f"t={t},v1={sig}"))
    return out


def _handler(repo: Repository, clock: FixedClock) -> Callable[[bytes, str], str]:
    def handle(raw: bytes, header: str) -> str:
        verify_signature(raw, header, SECRET, now=clock.now())
        return stripe_events.accept_event(repo, clock, json.loads(raw)).status

    return handle


def _baseline(raw: bytes, header: str) -> str:
    sig = header.split("v1=")[1]
    t = header.split(",", maxsplit=1)[0][2:]
    expected = hmac.new(SECRET.encode(), f"{t}.".encode() + raw, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, sig)
    return str(json.loads(raw)["id"])


def _time(fn: Callable[[bytes, str], Any], reqs: list[tuple[bytes, str]]) -> tuple[list[float], list[Any]]:
    ms, results = [], []
    for raw, header in reqs:
        start = time.perf_counter()
        results.append(fn(raw, header))
        ms.append((time.perf_counter() - start) * 1000)
    return ms, results


def _pct(ms: list[float], p: float) -> float:
    return statistics.quantiles(ms, n=100, method="inclusive")[int(p) - 1] if len(ms) > 1 else ms[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    reqs = _requests(args.requests)
    clock = FixedClock(NOW)

    fake = FakeRepository()
    fake.put_route("stripe", ACCOUNT, "bench")
    _handler(FakeRepository(), clock)(*reqs[0])  # warm imports (stripe is imported on first use)
    base_ms, _ = _time(_baseline, reqs)
    fake_ms, statuses = _time(_handler(fake, clock), reqs)
    accepted, dupes = statuses.count("accepted"), statuses.count("duplicate")
    pending = len(fake.list_records("bench", stripe_events.PENDING_KIND, stripe_events.PendingEvent))
    if accepted != pending or accepted + dupes != len(reqs):
        raise SystemExit(f"handler did not store each event once: {accepted} accepted, {pending} pending")

    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        client.create_table(**table_definition("argent-bench"))
        dynamo = DynamoRepository(client, "argent-bench")
        dynamo.put_route("stripe", ACCOUNT, "bench")
        moto_reqs = reqs[: min(len(reqs), 300)]
        moto_ms, moto_statuses = _time(_handler(dynamo, clock), moto_reqs)

    kb = sum(len(r) for r, _ in reqs) / len(reqs) / 1024
    print(
        f"requests: {len(reqs)} signed invoice.paid events, {kb:.1f} KB each; {accepted} new, {dupes} redelivered"
    )
    print(
        f"baseline (hmac + json.loads):          p50 {_pct(base_ms, 50):.3f} ms  p99 {_pct(base_ms, 99):.3f} ms"
    )
    print(
        f"handler on the in-memory twin:         p50 {_pct(fake_ms, 50):.3f} ms  p99 {_pct(fake_ms, 99):.3f} ms"
    )
    print(
        f"handler on moto DynamoDB ({len(moto_reqs)} req): p50 {_pct(moto_ms, 50):.3f} ms  p99 {_pct(moto_ms, 99):.3f} ms"
        f"  ({moto_statuses.count('duplicate')} duplicates)"
    )
    print(
        f"webhook: p50_ms={_pct(fake_ms, 50):.3f} p99_ms={_pct(fake_ms, 99):.3f} "
        f"baseline_p50_ms={_pct(base_ms, 50):.3f} moto_p50_ms={_pct(moto_ms, 50):.3f} requests={len(reqs)}"
    )


if __name__ == "__main__":
    main()
