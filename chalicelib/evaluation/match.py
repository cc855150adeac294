"""Cash-application quality on the project's generated dev ledger (tests/data/cashapp, see generate.py there)."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

from chalicelib.adapters.rapidfuzz_names import rapidfuzz_similarity
from chalicelib.domain.cashapp import OpenInvoice, ReceivedPayment, match_payments

DATA = Path(__file__).resolve().parents[2] / "tests" / "data" / "cashapp"


def report() -> str:
    invoices = [OpenInvoice.model_validate(i) for i in json.loads((DATA / "invoices.json").read_text())]
    payments = [ReceivedPayment.model_validate(p) for p in json.loads((DATA / "payments.json").read_text())]
    expected = json.loads((DATA / "expected.json").read_text())
    results = {
        r.payment_id: r for r in match_payments(invoices, payments, name_similarity=rapidfuzz_similarity)
    }
    total, correct, wrong = Counter[str](), Counter[str](), Counter[str]()
    for e in expected:
        r = results[e["payment_id"]]
        got = {(a.invoice_id, a.amount) for a in r.applications}
        want = {(a["invoice_id"], Decimal(a["amount"])) for a in e["applications"]}
        total[e["scenario"]] += 1
        correct[e["scenario"]] += int(r.status.value == e["status"] and got == want)
        wrong[e["scenario"]] += int(bool(got - want))
    n = sum(total.values())
    lines = [
        "### Cash application (`match`)",
        "",
        f"{n} payments against {len(invoices)} invoices (generated ledger, seed 7). "
        f"Correct: **{sum(correct.values()) / n:.3f}**; wrong applications: **{sum(wrong.values())}**.",
        "",
        "| scenario | payments | correct | wrong applications |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {s} | {total[s]} | {correct[s]} | {wrong[s]} |" for s in sorted(total)]
    return "\n".join(lines)
